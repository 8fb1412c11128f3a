"""Bad input and interruptions: one clear line (naming the file), the right exit status, and no
input or output lost or half-written. Property-based (hypothesis) for the readers."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lstm_behaviour.cli import main
from lstm_behaviour.reports.claims_report import build_report, measured_entry
from lstm_behaviour.reports.report_format import DEFAULT_ARTICLES
from lstm_behaviour.spec.claims import claim, claims_of
from lstm_behaviour.stats.verdicts import decide
from tools import generated_docs

ROOT = Path(__file__).resolve().parent.parent
ENV = {
    "python": "3.11.7",
    "tensorflow": "2.21.0",
    "keras": "3.15.1",
    "keras_major": 3,
    "backend": "tensorflow",
    "backend_version": "2.21.0",
    "platform": "Linux-x86_64",
    "onednn": False,
    "cpu_features": ["avx2"],
    "variant": None,
}


def _good_report() -> dict:
    c = claim("E1.stateless-order-free")
    acc = {key: {"in_order": 0.8, "reverse": 0.8, "loop": 0.04} for key in c.rows}
    verdict = decide(c.id, c.rate, {0: (True, "")}, alpha=c.alpha).record()
    tests = {
        c.id: [{"test": "tests/t.py::x", "outcome": "passed"}],
        "D.timeseries-windows": [{"test": "tests/t.py::y", "outcome": "passed"}],
    }
    return build_report(ENV, [0], tests, {c.id: [measured_entry(c, acc, 0)]}, {c.id: verdict}, {})


def _run(*args, **kwargs):
    return subprocess.run(
        [sys.executable, "-m", "lstm_behaviour", *args], capture_output=True, text=True, timeout=300, **kwargs
    )


def _one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in stderr, f"expected one line, got:\n{stderr}"
    return lines[0]


# 1. matrix never overwrites its inputs


@pytest.mark.parametrize("form", ["--out X.json", "--out first of several"])
def test_matrix_refuses_to_overwrite_its_input(tmp_path, capsys, form):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    text = json.dumps(_good_report())
    a.write_text(text, encoding="utf-8")
    b.write_text(text.replace('"onednn": false', '"onednn": true'), encoding="utf-8")
    args = ["matrix", str(a), "--out", str(a)] if form.startswith("--out X") else ["matrix", "--out", str(a), str(b)]
    assert main(args + ["--badge-dir", str(tmp_path / "badges")]) == 1
    message = _one_line(capsys.readouterr().err)
    assert "is also an input of this command" in message or "--out must name the Markdown file" in message
    assert a.read_text(encoding="utf-8") == text, "the input report was changed"
    assert not (tmp_path / "badges").exists()


# 3. and 5. outputs are checked before the work, and written together or not at all


@pytest.mark.parametrize("case", ["out-is-a-directory", "out-under-a-file", "badge-dir-is-a-file"])
def test_matrix_checks_its_outputs_first(tmp_path, capsys, case):
    report = tmp_path / "r.json"
    report.write_text(json.dumps(_good_report()), encoding="utf-8")
    blocker = tmp_path / "afile"
    blocker.write_text("keep", encoding="utf-8")
    out, badges = tmp_path / "results.md", tmp_path / "badges"
    if case == "out-is-a-directory":
        out = tmp_path
    elif case == "out-under-a-file":
        out = blocker / "results.md"
    else:
        badges = blocker
    assert main(["matrix", str(report), "--out", str(out), "--badge-dir", str(badges)]) == 1
    message = _one_line(capsys.readouterr().err)
    assert {
        "out-is-a-directory": "is a directory",
        "out-under-a-file": "which is a file, not a folder",
        "badge-dir-is-a-file": "is a file, not a folder",
    }[case] in message
    assert blocker.read_text(encoding="utf-8") == "keep"
    assert not (tmp_path / "results.md").exists() and not (tmp_path / "badges").exists()


def test_calibrate_checks_its_output_before_training(tmp_path):
    blocker = tmp_path / "afile"
    blocker.write_text("x", encoding="utf-8")
    done = _run("calibrate", "--seeds", "0", "--experiment", "4", "--out", str(blocker / "out.json"))
    assert done.returncode == 1
    assert "lies under" in _one_line(done.stderr) and "[1/" not in done.stderr, "it trained before checking"


def _checkout(root: Path) -> None:
    """What ``docs`` takes for a checkout (``generated_docs.check_checkout``)."""
    (root / "data").mkdir(exist_ok=True)
    (root / "pyproject.toml").write_text('[project]\nname = "lstm-behaviour"\n', encoding="utf-8")


def test_docs_names_a_corrupt_calibration_file(tmp_path, monkeypatch, capsys):
    (tmp_path / "data" / "calibration").mkdir(parents=True)
    _checkout(tmp_path)
    bad = tmp_path / "data" / "calibration" / "broken.json"
    bad.write_text('{"versions": {"tensorflow": "2.21.0"}, "records": [', encoding="utf-8")
    monkeypatch.setattr(generated_docs, "ROOT", tmp_path)
    monkeypatch.setattr(generated_docs, "CALIBRATION_DIR", tmp_path / "data" / "calibration")
    assert generated_docs.main() == 1
    assert str(bad) in _one_line(capsys.readouterr().err)
    assert not (tmp_path / "docs").exists(), "docs wrote something although its input was bad"


@pytest.mark.parametrize(
    "content",
    [
        None,
        "{}",
        '{"versions": {}, "records": [',
        "[1, 2]",
        '{"versions": {"tensorflow": "2.21.0", "keras": "3", "keras_major": 3, '
        '"backend": "tensorflow", "onednn": false}, "records": [{"row": "E9/x"}]}',
    ],
    ids=["missing", "empty-object", "truncated", "a-list", "unknown-row"],
)
def test_plot_names_a_bad_calibration_file(tmp_path, capsys, content):
    path = tmp_path / "cal.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert main(["plot", "--calibration", str(path), "--out-dir", str(tmp_path / "out")]) == 1
    assert str(path) in _one_line(capsys.readouterr().err)
    assert not (tmp_path / "out").exists()


def test_plot_checks_its_output_folder_first(tmp_path, capsys):
    blocker = tmp_path / "afile"
    blocker.write_text("keep", encoding="utf-8")
    assert main(["plot", "--out-dir", str(blocker)]) == 1
    assert "is a file, not a folder" in _one_line(capsys.readouterr().err)
    assert blocker.read_text(encoding="utf-8") == "keep"


def test_docs_into_a_folder_it_cannot_write_is_one_line(tmp_path, monkeypatch, capsys):
    import shutil

    for sub in ("data/calibration", "docs/results"):
        (tmp_path / sub).mkdir(parents=True)
    _checkout(tmp_path)
    for path in sorted((ROOT / "data" / "calibration").glob("*.json")):
        shutil.copy(path, tmp_path / "data" / "calibration" / path.name)
    (tmp_path / "docs" / "claims.md").mkdir()  # a folder where a file must go: the write is refused
    monkeypatch.setattr(generated_docs, "ROOT", tmp_path)
    monkeypatch.setattr(generated_docs, "CALIBRATION_DIR", tmp_path / "data" / "calibration")
    assert generated_docs.main() == 1
    assert "claims.md" in _one_line(capsys.readouterr().err)
    assert not (tmp_path / "docs" / "calibration.md").exists(), "nothing is written when one output fails"


def test_validate_piped_into_a_closed_reader_stops_quietly(tmp_path):
    report = tmp_path / "r.json"
    report.write_text(json.dumps(_good_report()), encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "lstm_behaviour", "validate", str(report)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    proc.stdout.close()  # like `| head` that has already exited
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 1 and "Traceback" not in err and "BrokenPipe" not in err, err


def test_ctrl_c_on_reproduce_is_one_line_and_status_130():
    proc = subprocess.Popen(
        [sys.executable, "-m", "lstm_behaviour", "reproduce", "--experiment", "4", "--seeds", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    first = proc.stderr.readline()  # "training experiments ..." once it has started
    assert first.startswith("training experiments"), first
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "interrupted" in _one_line(err)


# 6. bounded and checked input


@pytest.mark.parametrize(
    ("args", "env", "message"),
    [
        (["reproduce", "--seeds", str(2**32)], {}, "seeds must be from 0 to 4294957295"),
        (["reproduce", "--seeds", "0-10000000000"], {}, "seeds must be from 0 to 4294957295"),
        (["reproduce", "--seeds", "0-20000"], {}, "a seed list holds at most 10000 seeds"),
        (["validate", "x.json"], {"TF_NUM_INTRAOP_THREADS": "abc"}, "TF_NUM_INTRAOP_THREADS must be a whole number"),
        (["validate", "x.json"], {"TF_NUM_INTRAOP_THREADS": "-3"}, "TF_NUM_INTRAOP_THREADS must be a whole number"),
        (["validate", "x.json"], {"TF_ENABLE_ONEDNN_OPTS": "yes"}, "TF_ENABLE_ONEDNN_OPTS must be 0 or 1, got 'yes'"),
        (["reproduce", "--backend", "numpy"], {}, "argument --backend: invalid choice: 'numpy'"),
        (["validate", "x.json"], {"KERAS_BACKEND": "openvino"}, "KERAS_BACKEND must be one of tensorflow, jax, torch"),
        (["validate", "x.json"], {"LSTM_BEHAVIOUR_VARIANT": "fast"}, "LSTM_BEHAVIOUR_VARIANT must be empty or one of"),
    ],
)
def test_bad_arguments_and_environment_get_one_line_and_status_2(args, env, message):
    done = _run(*args, env={**os.environ, **env})
    assert done.returncode == 2, done.stderr
    assert message in _one_line(done.stderr)


def test_a_backend_that_is_not_installed_is_one_line_naming_the_extra():
    import importlib.util

    missing = [b for b in ("jax", "torch", "tensorflow") if importlib.util.find_spec(b) is None]
    if not missing:
        pytest.skip("every backend is installed here")
    done = _run("reproduce", "--backend", missing[0], "--experiment", "4", "--seeds", "0")
    assert done.returncode == 2
    assert f"pip install 'lstm-behaviour[{missing[0]}]'" in _one_line(done.stderr)
    # the commands that only read and write files run without that backend's package
    report = Path(__file__).resolve().parent.parent / "docs" / "results" / "tf-2.21.json"
    done = _run("validate", str(report), env={**os.environ, "KERAS_BACKEND": missing[0]})
    assert done.returncode == 0, done.stderr
    assert "valid" in done.stdout


def test_legacy_keras_without_tf_keras_is_one_line():
    import importlib.util

    if importlib.util.find_spec("tf_keras") is not None:
        pytest.skip("tf-keras is installed here")
    done = _run("reproduce", "--experiment", "4", "--seeds", "0", env={**os.environ, "TF_USE_LEGACY_KERAS": "1"})
    assert done.returncode == 2
    assert "TF_USE_LEGACY_KERAS=1 needs tf-keras" in _one_line(done.stderr)


def test_pytest_refuses_bad_thread_counts(pytester):
    pytester.makepyfile(test_x="def test_x():\n    pass\n")
    pytester._monkeypatch.setenv("TF_NUM_INTEROP_THREADS", "-3")
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    assert result.ret == 4
    result.stderr.fnmatch_lines(["*TF_NUM_INTEROP_THREADS must be a whole number of threads from 1 to 1024, got '-3'*"])


# 7. quiet by default: tests/test_determinism.py (its serial run, or a build and a prediction)


# readers: any bytes or JSON value ends in exit 0 or 1, lines that name the file, input unchanged

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=20,
)


def _mutated_report(draw_value, path_choice):
    report = _good_report()
    node, keys = report, []
    for _ in range(path_choice % 6):
        if isinstance(node, dict) and node:
            key = sorted(node)[path_choice % len(node)]
        elif isinstance(node, list) and node:
            key = path_choice % len(node)
        else:
            break
        keys.append(key)
        if not isinstance(node[key], (dict, list)):
            break
        node = node[key]
    target = report
    for key in keys[:-1]:
        target = target[key]
    if keys:
        target[keys[-1]] = draw_value
    return report


INPUTS = st.one_of(
    st.binary(max_size=300),
    JSON.map(lambda v: json.dumps(v).encode()),
    st.builds(_mutated_report, JSON, st.integers(0, 1000)).map(lambda r: json.dumps(r).encode()),
)


def _check_reader(command: list[str], path: Path, capsys, raw: bytes):
    code = main(command)
    err = capsys.readouterr().err
    assert code in (0, 1), (code, err)
    assert "Traceback" not in err
    if code == 1:
        lines = [line for line in err.splitlines() if line.strip()]
        assert lines and all(str(path) in line or line.startswith("... and") for line in lines[:20]), err
    assert path.read_bytes() == raw, "a reader changed its input"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=INPUTS)
@pytest.mark.parametrize("command", ["validate", "matrix", "plot"])
def test_readers_survive_any_input(tmp_path, capsys, command, raw):
    path = tmp_path / "input.json"
    path.write_bytes(raw)
    out = tmp_path / "out"
    args = {
        "validate": ["validate", str(path)],
        "matrix": ["matrix", str(path), "--out", str(out / "r.md"), "--badge-dir", str(out)],
        "plot": ["plot", "--calibration", str(path), "--comparisons", str(path), "--out-dir", str(out)],
    }[command]
    _check_reader(args, path, capsys, raw)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=INPUTS)
def test_docs_survive_any_calibration_or_report(tmp_path, capsys, monkeypatch, raw):
    for sub in ("data/calibration", "docs/results"):
        (tmp_path / sub).mkdir(parents=True, exist_ok=True)
    _checkout(tmp_path)
    path = tmp_path / "data" / "calibration" / "input.json"
    path.write_bytes(raw)
    monkeypatch.setattr(generated_docs, "ROOT", tmp_path)
    monkeypatch.setattr(generated_docs, "CALIBRATION_DIR", tmp_path / "data" / "calibration")
    code = generated_docs.main()
    err = capsys.readouterr().err
    assert code in (0, 1) and "Traceback" not in err, err
    if code == 1:
        assert str(path) in err, err
    assert path.read_bytes() == raw


def test_every_claim_is_in_the_good_report():
    assert set(_good_report()["claims"]) == set(claims_of(DEFAULT_ARTICLES))
