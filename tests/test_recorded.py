"""``pytest --recorded FILE``: a seed's rows read from a calibration file of the same setup instead
of trained (``spec.recorded``), so that a long claim's run can be resumed and its seeds trained
by ``calibrate`` in parallel; and the evidence that this reads what training would give: the
committed reports and calibration files of each setup agree on every (row, seed) both hold."""

from __future__ import annotations

import json
from pathlib import Path

import numpy  # noqa: F401  (loaded here: a nested pytest run would load it again, which numpy refuses)
import pytest

import lstm_behaviour.engine.compat  # noqa: F401  (the backend, imported once, outside the nested runs)
from lstm_behaviour.engine.rows import RowResult
from lstm_behaviour.spec.articles import articles
from lstm_behaviour.spec.calibration import SETUP_KEYS, load_sets, normalized

ROOT = Path(__file__).resolve().parents[1]

_TEST = """
import pytest


@pytest.mark.trained
@pytest.mark.claim("B1.naive-lstm-scores-84")
def test_b1(claim_over_seeds):
    verdict = claim_over_seeds()
    assert verdict.passes, verdict.message()
"""


def _record(seed: int, right: int) -> dict:
    acc = right / 25
    return {"row": "B1/lstm", "seed": seed, "protocol": "fast", "in_order": acc, "reverse": acc, "loop": 0.04}


def _write(path: Path, records: list[dict], **versions) -> None:
    from lstm_behaviour.engine.compat import versions_record

    content = {
        "versions": {**versions_record(), **versions},
        "records": [{**r, "fit_s": 1.0, "predict_s": 0.1} for r in records],
    }
    path.write_text(json.dumps(content), encoding="utf-8")


@pytest.fixture
def trained(monkeypatch):
    """The plugin's row training, stubbed: every row scores 25 of 25; the calls are recorded."""
    calls = []

    def train(key, seed):
        calls.append((key, seed))
        return RowResult(key, seed, "fast", {"in_order": 1.0, "reverse": 1.0, "loop": 1.0}, {}, 1.0, 0.1)

    monkeypatch.setattr("lstm_behaviour.pytest_plugin._trained", train)
    return calls


def test_a_recorded_seed_is_read_and_the_others_trained(pytester, nested_pytest, trained):
    pytester.makepyfile(test_b1=_TEST)
    _write(pytester.path / "rec.json", [_record(0, 3), _record(1, 21)])
    result = nested_pytest("--seeds", "0-2", "--recorded", "rec.json", "--claims-report", "report.json")
    assert result.ret in (pytest.ExitCode.OK, pytest.ExitCode.TESTS_FAILED)  # the verdict is the binomial test's
    assert trained == [("B1/lstm", 2)], "seeds 0 and 1 are read from the file, not trained"
    measured = json.loads((pytester.path / "report.json").read_text())["claims"]["B1.naive-lstm-scores-84"]["measured"]
    assert [(m["seed"], m.get("recorded"), m["accuracies"]["B1/lstm"]["in_order"]) for m in measured] == [
        (0, "rec.json", 0.12),
        (1, "rec.json", 0.84),
        (2, None, 1.0),
    ]
    assert [m["holds"] for m in measured] == [False, True, True]


def test_the_summary_says_how_many_seeds_were_read(pytester, nested_pytest, trained):
    pytester.makepyfile(test_b1=_TEST)
    _write(pytester.path / "rec.json", [_record(0, 21), _record(1, 21)])
    result = nested_pytest("--seeds", "auto", "--recorded", "rec.json")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["  B1.naive-lstm-scores-84: 5/5 seeds (2 read from rec.json); held on 5 of 5*"])
    assert trained == [("B1/lstm", seed) for seed in (2, 3, 4)]


def test_a_file_of_the_same_setup_from_another_machine_is_read_and_said_so(pytester, nested_pytest, trained):
    pytester.makepyfile(test_b1=_TEST)
    _write(pytester.path / "rec.json", [_record(0, 21)], python="3.9.0", cpu_features=["avx2"])
    result = nested_pytest("--seeds", "0", "--recorded", "rec.json")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(
        [
            "--recorded: 1 claim-seed read from rec.json, not trained",
            "  measured with another python '3.9.0' (this run: *)",
            "  measured with another cpu_features * (this run: *)",  # fnmatch reads [...] as a class
        ]
    )
    assert trained == []


def test_a_report_with_recorded_seeds_validates(pytester, nested_pytest, trained):
    from lstm_behaviour.reports.report_checks import validate

    pytester.makepyfile(test_b1=_TEST)
    _write(pytester.path / "rec.json", [_record(0, 21), _record(1, 21)])
    nested_pytest("--seeds", "0-1", "--recorded", "rec.json", "--claims-report", "report.json")
    report = json.loads((pytester.path / "report.json").read_text())
    assert validate(report) == []
    entry = report["claims"]["B1.naive-lstm-scores-84"]["measured"][0]
    for name in ("", "rec\u202e.json", "x" * 301):
        entry["recorded"] = name
        assert validate(report), f"{name!r:.20} is no file name a run writes"


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "--recorded: *absent.json*"),
        ("[]", "--recorded: *rec.json*"),
        ("name", "--recorded: the report names the file: a name of 1 to 300 characters, plain text; got *"),
        ("versions", "--recorded: rec.json was measured on another setup: keras '*.99' (this run: *); give a *"),
    ],
    ids=["missing", "no-calibration-file", "a-control-character", "another-setup"],
)
def test_a_file_that_cannot_stand_for_this_runs_rows_is_a_usage_error(
    pytester, nested_pytest, trained, content, message
):
    pytester.makepyfile(test_b1=_TEST)
    name = {None: "absent.json", "name": "rec\x1b[2J.json"}.get(content, "rec.json")
    if content == "versions":
        from lstm_behaviour.engine.compat import versions_record

        major, minor, *_ = versions_record()["keras"].split(".")
        _write(pytester.path / name, [_record(0, 21)], keras=f"{major}.{minor}.99")  # a Keras this run is not on
    elif content not in (None, "name"):
        (pytester.path / name).write_text(content, encoding="utf-8")
    result = nested_pytest("--seeds", "0", "--recorded", name)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([f"ERROR: {message}"])
    assert trained == []


def _report_sets():
    """(report path, its article's calibration set of the same setup) for every committed report."""
    for key, article in articles().items():
        if not article.calibration:
            continue
        sets = load_sets(sorted((ROOT / article.calibration).glob("*.json")))
        folder = ROOT / "docs" / "results" / ("" if key == "qiita" else key)
        for path in sorted(folder.glob("*.json")):
            report = json.loads(path.read_text(encoding="utf-8"))
            if "claims" not in report:
                continue
            setup = {k: normalized(report["environment"]).get(k) for k in SETUP_KEYS}
            for cal in sets:
                if {k: cal.versions.get(k) for k in SETUP_KEYS} == setup:
                    yield path, report, cal


def test_the_committed_reports_and_calibration_files_of_a_setup_agree_seed_by_seed():
    """A row trained in a claims run and the same (row, seed) trained by calibrate, in other
    processes and on other days, measure the same, to the digits a report keeps: what lets
    ``--recorded`` read a seed instead of training it."""
    compared = {}
    for path, report, cal in _report_sets():
        per_seed = cal.per_seed()
        for claim in report["claims"].values():
            for m in claim.get("measured", []):
                if "recorded" in m:  # read from a calibration file: equal to it by construction
                    continue
                for key, accuracies in m["accuracies"].items():
                    recorded = per_seed.get(m["seed"], {}).get(key)
                    if recorded is None:
                        continue
                    assert accuracies == {k: round(recorded[k], 6) + 0.0 for k in accuracies}, (
                        path.name,
                        key,
                        m["seed"],
                    )
                    compared[path.relative_to(ROOT).as_posix()] = compared.get(path.relative_to(ROOT).as_posix(), 0) + 1
    assert {
        "docs/results/brownlee/tf-2.21.json",
        "docs/results/brownlee/tf-2.15.json",
        "docs/results/brownlee/jax.json",
        "docs/results/brownlee/torch.json",
    } <= set(compared)


def test_the_longest_name_read_is_the_longest_a_report_holds():
    from lstm_behaviour.reports.report_format import SCHEMA_FILE
    from lstm_behaviour.spec.recorded import MAX_NAME

    def found(node):
        if isinstance(node, dict):
            yield from ([node["recorded"]] if isinstance(node.get("recorded"), dict) else [])
            for value in node.values():
                yield from found(value)
        elif isinstance(node, list):
            for value in node:
                yield from found(value)

    (field,) = found(json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))
    assert (field["minLength"], field["maxLength"]) == (1, MAX_NAME)
