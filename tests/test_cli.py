"""The command line: bad arguments get one line and exit status 2; the table prints."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

import pytest

from lstm_behaviour import cli
from lstm_behaviour.articles.qiita.experiments import EXPERIMENT_NUMBERS


def _run(*args):
    return subprocess.run([sys.executable, "-m", "lstm_behaviour", *args], capture_output=True, text=True, timeout=120)


def test_the_command_table_is_what_help_and_the_docstring_show():
    parser = cli._parser()
    (sub,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    names = [command.name for command in cli.COMMANDS]
    assert list(sub.choices) == names and len(set(names)) == len(names)
    assert [choice.help for choice in sub._choices_actions] == [command.help for command in cli.COMMANDS]
    assert cli.__doc__.splitlines()[0] == parser.description
    assert re.findall(r"^- ``([a-z-]+)", cli.__doc__, flags=re.MULTILINE) == names
    with_backend = {name for name, choice in sub.choices.items() if "--backend" in choice._option_string_actions}
    assert with_backend == {command.name for command in cli.COMMANDS if command.trains} == {"reproduce", "calibrate"}


def test_the_experiments_offered_are_the_articles():
    done = _run("reproduce", "--experiment", "0")
    assert f"experiment must be one of {', '.join(map(str, EXPERIMENT_NUMBERS))}; got '0'" in done.stderr


@pytest.mark.parametrize(
    "args, message",
    [
        (["reproduce", "--experiment", "9"], "experiment must be one of 1, 2, 3, 4, 5; got '9'"),
        (["reproduce", "--seeds", ""], "seeds must be a list like '0-2' or '0,3,7', got ''"),
        (["reproduce", "--seeds", "1-x"], "seeds must be numbers or ranges like '0-2' or '0,3,7', got '1-x' in '1-x'"),
        (["reproduce", "--protocol", "quick"], "invalid choice: 'quick'"),
        (["nonsense"], "invalid choice: 'nonsense'"),
        (["calibrate", "--article", "medium", "--out", "x.json"], "invalid choice: 'medium'"),
        (
            ["calibrate", "--article", "brownlee", "--experiment", "7", "--out", "x.json"],
            "--experiment with --article brownlee must be one of 1, 2, 3, 4, 5, 6; got 7",
        ),
        (
            ["calibrate", "--experiment", "6", "--out", "x.json"],
            "--experiment with --article qiita must be one of 1, 2, 3, 4, 5; got 6",
        ),
    ],
)
def test_bad_arguments_get_one_line_and_status_2(args, message):
    done = _run(*args)
    lines = [line for line in done.stderr.splitlines() if "error" in line]
    assert done.returncode == 2, done.stderr
    assert len(lines) == 1 and message in lines[0], done.stderr
    assert "Traceback" not in done.stderr


def test_reproduce_table_has_article_and_measured_values(capsys, monkeypatch):
    from lstm_behaviour.spec import calibration

    def fake_run(numbers, seeds, protocol):
        assert list(numbers) == [1] and protocol == "fast"
        return [
            {
                "row": r,
                "seed": s,
                "protocol": protocol,
                "in_order": 0.72,
                "reverse": 0.72,
                "loop": 0.04,
                "fit_s": 1.0,
                "predict_s": 0.1,
            }
            for s in seeds
            for r in ("E1/dense", "E1/lstm", "E1/lstm_ful", "E1/lstm_ful+shuffle")
        ]

    monkeypatch.setattr(calibration, "run", fake_run)
    assert cli.main(["reproduce", "--experiment", "1", "--seeds", "0-1"]) == 0
    out = capsys.readouterr().out
    assert "### Experiment 1" in out and "| lstm_ful | True | 12% / 72% ⚠ |" in out
    assert "| dense | True | 68% / 72% | 68% / 72% | 4% / 4% |" in out


def test_long_runs_show_a_bar_with_the_time_left_on_a_terminal_and_lines_elsewhere():
    import io

    from lstm_behaviour.spec.calibration import _Progress

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    plain, terminal = io.StringIO(), Terminal()
    for stream in (plain, terminal):
        with _Progress(stream, 2) as shown:
            shown.advance("E1/dense seed=0", "in_order=0.76")
            shown.advance("E1/lstm seed=0", "in_order=0.72")
    assert plain.getvalue() == "[1/2] E1/dense seed=0 in_order=0.76\n[2/2] E1/lstm seed=0 in_order=0.72\n"
    assert "2/2" in terminal.getvalue() and "left" in terminal.getvalue() and "[1/2]" not in terminal.getvalue()


def test_docs_outside_a_checkout_refuses_in_one_line(tmp_path, monkeypatch, capsys):
    """The documents belong to a checkout: generated_docs writes nowhere else."""
    from tools import generated_docs

    monkeypatch.setattr(generated_docs, "ROOT", tmp_path)
    assert generated_docs.main() == 1
    err = capsys.readouterr().err
    assert err == (
        "python -m tools.generated_docs: error: cannot generate the docs: the documents belong to a checkout of "
        f"lstm-behaviour, and {tmp_path} is not one (no pyproject.toml and data/ beside the package): "
        "run it in a clone\n"
    )
    assert list(tmp_path.iterdir()) == []


def test_the_installed_command_has_no_maintainer_commands():
    done = _run("docs")
    assert done.returncode == 2 and "invalid choice: 'docs'" in done.stderr


def test_validate_shows_a_file_name_with_a_newline_or_an_escape_as_its_repr(tmp_path, capsys):
    import shutil

    from lstm_behaviour.cli import main

    source = Path(__file__).resolve().parent.parent / "docs" / "results" / "tf-2.21.json"
    for name in ("a\nr21.json: valid: fake", "b\x1b[2K.json"):
        target = tmp_path / name
        shutil.copy(source, target)
        assert main(["validate", str(target)]) == 0
        out = capsys.readouterr().out
        assert out.startswith(repr(str(target))) and out.count("\n") == 1, out


def test_calibrate_trains_brownlees_rows_into_its_file(monkeypatch, tmp_path, capsys):
    from lstm_behaviour.cli import commands

    calls = []
    monkeypatch.setitem(commands.MEASURED_ARTICLES, "brownlee", lambda *args: calls.append(args))
    out = tmp_path / "brownlee.json"
    assert cli.main(["calibrate", "--article", "brownlee", "--seeds", "3-5", "--out", str(out)]) == 0
    assert calls == [(out, (3, 4, 5), None)]
    assert f"wrote {out}" in capsys.readouterr().err
    assert cli.main(["calibrate", "--article", "brownlee", "--seeds", "3", "--experiment", "6", "--out", str(out)]) == 0
    assert calls[-1] == (out, (3,), [6])


def test_brownlees_experiment_numbers_pick_their_rows_and_checks(monkeypatch, tmp_path):
    from lstm_behaviour.articles.brownlee import experiments

    calls = []
    monkeypatch.setattr("lstm_behaviour.articles.brownlee.measure.measure", lambda *args: calls.append(args))
    out = tmp_path / "brownlee.json"
    args = ["--article", "brownlee", "--seeds", "0-1", "--experiment", "6", "--experiment", "4", "--out", str(out)]
    assert cli.main(["calibrate", *args]) == 0
    assert calls == [(out, (0, 1), ("B4/lstm", "B6/lstm", "B4/lstm+permuted"))]
    assert experiments.keys_of(experiments.NUMBERS) == (*experiments.ROWS, *experiments.CHECKS)
