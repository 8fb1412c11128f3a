"""The ``long`` marker: a test that trains for minutes a seed is skipped unless ``--long``, with
its reason and the command that runs it in the skip and in the terminal summary (also under
xdist, where the main process reads the workers' skip reports), and the claims report lists
its claim as not run."""

from __future__ import annotations

import json
from types import SimpleNamespace

import numpy  # noqa: F401  (loaded here: a nested pytest run would load it again, which numpy refuses)
import pytest

import lstm_behaviour.engine.compat  # noqa: F401  (the backend, imported once, outside the nested runs)
from lstm_behaviour.pytest_report import LONG_SKIP, LongLeftOut
from lstm_behaviour.reports.claims_report import PROPERTY

_TESTS = """
import pytest


@pytest.mark.long("trains 500,000 steps a seed")
@pytest.mark.claim("E1.stateless-loop-fails")
def test_long():
    pass


def test_short():
    pass
"""


def test_a_long_test_is_skipped_without_long_and_said_so(pytester, nested_pytest):
    pytester.makepyfile(test_some=_TESTS)
    result = nested_pytest("-rs", "--claims-report", "report.json")
    result.assert_outcomes(passed=1, skipped=1)
    result.stdout.fnmatch_lines(
        [
            "left out: 1 long test (E1.stateless-loop-fails), minutes a seed each; run them with: "
            "pytest --long -m long",
            "SKIPPED * long: trains 500,000 steps a seed; run it with --long",
        ]
    )
    report = json.loads((pytester.path / "report.json").read_text())
    assert report["claims"]["E1.stateless-loop-fails"]["status"] == "not run"


def test_with_long_a_long_test_runs_and_nothing_is_left_out(pytester, nested_pytest):
    pytester.makepyfile(test_some=_TESTS)
    result = nested_pytest("--long")
    result.assert_outcomes(passed=2)
    assert "left out" not in result.stdout.str()


def test_under_xdist_the_main_process_names_what_the_workers_left_out(pytester, nested_pytest):
    pytester.makepyfile(test_some=_TESTS)
    result = nested_pytest("-n", "1", xdist=True)
    result.assert_outcomes(passed=1, skipped=1)
    result.stdout.fnmatch_lines(["left out: 1 long test (E1.stateless-loop-fails), minutes a seed each; *"])


@pytest.mark.parametrize("marker", ["@pytest.mark.long", '@pytest.mark.long(why="x")', '@pytest.mark.long("  ")'])
@pytest.mark.parametrize("options", [(), ("--long",)], ids=["default", "long"])
def test_a_long_marker_without_its_reason_is_a_usage_error(pytester, nested_pytest, marker, options):
    pytester.makepyfile(test_bad=f"import pytest\n\n\n{marker}\ndef test_x():\n    pass\n")
    result = nested_pytest(*options)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["ERROR: test_bad.py::test_x: a long marker carries one reason, the text of*"])


def _report(nodeid, *, when="setup", skipped=True, reason=f"{LONG_SKIP}trains; run it with --long", claim=None):
    props = [(PROPERTY, {"claim": claim})] if claim else []
    return SimpleNamespace(
        nodeid=nodeid, when=when, skipped=skipped, longrepr=("f.py", 3, f"Skipped: {reason}"), user_properties=props
    )


def test_the_summary_counts_the_setup_skips_that_say_long_and_nothing_else():
    summary = LongLeftOut()
    summary.pytest_runtest_logreport(_report("a", claim="B6.x"))
    summary.pytest_runtest_logreport(_report("b"))
    summary.pytest_runtest_logreport(_report("c", reason="no TensorFlow"))  # another skip
    summary.pytest_runtest_logreport(_report("d", when="call"))
    summary.pytest_runtest_logreport(_report("e", skipped=False))
    assert summary.lines() == [
        "left out: 2 long tests (B6.x), minutes a seed each; run them with: pytest --long -m long"
    ]
    assert LongLeftOut().lines() == []
