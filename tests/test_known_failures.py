"""Known failures keyed by setup and version range: inside the range a strict xfail, past it a pass
reported as "fixed", elsewhere the claim is expected to hold."""

from __future__ import annotations

import json
import signal

import pytest

from lstm_behaviour import compat, known_failures  # loaded before pytester's module snapshots
from lstm_behaviour.claims_report import validate
from lstm_behaviour.known_failures import KnownFailure, VersionRange, expected_failure, newer_failure
from lstm_behaviour.results_md import cell

JAX = {"backend": "jax", "keras": "3.15.1", "keras_major": 3, "variant": None}
NIGHTLY = {**JAX, "keras": "3.16.0.dev2026102704"}
TF = {"backend": "tensorflow", "keras": "3.15.1", "keras_major": 3, "tensorflow": "2.21.0", "onednn": False}
ENTRY = KnownFailure(
    "S.call-carries-state",
    "state lost",
    "evidence",
    exact=True,
    backend="jax",
    versions=(VersionRange("keras", "3.14.0", "3.15.1"),),
)


@pytest.fixture
def one_failure(monkeypatch):
    monkeypatch.setattr(known_failures, "KNOWN_FAILURES", (ENTRY,))


def test_inside_its_range_the_claim_is_a_strict_xfail(one_failure):
    assert expected_failure("S.call-carries-state", JAX) is ENTRY
    assert newer_failure("S.call-carries-state", JAX) is None
    assert "jax backend, keras 3.14.0–3.15.1" in ENTRY.xfail_reason()


def test_past_its_range_the_claim_is_expected_to_hold_and_reads_fixed(one_failure):
    assert expected_failure("S.call-carries-state", NIGHTLY) is None
    failure, past = newer_failure("S.call-carries-state", NIGHTLY)
    assert failure is ENTRY and past == "keras 3.16.0.dev2026102704"
    assert ENTRY.fixed_text(past).startswith("fixed in keras 3.16.0.dev2026102704: S.call-carries-state failed on")


def test_a_setup_it_does_not_name_expects_the_claim_to_hold(one_failure):
    for versions in (TF, {**JAX, "keras": "3.13.0"}, {**JAX, "backend": "torch"}):
        assert expected_failure("S.call-carries-state", versions) is None
        assert newer_failure("S.call-carries-state", versions) is None
    assert expected_failure("S.reset-zeroes-state", JAX) is None


SUITE = """
import pytest


@pytest.mark.claim("S.call-carries-state")
def test_inside_the_range(claim):
    assert True, claim.id


@pytest.mark.claim("S.reset-zeroes-state")
def test_past_the_range(claim):
    assert True, claim.id
"""


def _entry(claim_id, first, last):
    return KnownFailure(
        claim_id,
        "state lost",
        "evidence",
        exact=True,
        backend=compat.BACKEND,
        versions=(VersionRange("keras", first, last),),
    )


def test_the_plugin_applies_the_ranges(pytester, tmp_path, monkeypatch):
    """One run, two known failures that a passing test meets: inside its range the pass is an
    XPASS(strict), a failure of the run; past its range the pass is reported as fixed."""
    # inside: every Keras 2 and 3; past: a range below any Keras this project runs on
    monkeypatch.setattr(
        known_failures,
        "KNOWN_FAILURES",
        (_entry("S.call-carries-state", "1.0", "99.0"), _entry("S.reset-zeroes-state", "0.1", "0.2")),
    )
    pytester.makepyfile(test_suite=SUITE)
    out = tmp_path / "report.json"
    handler = signal.getsignal(signal.SIGINT)  # the nested run installs the plugin's second-Ctrl-C handler
    try:
        result = pytester.runpytest_inprocess("-p", "no:xdist", "-p", "no:cacheprovider", f"--claims-report={out}")
    finally:
        signal.signal(signal.SIGINT, handler)
    result.assert_outcomes(failed=1, passed=1)
    report = json.loads(out.read_text(encoding="utf-8"))
    assert validate(report) == []
    inside, past = report["claims"]["S.call-carries-state"], report["claims"]["S.reset-zeroes-state"]
    assert (inside["status"], past["status"]) == ("fails", "fixed")
    assert inside["known_failure"].startswith("S.call-carries-state fails on")
    assert past["known_failure"].startswith("fixed in keras ")
    assert cell(inside).startswith("❌") and cell(past).startswith("🆕 fixed")
