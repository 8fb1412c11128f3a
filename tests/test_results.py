"""Claims reports: the status rule, the schema and the validator, the matrix and badge."""

from __future__ import annotations

import glob
import json
from pathlib import Path

import pytest

from lstm_behaviour.cli import main
from lstm_behaviour.reports.badge import ENDPOINT_KEYS
from lstm_behaviour.reports.claims_report import (
    SCHEMA_FILE,
    STATUSES,
    build_report,
    claim_status,
    measured_entry,
    validate,
)
from lstm_behaviour.reports.report_format import DEFAULT_ARTICLES
from lstm_behaviour.reports.results_md import cell, columns, write_matrix
from lstm_behaviour.spec.claims import claim, claims_of
from lstm_behaviour.stats.verdicts import decide
from tools.setup_matrix import load as load_setups

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
    "cpu_features": ["avx2", "fma"],
    "variant": None,
}
ACC = {"in_order": 1.0, "reverse": 1.0, "loop": 1.0}  # a table row's three evaluations
TRANSPLANT_ACC = {  # experiment 5's: 1 of 23 windows, 1 of 12, all 23
    "reset_from_abc": round(1 / 23, 6),
    "reset_from_lmn": round(1 / 12, 6),
    "transplant_from_abc": 1.0,
    "warmup_reproducible": 1.0,
}


@pytest.mark.parametrize(
    ("outcomes", "status"),
    [
        (["passed", "passed"], "holds"),
        (["passed", "failed"], "fails"),
        (["passed", "error"], "fails"),
        (["passed", "xfailed"], "xfail"),
        (["xfailed", "failed"], "fails"),
        (["skipped"], "not run"),
        ([], "not run"),
    ],
)
def test_claim_status_from_outcomes(outcomes, status):
    assert claim_status(outcomes) == status


def _report(outcomes: dict[str, str], env=ENV, seeds=(0,)) -> dict:
    """A report in which each trained claim's seeds all hold when its test passed, and none when
    it failed (reverse accuracy 0, so order-free claims fail); claims of one outcome read the same
    accuracies, as one run's claims do."""
    tests, measured, verdicts = {}, {}, {}
    for claim_id, outcome in outcomes.items():
        tests[claim_id] = [{"test": f"tests/x.py::t[{claim_id}]", "outcome": outcome}]
        c = claim(claim_id)
        if c.trained:
            row_acc = {**ACC, "reverse": 0.0} if outcome == "failed" else ACC
            acc = {key: TRANSPLANT_ACC if key.startswith("E5/") else row_acc for key in c.rows}
            measured[claim_id] = [measured_entry(c, acc, s) for s in seeds]
            ok = c.on_seed(acc).ok
            verdicts[claim_id] = decide(claim_id, c.rate, {s: (ok, "") for s in seeds}, alpha=c.alpha).record()
    return build_report(env, list(seeds), tests, measured, verdicts, {})


def _write(tmp_path, name, data) -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_the_schema_file_is_a_valid_json_schema():
    import jsonschema

    jsonschema.Draft202012Validator.check_schema(json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))


def test_a_built_report_is_valid_and_lists_every_claim():
    report = _report(
        {"E1.stateless-order-free": "passed", "E3.timesteps-lstm-learns-series": "passed", "S.gate-equations": "failed"}
    )
    assert validate(report) == []
    statuses = {i: c["status"] for i, c in report["claims"].items()}
    assert statuses["E1.stateless-order-free"] == "holds"
    assert statuses["S.gate-equations"] == "fails"
    assert set(statuses) == set(claims_of(DEFAULT_ARTICLES)) and set(statuses.values()) <= set(STATUSES)
    entry = report["claims"]["E1.stateless-order-free"]
    assert (entry["seeds"], entry["held"], entry["rate"], entry["critical"]) == ([0], [0], 1.0, 0)
    assert set(entry["measured"][0]["bounds"][0]) == {"bound", "kind", "threshold", "article", "measured", "holds"}


def test_validator_lists_every_problem():
    report = _report({"E1.stateless-order-free": "passed"})
    report["claims"]["E9.made-up"] = report["claims"].pop("E1.stateful-reverse-fails")
    report["claims"]["E1.stateless-order-free"]["status"] = "fails"
    problems = validate(report)
    text = "\n".join(problems)
    assert "claims['E9.made-up']: unknown claim id" in text
    assert "'fails' contradicts its tests' outcomes (they give 'holds')" in text
    assert "missing registered claim(s) E1.stateful-reverse-fails" in text
    assert len(problems) == 3, problems


def _broken(kind: str) -> dict:
    report = _report({"E1.stateless-order-free": "passed", "E3.timesteps-lstm-learns-series": "passed"})
    entry = report["claims"]["E3.timesteps-lstm-learns-series"]
    if kind == "extra-key":
        report["extra"] = 1
    elif kind == "missing-key":
        del report["environment"]["onednn"]
    elif kind == "seed-not-int":
        entry["seeds"] = ["x"]
    elif kind == "accuracy-not-number":
        entry["measured"][0]["accuracies"]["E3/lstm"]["loop"] = "high"
    elif kind == "accuracy-out-of-range":
        entry["measured"][0]["accuracies"]["E3/lstm"]["loop"] = 1.5
    elif kind == "empty-tf":
        report["environment"]["tensorflow"] = ""
    elif kind == "garbage-tf":
        report["environment"]["tensorflow"] = "latest"
    elif kind == "bound-contradicts-holds":
        entry["measured"][0]["bounds"][0]["holds"] = False
    elif kind == "held-not-run":
        entry["held"] = [0, 7]
    elif kind == "status-contradicts-verdict":  # a claim stated for every seed, failing on the one seed run
        order_free = report["claims"]["E1.stateless-order-free"]
        order_free["held"], order_free["measured"][0]["holds"] = [], False
        for b in order_free["measured"][0]["bounds"]:
            b["measured"], b["holds"] = 0.04, False
    elif kind == "unknown-status":
        entry["status"] = "great"
    elif kind == "no-onednn-on-tf":
        report["environment"]["onednn"] = None
    elif kind == "wrong-critical":
        entry["critical"] = 5
    elif kind == "xfail-without-known-failure":
        entry["status"], entry["tests"][0]["outcome"] = "xfail", "xfailed"
    return report


BROKEN = {
    "extra-key": "Additional properties are not allowed ('extra' was unexpected)",
    "missing-key": "'onednn' is a required property",
    "seed-not-int": "seeds: seeds are whole numbers",
    "accuracy-not-number": "'high' is not of type 'number'",
    "accuracy-out-of-range": "1.5 is greater than the maximum of 1",
    "empty-tf": "report['environment']['tensorflow']",
    "garbage-tf": "report['environment']['tensorflow']",
    "bound-contradicts-holds": "holds: False contradicts measured",
    "held-not-run": "seeds [7] are not among the seeds run",
    "status-contradicts-verdict": "'holds' with 0/1 seeds at or below the critical count 0",
    "unknown-status": "'great' is not one of ['holds', 'fails', 'xfail', 'fixed', 'not run']",
    "no-onednn-on-tf": "a TensorFlow-backend report must name its TensorFlow and its oneDNN mode",
    "wrong-critical": "critical: 5 is not the critical count",
    "xfail-without-known-failure": "'xfail' needs the known failure it confirms",
}


@pytest.mark.parametrize("kind", list(BROKEN))
def test_validator_refuses_unsound_reports(kind):
    problems = validate(_broken(kind))
    assert any(BROKEN[kind] in p for p in problems), problems


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"a": NaN}', "NaN is not a JSON number"),
        ('{"a": Infinity}', "Infinity is not a JSON number"),
        ('{"a": 1, "a": 2}', "duplicate key 'a'"),
        ('{"a": [1, 2', "not valid JSON (truncated?"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ],
)
def test_strict_json(tmp_path, capsys, text, message):
    path = _write(tmp_path, "bad.json", text)
    assert main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{path}: " in err and message in err and "Traceback" not in err, err


def test_validate_names_a_file_that_is_not_utf8(tmp_path, capsys):
    path = tmp_path / "latin1.json"
    path.write_bytes(b'{"caf\xe9": 1}')
    assert main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{path}: not UTF-8 text" in err and len(err.strip().splitlines()) == 1, err


@pytest.mark.parametrize("command", ["validate", "matrix"])
def test_malformed_reports_get_a_clear_message_and_nothing_is_written(tmp_path, capsys, command):
    path = _write(tmp_path, "bad.json", _broken("unknown-status"))
    out = tmp_path / "out"
    args = [command, str(path)] + (
        ["--out", str(out / "results.md"), "--badge-dir", str(out)] if command == "matrix" else []
    )
    assert main(args) == 1
    err = capsys.readouterr().err
    assert f"{path}: " in err and "'great' is not one of" in err, err
    assert "Traceback" not in err
    assert not out.exists(), "nothing is written when a report is bad"


def test_validate_accepts_a_good_report(tmp_path, capsys):
    path = _write(tmp_path, "good.json", _report({"E1.stateless-order-free": "passed"}))
    assert main(["validate", str(path)]) == 0
    assert "valid: tensorflow 2.21.0 / Keras 3.15.1, oneDNN off" in capsys.readouterr().out


def test_cells_show_seeds_and_rates():
    assert cell({"status": "holds", "seeds": [0, 1, 2], "held": [0, 1, 2], "rate": 1.0}) == "✅ 3/3 seeds"
    assert (
        cell({"status": "holds", "seeds": list(range(100)), "held": list(range(97)), "rate": 0.85})
        == "✅ 97/100 seeds (claimed ≥ 85%)"
    )
    assert cell({"status": "fails", "seeds": [0, 1, 2], "held": [2], "rate": 0.97}) == "❌ 1/3 seeds (claimed ≥ 97%)"
    assert cell({"status": "holds", "seeds": [], "held": [], "rate": 1.0}) == "✅ holds"
    assert cell({"status": "not run", "seeds": [], "held": [], "rate": 1.0}) == "— not run"
    assert cell({"status": "xfail", "seeds": [], "held": [], "rate": 1.0}) == "⚠️ xfail"
    assert cell({"status": "fixed", "seeds": [], "held": [], "rate": 1.0}) == "🆕 fixed"


def test_matrix_puts_setups_side_by_side(tmp_path):
    old = {**ENV, "tensorflow": "2.13.1", "keras": "2.13.1", "keras_major": 2, "backend_version": "2.13.1"}
    legacy = {**ENV, "keras": "2.21.0", "keras_major": 2}
    on = {**ENV, "onednn": True}
    paths = [
        _write(tmp_path, "new.json", _report({"E1.stateless-order-free": "passed"})),
        _write(tmp_path, "old.json", _report({"E1.stateless-order-free": "failed"}, env=old)),
        _write(tmp_path, "legacy.json", _report({"E1.stateless-order-free": "passed"}, env=legacy)),
        _write(tmp_path, "on.json", _report({"E1.stateless-order-free": "passed"}, env=on)),
    ]
    written = write_matrix(paths, out=tmp_path / "results.md", badge_dir=tmp_path / "badges")
    text = (tmp_path / "results.md").read_text(encoding="utf-8")
    header = next(line for line in text.splitlines() if line.startswith("| claim |"))
    assert (
        header.index("TF 2.13")
        < header.index("TF 2.21 · Keras 3.15.1 · oneDNN off")
        < header.index("TF 2.21 · Keras 3.15.1 · oneDNN on")
        < header.index("(tf-keras)")
    )
    assert "❌ 0/1 seeds" in text and "✅ 1/1 seeds" in text
    endpoint = json.loads((tmp_path / "badges" / "claims.json").read_text(encoding="utf-8"))
    assert set(endpoint) <= set(ENDPOINT_KEYS)
    assert endpoint["message"] == f"0/{len(claims_of(DEFAULT_ARTICLES))} · TF 2.13–2.21"
    assert endpoint["color"] == "#e05d44"
    svg = (tmp_path / "badges" / "claims.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and endpoint["message"] in svg
    assert len(written) == 3


def test_matrix_refuses_two_reports_of_one_setup(tmp_path, capsys):
    a = _write(tmp_path, "a.json", _report({}))
    b = _write(tmp_path, "b.json", _report({}))
    assert main(["matrix", str(a), str(b), "--out", str(tmp_path / "r.md"), "--badge-dir", str(tmp_path)]) == 1
    assert "two reports for TF 2.21 · Keras 3.15.1 · oneDNN off" in capsys.readouterr().err


COMMITTED = sorted(glob.glob(str(ROOT / "docs" / "results" / "*.json")))
AWAITING = sorted(glob.glob(str(ROOT / "docs" / "results" / "schema-2" / "*.json")))


def test_committed_results_are_valid_and_cover_every_setup():
    """docs/results/ holds a valid report of every setup of setups.toml (tests/test_registry.py
    checks that docs/results.md and the badge are what ``matrix`` makes of them)."""
    matrix = load_setups()
    nightly = [s.id for s in matrix.values() if s.nightly]
    stable = [s.id for s in matrix.values() if not s.nightly]
    names = sorted(Path(p).stem for p in COMMITTED)
    awaiting = sorted(Path(p).stem for p in AWAITING)
    released = sorted(n for n in names + awaiting if n not in nightly)
    expected = sorted(stable)
    assert released == expected, (
        f"docs/results/ must hold one report per setup of setups.toml: {released} != {expected}"
    )
    assert not set(names) & set(awaiting), "a setup both re-run and awaiting its re-run"
    for path in AWAITING:  # kept only until re-run: an earlier format, refused by validate
        assert validate(json.loads(Path(path).read_text(encoding="utf-8")))[0].startswith("schema ")
    unknown = sorted(set(names) - set(matrix))
    assert not unknown, f"reports of no setup of setups.toml in docs/results/: {unknown}"
    labels = {col.label for col in columns(COMMITTED)}
    assert len(labels) == len(COMMITTED)
    assert any("Keras 2" in label and "tf-keras" not in label for label in labels), "no Keras 2 (TF <= 2.15) report"
    assert any("tf-keras" in label for label in labels), "no TF 2.21 + tf-keras report"
    assert any("oneDNN on" in label for label in labels) and any("oneDNN off" in label for label in labels)


def test_a_matrix_of_setups_that_never_ran_is_one_line(tmp_path, capsys):
    from lstm_behaviour.cli import main
    from lstm_behaviour.files import write_json
    from lstm_behaviour.reports.claims_report import setup_error_report

    write_json(tmp_path / "se.json", setup_error_report("tf-nightly", "install", "no such version"))
    assert (
        main(["matrix", str(tmp_path / "se.json"), "--out", str(tmp_path / "r.md"), "--badge-dir", str(tmp_path)]) == 1
    )
    err = capsys.readouterr().err
    assert "the matrix needs at least one report with claims" in err and "Traceback" not in err
    assert not (tmp_path / "r.md").exists()


def test_a_candidate_patch_is_a_column_of_its_own_outside_the_badge():
    from lstm_behaviour.spec.setups import column_label, is_candidate, released, setup_order

    jax = {"backend": "jax", "backend_version": "0.10.2", "keras": "3.15.1", "keras_major": 3}
    patched = {**jax, "keras": "3.15.1+rnn.state"}
    assert (is_candidate(jax), is_candidate(patched)) == (False, True)
    assert (released(jax), released(patched), released({**jax, "keras": "3.16.0.dev2026102704"})) == (
        True,
        False,
        False,
    )
    assert column_label(patched) == "candidate patch: jax 0.10.2 · Keras 3.15.1+rnn.state"
    assert sorted([patched, jax], key=setup_order) == [jax, patched]  # the release, then its patch
