"""Claims reports: the status rule, the validator, the matrix and badge, malformed files."""

from __future__ import annotations

import glob
import json
from pathlib import Path

import pytest

from lstm_behaviour.claims import CLAIMS, claim
from lstm_behaviour.cli import main
from lstm_behaviour.matrix import ENDPOINT_KEYS, columns, write_matrix
from lstm_behaviour.results import STATUSES, build_report, claim_status, measured_entry, validate

ROOT = Path(__file__).resolve().parent.parent
ENV = {"python": "3.11.7", "tensorflow": "2.21.0", "keras": "3.15.1", "keras_major": 3, "backend": "tensorflow",
       "platform": "Linux-x86_64", "date": "2026-11-29T12:00:00+00:00"}


@pytest.mark.parametrize(("outcomes", "status"), [
    (["passed", "passed"], "holds"),
    (["passed", "failed"], "fails"),
    (["passed", "error"], "fails"),
    (["passed", "xfailed"], "xfail"),
    (["xfailed", "failed"], "fails"),
    (["skipped"], "not run"),
    ([], "not run"),
])
def test_claim_status_from_outcomes(outcomes, status):
    assert claim_status(outcomes) == status


def _report(outcomes: dict[str, str], env=ENV) -> dict:
    tests, measured = {}, {}
    for claim_id, outcome in outcomes.items():
        tests[claim_id] = [{"test": f"tests/x.py::t[{claim_id}]", "seed": 0, "outcome": outcome, "duration_s": 1.0}]
        c = claim(claim_id)
        if c.bounds:
            acc = {key: {"in_order": 0.9, "reverse": 0.1, "loop": 0.5, "reset_from_abc": 0.04,
                         "reset_from_lmn": 0.1, "transplant_from_abc": 1.0} for key in c.rows}
            measured[claim_id] = [measured_entry(c, acc, 0)]
    return build_report(env, [0], tests, measured, CLAIMS)


def _write(tmp_path, name, data) -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_a_built_report_is_valid_and_lists_every_claim():
    report = _report({"E1.stateless-order-free": "passed", "E3.timesteps-lstm-learns": "xfailed",
                      "S.gate-equations": "failed"})
    assert validate(report) == []
    statuses = {i: c["status"] for i, c in report["claims"].items()}
    assert statuses["E1.stateless-order-free"] == "holds"
    assert statuses["E3.timesteps-lstm-learns"] == "xfail"
    assert statuses["S.gate-equations"] == "fails"
    assert set(statuses) == set(CLAIMS) and set(statuses.values()) <= set(STATUSES)
    bound = report["claims"]["E1.stateless-order-free"]["measured"][0]["bounds"][0]
    assert set(bound) == {"bound", "kind", "threshold", "article", "measured", "holds"}


def test_validator_lists_every_problem():
    report = _report({"E1.stateless-order-free": "passed"})
    report["extra"] = 1
    report["environment"].pop("date")
    report["claims"]["E9.made-up"] = report["claims"].pop("E1.stateful-reverse-fails")
    report["claims"]["E1.stateless-order-free"]["status"] = "fails"
    report["claims"]["D.timeseries-windows"]["status"] = "maybe"
    problems = validate(report)
    text = "\n".join(problems)
    assert "report: unknown key 'extra'" in text
    assert "environment: missing key 'date'" in text
    assert "claims['E9.made-up']: unknown claim id" in text
    assert "'fails' contradicts its tests' outcomes (they give 'holds')" in text
    assert "claims['D.timeseries-windows'].status: expected one of holds, fails, xfail, not run, got 'maybe'" in text
    assert "missing registered claim(s) E1.stateful-reverse-fails" in text
    assert len(problems) == 6


MALFORMED = {
    "truncated": ("truncated", "not valid JSON (truncated?"),
    "unknown-claim": ("unknown claim", "claims['E9.made-up']: unknown claim id"),
    "unknown-status": ("unknown status", "status: expected one of holds, fails, xfail, not run, got 'great'"),
}


def _malformed(kind: str) -> str:
    good = json.dumps(_report({"E1.stateless-order-free": "passed"}), indent=1)
    if kind == "truncated":
        return good[: len(good) // 2]
    data = json.loads(good)
    if kind == "unknown-claim":
        data["claims"]["E9.made-up"] = data["claims"]["E1.stateless-order-free"]
    else:
        data["claims"]["E1.stateless-order-free"]["status"] = "great"
    return json.dumps(data)


@pytest.mark.parametrize("kind", list(MALFORMED))
@pytest.mark.parametrize("command", ["validate", "matrix"])
def test_malformed_reports_get_a_clear_message(tmp_path, capsys, kind, command):
    path = _write(tmp_path, f"{kind}.json", _malformed(kind))
    out = tmp_path / "out"
    args = [command, str(path)] + (["--out", str(out / "results.md"), "--badge-dir", str(out)] if command == "matrix" else [])
    assert main(args) == 1
    err = capsys.readouterr().err
    assert f"{path}: " in err and MALFORMED[kind][1] in err, err
    assert "Traceback" not in err
    assert not out.exists(), "nothing is written when a report is bad"


def test_validate_accepts_a_good_report(tmp_path, capsys):
    path = _write(tmp_path, "good.json", _report({"E1.stateless-order-free": "passed"}))
    assert main(["validate", str(path)]) == 0
    assert "valid: TF 2.21.0 / Keras 3.15.1" in capsys.readouterr().out


def test_matrix_puts_versions_side_by_side(tmp_path):
    old = {**ENV, "tensorflow": "2.13.1", "keras": "2.13.1", "keras_major": 2}
    legacy = {**ENV, "keras": "2.21.0", "keras_major": 2}
    paths = [
        _write(tmp_path, "new.json", _report({"E1.stateless-order-free": "passed"})),
        _write(tmp_path, "old.json", _report({"E1.stateless-order-free": "failed"}, env=old)),
        _write(tmp_path, "legacy.json", _report({"E1.stateless-order-free": "passed"}, env=legacy)),
    ]
    written = write_matrix(paths, out=tmp_path / "results.md", badge_dir=tmp_path / "badges")
    text = (tmp_path / "results.md").read_text(encoding="utf-8")
    header = next(line for line in text.splitlines() if line.startswith("| claim |"))
    assert header.index("TF 2.13") < header.index("TF 2.21 · Keras 3.15.1") < header.index("(tf-keras)")
    assert "❌ fails" in text and "✅ holds" in text
    endpoint = json.loads((tmp_path / "badges" / "claims.json").read_text(encoding="utf-8"))
    assert set(endpoint) <= set(ENDPOINT_KEYS)
    assert endpoint["message"] == "0/29 · TF 2.13–2.21".replace("29", str(len(CLAIMS)))
    assert endpoint["color"] == "#e05d44"
    svg = (tmp_path / "badges" / "claims.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and endpoint["message"] in svg
    assert len(written) == 3


def test_matrix_refuses_two_reports_of_one_environment(tmp_path, capsys):
    a = _write(tmp_path, "a.json", _report({}))
    b = _write(tmp_path, "b.json", _report({}))
    assert main(["matrix", str(a), str(b), "--out", str(tmp_path / "r.md"), "--badge-dir", str(tmp_path)]) == 1
    assert "two reports for TF 2.21 · Keras 3.15.1" in capsys.readouterr().err


COMMITTED = sorted(glob.glob(str(ROOT / "docs" / "results" / "*.json")))


def test_committed_results_are_valid_and_cover_five_setups():
    """docs/results/ holds valid reports of at least five TensorFlow setups (tests/test_registry.py
    checks that docs/results.md and the badge are what ``matrix`` makes of them)."""
    assert len(COMMITTED) >= 5, f"docs/results/ must hold reports of at least five TensorFlow setups, has {len(COMMITTED)}"
    labels = {col.label for col in columns(COMMITTED)}
    assert len(labels) == len(COMMITTED)
    assert any("Keras 2" in label and "tf-keras" not in label for label in labels), "no Keras 2 (TF <= 2.15) report"
    assert any("Keras 3" in label for label in labels), "no Keras 3 report"
    assert any("tf-keras" in label for label in labels), "no TF 2.21 + tf-keras report"
