"""The claims report validator at the edges of its checks (reports/report_checks.py): the versions
of Python it accepts, where it says a control character sits, how many of a kind of problem it
lists, and the limits that are inclusive; each on the committed TF 2.21 report, one change at a time."""

from __future__ import annotations

import copy

import pytest
from committed_report import REPORT, TRAINED, UNTRAINED, broken, shift_every_bound, unknown_claim_first

from lstm_behaviour.reports import report_checks
from lstm_behaviour.reports.claims_report import validate
from lstm_behaviour.reports.report_format import MAX_CLAIMS, MAX_PROBLEMS
from lstm_behaviour.spec.claims import CLAIMS

NOT_A_PYTHON = "is not a Python this project runs on (3.9 or later)"


@pytest.mark.parametrize("python", ["3.9.0", "3.11", "3.99.1"])
def test_a_python_from_3_9_with_a_minor_version_is_accepted(python):
    assert broken(lambda d: d["environment"].update(python=python)) == []


@pytest.mark.parametrize("python", ["3.8.10", "3.100.0", "2.10.1", "4.0", "3"])
def test_a_python_before_3_9_past_3_99_or_without_a_minor_is_refused(python):
    assert broken(lambda d: d["environment"].update(python=python)) == [
        f"environment.python: {python!r} {NOT_A_PYTHON}"
    ]


def test_a_python_version_that_is_no_version_is_said_once():
    """'3.11..' passes the schema's pattern but is no version: the version check says so, and
    the check of which Pythons run the project does not add a second problem."""
    assert broken(lambda d: d["environment"].update(python="3.11..")) == [
        "environment.python: a version must look like 2.21.0 or 3.16.0.dev2026102704, got '3.11..'"
    ]


def test_a_field_with_alternatives_and_no_worded_expectation_gets_the_schemas_message():
    assert broken(lambda d: d["environment"].update(tensorflow=5)) == [
        "report['environment']['tensorflow']: 5 is not valid under any of the given schemas"
    ]


def test_a_control_character_in_a_key_is_named_at_the_mapping_that_holds_it():
    def key(d):
        accuracies = d["claims"][TRAINED]["measured"][0]["accuracies"]
        accuracies["E1/lstm\x1b"] = accuracies.pop("E1/lstm")

    assert broken(key)[0] == f"claims.{TRAINED}.measured[0].accuracies: holds a control character (U+001B)"


def test_a_control_character_in_a_list_item_is_named_with_its_index():
    def test_name(d):
        d["claims"][TRAINED]["tests"][0]["test"] += "\x1b"

    assert broken(test_name)[0] == f"claims.{TRAINED}.tests[0].test: holds a control character (U+001B)"


def test_at_most_three_control_characters_and_three_negative_zeros_are_listed():
    """Many strings with a control character, or many -0.0, are one mistake said three times."""
    trained = [c for c in REPORT["claims"] if CLAIMS[c].trained]

    def four_each(d):
        for claim_id in trained[:4]:
            d["claims"][claim_id]["tests"][0]["test"] += "\x1b"
            d["claims"][claim_id]["measured"][0]["bounds"][0]["article"] = -0.0

    problems = broken(four_each)
    assert sum(": holds a control character (U+001B)" in p for p in problems) == 3
    assert sum(p.endswith(": -0.0, which no run writes") for p in problems) == 3


def test_a_claim_after_an_unknown_one_is_still_checked():
    def unknown_first(d):
        unknown_claim_first(d, UNTRAINED)
        d["claims"][TRAINED]["held"] = [*d["claims"][TRAINED]["held"], 99]

    problems = broken(unknown_first)
    assert "claims['X.unknown']: unknown claim id (see docs/claims.md)" in problems
    assert f"claims[{TRAINED!r}].held: seeds [99] are not among the seeds run" in problems


def test_a_test_listed_twice_is_named_not_the_first_test():
    other = "tests/test_experiments.py::test_another"

    def twice(d):
        d["claims"][TRAINED]["tests"] += [{"test": other, "outcome": "passed"}, {"test": other, "outcome": "passed"}]

    assert f"claims[{TRAINED!r}].tests: {other!r} is listed twice; a run reports each test once" in broken(twice)


def test_the_measurement_checks_stop_at_five_times_the_problems_shown():
    data = copy.deepcopy(REPORT)
    assert shift_every_bound(data, "threshold", 1e-7) > MAX_PROBLEMS * 6
    problems = report_checks._semantic_problems(data, set(CLAIMS))
    assert sum(".threshold: a run writes measured values to six decimals" in p for p in problems) == MAX_PROBLEMS * 5


def test_exactly_the_most_semantic_problems_are_shown_without_a_tail(monkeypatch):
    problems = [f"p{i}" for i in range(MAX_PROBLEMS)]
    monkeypatch.setattr(report_checks, "_schema_problems", lambda data: [])
    monkeypatch.setattr(report_checks, "_semantic_problems", lambda data, known: list(problems))
    assert validate(copy.deepcopy(REPORT)) == problems
    monkeypatch.setattr(report_checks, "_semantic_problems", lambda data, known: [*problems, "one more"])
    assert validate(copy.deepcopy(REPORT)) == [*problems, "... and 1 more problems"]


def test_a_report_of_as_many_claims_as_a_registry_may_hold_is_not_refused_for_its_size():
    assert report_checks._oversized({"claims": {f"E{i}.c": {} for i in range(MAX_CLAIMS)}}) is None
    assert report_checks._oversized({"claims": {f"E{i}.c": {} for i in range(MAX_CLAIMS + 1)}}) == (
        f"claims: {MAX_CLAIMS + 1} entries; a report lists the registry's claims, at most {MAX_CLAIMS}"
    )
