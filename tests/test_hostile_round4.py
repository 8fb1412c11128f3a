"""The fourth hostile round (docs/hostile-inputs.md): each class of input it found accepted,
traced back or unclear, now refused in one line, with nothing replaced. Untrained, no backend
needed beyond the import."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy  # noqa: F401  (loaded here: a nested pytest run would load it again, which numpy refuses)
import pytest

import lstm_behaviour.engine.compat  # noqa: F401  (the backend, imported once: pytester drops what a test imports)
from lstm_behaviour import cli
from lstm_behaviour.files import write_json
from lstm_behaviour.reports.claims_report import validate
from lstm_behaviour.reports.comparison_md import _comparison_problem
from lstm_behaviour.spec.calibration import _read

ROOT = Path(__file__).resolve().parent.parent
REPORT = json.loads((ROOT / "docs" / "results" / "tf-2.21.json").read_text("utf-8"))
CALIBRATION = json.loads((ROOT / "data" / "calibration" / "tf-2.21-onednn-off.json").read_text("utf-8"))
COMPARISON = json.loads((ROOT / "data" / "comparisons" / "tf-2.15-vs-tf-2.21.json").read_text("utf-8"))
CLAIM = "E1.stateless-loop-fails"


def _forged(change) -> list[str]:
    data = copy.deepcopy(REPORT)
    change(data)
    return validate(data)


def _first(d):
    return d["claims"][CLAIM]["measured"][0]


def _seven_decimals(d):
    for entry in d["claims"].values():  # every claim reading E1/dense on seed 0, alike
        for m in entry["measured"]:
            if m["seed"] == 0 and "E1/dense" in m["accuracies"]:
                m["accuracies"]["E1/dense"]["in_order"] = 0.7600004


def _test_twice(d):
    d["claims"][CLAIM]["tests"].append(dict(d["claims"]["E1.stateless-matches-mlp"]["tests"][0]))


def _no_tests_but_seeds(d):
    entry = d["claims"][CLAIM]
    entry["tests"], entry["status"] = [], "not run"


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (_seven_decimals, "a run writes measured values to six decimals, got 0.7600004"),
        (lambda d: _first(d)["accuracies"]["E1/dense"].update(loop=-0.0), "loop: -0.0, which no run writes"),
        (lambda d: _first(d)["bounds"][0].update(measured=0.0400015), "bounds[0].measured: a run writes measured"),
        (_test_twice, "is E1.stateless-matches-mlp's test; a test checks one claim"),
        (
            lambda d: d["claims"][CLAIM]["tests"][0].update(test="x"),
            "'x' is not a pytest node id (path.py::name[parameters])",
        ),
        (lambda d: d["claims"][CLAIM]["tests"][0].update(test="t::x\x1b[2J"), "holds a control character (U+001B)"),
        (_no_tests_but_seeds, "no test of it ran, so it has no seeds, measurements or decision"),
        (lambda d: d["environment"].update(seeds=[4, 3, 2, 1, 0]), "a run lists its seeds in ascending order"),
        (
            lambda d: d["environment"].update(
                keras="2.21.0", keras_major=2, tensorflow="2.13.1", backend_version="2.13.1"
            ),
            "Keras 2 (TensorFlow's own, or tf-keras) is released with its TensorFlow, 2.13; got Keras '2.21.0'",
        ),
    ],
    ids=[
        "7-decimals",
        "minus-zero",
        "bound-7-decimals",
        "test-twice",
        "not-a-node-id",
        "escape",
        "no-tests",
        "seeds",
        "keras-2",
    ],
)
def test_report_forgeries_of_the_fourth_round_are_refused(change, problem):
    problems = _forged(change)
    assert any(problem in p for p in problems), problems


def test_unknown_claims_are_twenty_problems_and_a_count_and_a_hundred_thousand_one():
    problems = _forged(lambda d: d["claims"].update({f"X.{i}": {**d["claims"][CLAIM], "tests": []} for i in range(30)}))
    assert len(problems) == 21 and problems[-1] == "... and 10 more problems"
    problems = _forged(lambda d: d["claims"].update({f"X.{i}": d["claims"][CLAIM] for i in range(100_000)}))
    assert problems == ["claims: 100036 entries; a report lists the registry's claims, at most 1000"]


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            lambda c: c["records"].append({**_transplant(c), "reset_from_abc": 0.123457}),
            "a whole number of its 23 windows over 23, got 0.123457",
        ),
        (lambda c: c["versions"].update(backend="jax"), "a jax-backend run records no tensorflow"),
        (lambda c: c["versions"].update(tensorflow="2.15.1"), "Keras 3 runs on TensorFlow 2.16 or later"),
        (lambda c: c["versions"].update(tensorflow="banana"), "tensorflow: a version must look like"),
        (lambda c: c["versions"].update(keras_major=2), "keras_major 2 is not the major of Keras '3.15.1'"),
        (lambda c: c["versions"].update(onednn=None), "names its TensorFlow and its oneDNN mode"),
        (lambda c: c["versions"].update(variant="evil"), "variant 'evil' is not a known variant"),
        (lambda c: c["versions"].update(keras="3.15.1\x1b[2J"), "keras holds a control character (U+001B)"),
    ],
    ids=["transplant-grid", "jax-tensorflow", "keras3-tf215", "banana", "major", "onednn", "variant", "escape"],
)
def test_calibration_files_no_run_writes_are_refused(tmp_path, change, problem):
    data = {"versions": dict(CALIBRATION["versions"]), "records": [r for r in CALIBRATION["records"] if r["seed"] == 0]}
    change(data)
    write_json(tmp_path / "c.json", data)
    with pytest.raises(ValueError, match=None) as error:
        _read(tmp_path / "c.json")
    assert problem in str(error.value)


def _transplant(c):
    return next(r for r in CALIBRATION["records"] if r["row"] == "E5/transplant" and r["seed"] == 1)


def _round(c, i=0):
    return c["rounds"][i]["times"]


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda c: _round(c, 1).pop("tf-2.15"), "rounds[1].times: expected each side's times"),
        (lambda c: c["design"].update(timer="gpu"), "design.timer: expected one of cpu, wall, got 'gpu'"),
        (lambda c: c["design"].pop("min_rounds"), "design.min_rounds: expected a whole number of rounds"),
        (lambda c: _round(c)["tf-2.21"].update(versions={}), "rounds[0].times['tf-2.21'].versions: expected"),
        (lambda c: _round(c)["tf-2.21"]["times"].update({"train E1/dense": "fast"}), "expected an error, or for each"),
        (lambda c: _round(c)["tf-2.21"]["times"]["train E1/dense"].update(cpu=[]), "a list of seconds"),
        (lambda c: _round(c)["tf-2.21"]["times"]["train E1/dense"].update(cpu=[1e308]), "a list of seconds"),
    ],
    ids=["side-missing", "timer", "min-rounds", "versions", "times-text", "times-empty", "times-huge"],
)
def test_comparison_files_the_documents_cannot_read_are_one_problem(change, problem):
    data = copy.deepcopy(COMPARISON)
    change(data)
    assert problem in (_comparison_problem(data) or "")


FACTORIES = """
import sys

def exits():
    sys.exit(0)

def exits_with_text():
    raise SystemExit("bye from the factory")

def closes():
    raise GeneratorExit("factory closed")

class Duck:
    layers = []
    inputs = [object()]

def duck():
    return Duck()

def returns_a_class():
    import keras
    return keras.Sequential

def escapes():
    raise ValueError("\\x1b[2Jfactory says: all calls carried")
"""


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("hostile_models:exits", "hostile_models:exits() raised SystemExit: 0"),
        ("hostile_models:exits_with_text", "raised SystemExit: bye from the factory"),
        ("sys:exit", "sys:exit() raised SystemExit"),
        ("exits_on_import:make", "cannot load exits_on_import:make: SystemExit: 0"),
        ("hostile_models:closes", "raised GeneratorExit: factory closed"),
        ("hostile_models:duck", "must return a Keras model; it returned Duck"),
        ("hostile_models:returns_a_class", "must return a Keras model; it returned type"),
        ("__main__:main", "__main__ is this command's own module"),
        ("lstm_behaviour.cli:main", "lstm_behaviour.cli is this command's own module"),
        ("hostile_models:escapes", "raised ValueError: \\x1b[2Jfactory says"),
    ],
)
def test_a_factory_that_leaves_by_any_way_is_a_usage_error_in_one_line(tmp_path, monkeypatch, capsys, spec, message):
    (tmp_path / "hostile_models.py").write_text(FACTORIES, encoding="utf-8")
    (tmp_path / "exits_on_import.py").write_text("raise SystemExit(0)\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    assert cli.main(["check-state", spec]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "\x1b" not in err, err


def _run(*args, cwd, env=None):
    return subprocess.run(
        [sys.executable, "-m", "lstm_behaviour", *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=cwd,
        env={**os.environ, **(env or {})},
    )


def test_a_keras_py_in_the_current_folder_is_named(tmp_path):
    (tmp_path / "keras.py").write_text("raise ImportError('this is not Keras')\n", encoding="utf-8")
    done = _run("check-state", "m:make", cwd=tmp_path)
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    assert "the current folder holds keras.py or keras/, which Python imports in its place" in done.stderr


@pytest.mark.parametrize(
    ("text", "problem"), [("[]", "got list"), ("[" * 100_000 + "]" * 100_000, "nests too deep")], ids=["list", "deep"]
)
def test_a_keras_json_keras_cannot_read_is_one_line(tmp_path, text, problem):
    (tmp_path / "keras.json").write_text(text, encoding="utf-8")
    done = _run(
        "validate", str(ROOT / "docs" / "results" / "tf-2.21.json"), cwd=tmp_path, env={"KERAS_HOME": str(tmp_path)}
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    assert "keras.json: must be a JSON object" in done.stderr and problem in done.stderr


def test_a_warning_made_an_error_is_one_line(monkeypatch, capsys):
    def warns(args):
        raise DeprecationWarning("__array__ implementation doesn't accept a copy keyword")

    table = tuple(replace(c, run=warns) if c.name == "validate" else c for c in cli.COMMANDS)
    monkeypatch.setattr(cli, "COMMANDS", table)
    assert cli.main(["validate", "x.json"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "(a warning made an error by -W error or PYTHONWARNINGS)" in err


def test_an_unusable_mplbackend_does_not_stop_the_images(tmp_path):
    code = "from lstm_behaviour.reports.plots import _pyplot; print(_pyplot().get_backend())"
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "MPLBACKEND": "nonexistent"},
    )
    assert done.returncode == 0 and done.stdout.strip().lower() == "agg", done.stderr


def _matrix(out, badges) -> int:
    return cli.main(
        ["matrix", str(ROOT / "docs" / "results" / "tf-2.21.json"), "--out", str(out), "--badge-dir", str(badges)]
    )


def test_an_output_named_with_a_line_break_is_shown_as_its_repr(tmp_path, capsys):
    out = tmp_path / "r\x1b[2J\nwrote docs/results.md"
    assert _matrix(out, tmp_path / "b") == 0
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\nwrote docs/results.md\n" not in err and repr(str(out)) in err


def test_an_output_with_the_longest_name_a_folder_takes_is_written(tmp_path):
    out = tmp_path / ("r" * 247 + ".md")
    assert _matrix(out, tmp_path / "b") == 0
    assert out.exists()


def test_a_seed_list_counts_its_seeds_once():
    from lstm_behaviour.stats.seeds import parse_seeds

    assert len(parse_seeds("0-9999,0-9999")) == 10_000


def test_a_claims_report_path_holding_another_schema_is_not_replaced(nested_pytest, pytester, tmp_path):
    mine = tmp_path / "mine.json"
    mine.write_text('{"schema": "lstm-behaviour/claims-report/zzz", "my": "precious data"}', encoding="utf-8")
    before = mine.read_bytes()
    pytester.makepyfile(
        test_one='import pytest\n\n\n@pytest.mark.claim("S.reset-zeroes-state")\ndef test_x():\n    pass\n'
    )
    result = nested_pytest(f"--claims-report={mine}")
    assert result.ret == pytest.ExitCode.USAGE_ERROR and mine.read_bytes() == before


def test_the_plugin_writes_no_report_its_own_validate_refuses(nested_pytest, pytester, tmp_path):
    """Two claims of the user's own reading one row differently on a seed: the run fails and the
    earlier report stays, instead of a report that only a later validate refuses."""
    pytester.makepyfile(
        test_two="""
import pytest


def _rows(loop):
    return lambda seed: {k: {"in_order": 0.8, "reverse": 0.8, "loop": loop} for k in ("E1/dense", "E1/lstm")}


@pytest.mark.trained
@pytest.mark.claim("E1.stateless-loop-fails")
def test_loop(claim_over_seeds):
    assert claim_over_seeds(_rows(0.04)).passes


@pytest.mark.trained
@pytest.mark.claim("E1.stateless-matches-mlp")
def test_matches(claim_over_seeds):
    assert claim_over_seeds(_rows(0.08)).passes
"""
    )
    out = tmp_path / "r.json"
    result = nested_pytest("--seeds", "0", f"--claims-report={out}")
    assert result.ret == pytest.ExitCode.TESTS_FAILED and not out.exists()
    result.stdout.fnmatch_lines(
        ["claims report: not written (it would not validate: *a run trains a row once per seed*"]
    )


def test_the_plugin_takes_a_run_s_own_accuracies_unrounded(nested_pytest, pytester, tmp_path):
    """A run's accuracies are fractions such as 17/23 = 0.7391304347826086; the writer rounds them
    to six decimals, so the plugin checks a test's measures on their grid, not their decimals."""
    pytester.makepyfile(
        test_windows="""
import pytest


@pytest.mark.trained
@pytest.mark.claim("E2.window-models-order-free")
def test_windows(claim_over_seeds):
    rows = {k: {"in_order": 17 / 23, "reverse": 17 / 23, "loop": 4 / 23} for k in ("E2/dense", "E2/lstm")}
    assert claim_over_seeds(lambda seed: rows).passes
"""
    )
    out = tmp_path / "r.json"
    result = nested_pytest("--seeds", "0-1", f"--claims-report={out}")
    result.assert_outcomes(passed=1)
    report = json.loads(out.read_text("utf-8"))
    assert validate(report) == []
    assert (
        report["claims"]["E2.window-models-order-free"]["measured"][0]["accuracies"]["E2/dense"]["in_order"] == 0.73913
    )


def test_no_number_of_a_report_is_minus_zero_and_thresholds_keep_six_decimals():
    def threshold(d):
        _first(d)["bounds"][0]["threshold"] = 0.0800001

    assert any("bounds[0].threshold: a run writes measured values to six decimals" in p for p in _forged(threshold))
    within = "E4.full-batch-stateful-equals-stateless"  # bounds[0] measures a gap of 0.0 on seed 0
    assert REPORT["claims"][within]["measured"][0]["bounds"][0]["measured"] == 0.0

    def minus_zero(d):
        d["claims"][within]["measured"][0]["bounds"][0]["measured"] = -0.0

    assert f"claims.{within}.measured[0].bounds[0].measured: -0.0, which no run writes" in _forged(minus_zero)


@pytest.mark.parametrize(
    "test_id",
    [
        "tests/t.py::test_\u200bx",
        "tests/t.py::test_x\u2028tests/t.py::y",
        "::",
        "tests/t.py::",
        "./t.py::x",
        "t.py::x ",
        "t::x",
    ],
)
def test_a_test_id_a_run_cannot_record_is_refused(test_id):
    problems = _forged(lambda d: d["claims"][CLAIM]["tests"][0].update(test=test_id))
    assert any("is not a pytest node id" in p or "control character" in p for p in problems), problems
