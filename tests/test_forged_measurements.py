"""Claims reports whose measurements or versions no run can record: refused by ``validate``, and
so by every reader (merge, matrix), and never written by the plugin. Each case is a forgery of
the third hostile round (docs/hostile-inputs.md, rows 37-45, 84, 128 and 322) that validated."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from types import SimpleNamespace

import numpy  # noqa: F401  (loaded here: a nested pytest run would load it again, which numpy refuses)
import pytest

import lstm_behaviour.engine.compat  # noqa: F401  (the backend, imported once: pytester drops what a test imports)
from lstm_behaviour.cli import main
from lstm_behaviour.files import write_json
from lstm_behaviour.reports.claims_report import validate
from lstm_behaviour.reports.run_checks import (
    accuracy_problems,
    environment_problems,
    measurement_problems,
    negative_zeros,
)

ROOT = Path(__file__).resolve().parent.parent
REPORT = json.loads((ROOT / "docs" / "results" / "tf-2.21.json").read_text("utf-8"))
JAX = json.loads((ROOT / "docs" / "results" / "jax.json").read_text("utf-8"))
CLAIM = "E1.stateless-loop-fails"  # reads E1/dense and E1/lstm, as E1.stateless-matches-mlp does


def _forged(change, report=REPORT) -> list[str]:
    data = copy.deepcopy(report)
    change(data)
    return validate(data)


def _first(data):
    return data["claims"][CLAIM]["measured"][0]


def _off_grid(data):  # row 37: 0.123457 is 3.0864 of E1's 25 windows
    _first(data)["accuracies"]["E1/dense"]["in_order"] = 0.123457


def _read_twice(data):  # row 38: the same row and seed, another loop accuracy in one claim
    _first(data)["accuracies"]["E1/dense"]["loop"] = 0.96
    for b in _first(data)["bounds"]:
        if b["bound"].startswith("E1/dense loop"):
            b["measured"], b["holds"] = 0.96, False
    _first(data)["holds"] = False


def _extra_row(data):  # row 39
    _first(data)["accuracies"]["E9/evil"] = {"in_order": 1.0, "reverse": 1.0, "loop": 1.0}


def _extra_evaluation(data):  # row 40
    _first(data)["accuracies"]["E1/dense"]["banana"] = 1.0


def _measured_twice(data):  # row 41: the first seed's measurement listed again
    entry = data["claims"][CLAIM]
    entry["measured"].append(copy.deepcopy(entry["measured"][0]))


def _reversed(data):  # row 42
    entry = data["claims"][CLAIM]
    entry["seeds"].reverse()
    entry["held"].reverse()


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (_off_grid, "E1/dense in_order: an accuracy is hits over its 25 window(s), got 0.123457 (3.0864 hits)"),
        (_read_twice, "E1/dense seed 0 reads {'in_order': 0.76, 'reverse': 0.76, 'loop': 0.96}, where"),
        (_extra_row, "the rows measured are ['E1/dense', 'E1/lstm', 'E9/evil']; the claim reads"),
        (_extra_evaluation, "E1/dense: the evaluations measured are ['banana', 'in_order', 'loop', 'reverse']"),
        (_measured_twice, "measured[5]: seed 0 is measured twice; a run measures it once"),
        (_reversed, ".seeds: a run lists its seeds in ascending order, got [4, 3, 2, 1, 0]"),
    ],
    ids=["37-off-grid", "38-row-read-twice", "39-extra-row", "40-extra-evaluation", "41-seed-twice", "42-reversed"],
)
def test_measurements_no_run_records_are_refused(change, problem):
    problems = _forged(change)
    assert any(problem in p for p in problems), problems


@pytest.mark.parametrize(
    ("report", "change", "problem"),
    [
        (JAX, {"onednn": True}, "environment.onednn: a jax-backend run records no onednn, got True"),
        (REPORT, {"tensorflow": "1.0.0", "backend_version": "1.0.0"}, "'1.0.0' is older than the oldest TensorFlow"),
        (JAX, {"tensorflow": "2.21.0", "onednn": False}, "environment.tensorflow: a jax-backend run records no"),
        (REPORT, {"backend_version": "2.20.0"}, "environment.backend_version: '2.20.0' is not the TensorFlow '2.21.0'"),
        (REPORT, {"tensorflow": "2.15.1", "backend_version": "2.15.1"}, "Keras 3 runs on TensorFlow 2.16 or later"),
        (JAX, {"keras": "2.15.0", "keras_major": 2}, "environment.keras_major: jax is a backend of Keras 3, got 2"),
    ],
    ids=["43-jax-onednn", "44-tensorflow-1", "45-jax-tensorflow", "backend-version", "keras-3-on-2.15", "jax-keras-2"],
)
def test_versions_that_cannot_go_together_are_refused(report, change, problem):
    problems = _forged(lambda d: d["environment"].update(change), report)
    assert any(problem in p for p in problems), problems


def test_every_committed_report_is_one_a_run_can_record():
    """The checks above refuse no real run: every committed report passes them."""
    for path in sorted((ROOT / "docs" / "results").glob("*.json")):
        report = json.loads(path.read_text("utf-8"))
        assert environment_problems(report["environment"]) == [], path.name
        assert [p for p in validate(report) if "a run" in p] == [], path.name


def test_accuracies_are_checked_against_each_rows_windows():
    """E3's windows are 23 (three-letter inputs): 22/23 is on its grid, 0.96 (24/25) is not."""
    good = {"in_order": round(22 / 23, 6), "reverse": 0.0, "loop": 1.0}
    assert accuracy_problems(("E3/lstm",), {"E3/lstm": good}) == []
    assert accuracy_problems(("E3/lstm",), {"E3/lstm": {**good, "loop": 0.96}}) == [
        "E3/lstm loop: an accuracy is hits over its 23 window(s), got 0.96 (22.0800 hits)"
    ]
    assert accuracy_problems(("E3/lstm",), {"E3/lstm": {**good, "loop": 1.5}}) == [
        "E3/lstm loop: an accuracy is a number in [0, 1], got 1.5"
    ]
    assert accuracy_problems(("E3/lstm",), {"E3/lstm": {**good, "loop": True}}) == [
        "E3/lstm loop: an accuracy is a number in [0, 1], got True"
    ]


def test_measures_that_are_no_table_are_named_by_their_type_and_every_row_is_read():
    evaluations = "['in_order', 'loop', 'reverse']"
    assert accuracy_problems(("E3/lstm",), [0.5]) == ["the rows measured are list; the claim reads ['E3/lstm']"]
    both = accuracy_problems(("E1/dense", "E1/lstm"), {"E1/dense": [1.0], "E1/lstm": {"in_order": 2.0}})
    assert both == [
        f"E1/dense: the evaluations measured are list; a run measures {evaluations}",
        f"E1/lstm: the evaluations measured are ['in_order']; a run measures {evaluations}",
    ], "each row's problem, the second row's too"


def test_a_negative_zero_is_named_where_it_is_or_as_the_report():
    assert negative_zeros(-0.0) == ["report: -0.0, which no run writes"]
    assert negative_zeros({"a": [0.0, -0.0]}) == ["a[1]: -0.0, which no run writes"]
    assert negative_zeros(0.0) == negative_zeros(0) == []


@pytest.mark.parametrize("command", ["merge", "matrix"], ids=["84-merge", "128-matrix"])
def test_readers_refuse_a_forged_report(tmp_path, capsys, command):
    data = copy.deepcopy(REPORT)
    _off_grid(data)
    write_json(tmp_path / "forged.json", data)
    write_json(tmp_path / "good.json", REPORT)
    out = tmp_path / "out.json"
    args = [str(tmp_path / "good.json"), str(tmp_path / "forged.json"), "--out", str(out)]
    if command == "matrix":
        args[-1] = str(tmp_path / "out.md")
    assert main([command, *args]) != 0
    err = capsys.readouterr().err
    assert "forged.json" in err and "an accuracy is hits over its 25 window(s)" in err, err
    assert not out.exists() and not (tmp_path / "out.md").exists()


def test_the_plugin_never_writes_an_accuracy_a_run_cannot_measure(nested_pytest, pytester, tmp_path):
    """Row 322: a test of the user's own that gives accuracies of 1.5 fails with one line naming
    the value; the report the plugin writes validates."""
    pytester.makepyfile(
        test_bad="""
import pytest


@pytest.mark.trained
@pytest.mark.claim("E1.stateless-loop-fails")
def test_loop(claim_over_seeds):
    verdict = claim_over_seeds(lambda seed: {key: {"in_order": 1.5, "reverse": 1.0, "loop": 0.0}
                                             for key in ("E1/dense", "E1/lstm")})
    assert verdict.passes
"""
    )
    out = tmp_path / "new.json"
    result = nested_pytest("--seeds", "0-1", f"--claims-report={out}")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*ValueError: E1.stateless-loop-fails on seed 0: E1/dense in_order: "
            "an accuracy is a number in [[]0, 1], got 1.5*"
        ]
    )
    assert validate(json.loads(out.read_text("utf-8"))) == []


@pytest.mark.parametrize(
    ("seeds", "measured", "decision"),
    [([0], [], None), ([], [{"seed": 0, "bounds": [], "accuracies": {}}], None), ([], [], {"rule": "fixed"})],
    ids=["seeds", "measurements", "decision"],
)
def test_a_claim_no_test_ran_has_no_seeds_measurements_or_decision_each_alone(seeds, measured, decision):
    entry = {"tests": [], "seeds": seeds, "held": [], "measured": measured, "decision": decision}
    assert measurement_problems({"X.y": entry}, {}) == [
        "claims['X.y']: no test of it ran, so it has no seeds, measurements or decision"
    ]


def test_seeds_out_of_order_are_shown_by_their_first_eight():
    entry = {"tests": [], "seeds": [], "held": list(range(9, -1, -1)), "measured": [], "decision": None}
    assert measurement_problems({"X.y": entry}, {}) == [
        "claims['X.y'].held: a run lists its seeds in ascending order, got [9, 8, 7, 6, 5, 4, 3, 2]"
    ]


def _entry(*measured):
    return {
        "tests": [{"test": "t.py::test_x", "outcome": "passed"}],
        "seeds": [],
        "held": [],
        "measured": list(measured),
        "decision": None,
    }


def test_every_measured_number_of_an_unknown_claim_is_read_whatever_its_shape():
    """A claim the registry does not know: its accuracies are not put to any claim's rows, but
    every number in them is still read, in every row, and a table that is none breaks nothing."""
    bounds = [{"measured": 0.5, "threshold": 0.5, "article": 0.1234567}]
    odd = {
        "seed": 0,
        "bounds": bounds,
        "accuracies": {"E1/dense": {"in_order": 0.5}, "E1/lstm": {"in_order": 0.1234567}},
    }
    assert measurement_problems({"X.y": _entry(odd)}, {}) == [
        "claims['X.y'].measured[0].bounds[0].article: a run writes measured values to six decimals, got 0.1234567",
        "claims['X.y'].measured[0].accuracies: E1/lstm in_order: a run writes measured values to six decimals, "
        "got 0.1234567",
    ]
    for shapeless in ([0.5], {"E1/dense": [0.5]}):
        assert measurement_problems({"X.y": _entry({"seed": 0, "bounds": [], "accuracies": shapeless})}, {}) == []


def test_a_row_two_claims_read_differently_names_the_first_claim():
    one = {"seed": 0, "bounds": [], "accuracies": {"E1/dense": {"in_order": 0.5}}}
    other = {"seed": 0, "bounds": [], "accuracies": {"E1/dense": {"in_order": 0.25}}}
    registry = {"A.a": SimpleNamespace(rows=()), "B.b": SimpleNamespace(rows=())}
    problems = [
        p for p in measurement_problems({"A.a": _entry(one), "B.b": _entry(other)}, registry) if "once per seed" in p
    ]
    assert problems == [
        "claims['B.b'].measured[0]: E1/dense seed 0 reads {'in_order': 0.25}, where A.a reads {'in_order': 0.5}; "
        "a run trains a row once per seed"
    ]


def test_run_seeds_out_of_order_are_shown_by_their_first_eight():
    env = {"backend": "jax", "keras_major": 3, "tensorflow": None, "onednn": None, "seeds": list(range(9, -1, -1))}
    assert environment_problems(env)[-1] == (
        "environment.seeds: a run lists its seeds in ascending order, got [9, 8, 7, 6, 5, 4, 3, 2]"
    )
