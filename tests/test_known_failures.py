"""Known failures keyed by setup and version range: inside the range a strict xfail, past it a pass
reported as "fixed", elsewhere the claim is expected to hold."""

from __future__ import annotations

import dataclasses
import json
import signal

import pytest

from lstm_behaviour.engine import compat  # loaded before pytester's module snapshots
from lstm_behaviour.reports.claims_report import validate
from lstm_behaviour.reports.results_md import cell
from lstm_behaviour.spec import known_failures
from lstm_behaviour.spec.known_failures import KnownFailure, VersionRange, expected_failure, newer_failure
from lstm_behaviour.spec.setups import is_candidate

JAX = {"backend": "jax", "keras": "3.15.1", "keras_major": 3, "variant": None}
NIGHTLY = {**JAX, "keras": "3.16.0.dev2026102704"}
TF = {"backend": "tensorflow", "keras": "3.15.1", "keras_major": 3, "tensorflow": "2.21.0", "onednn": False}
ENTRY = KnownFailure(
    "S.call-carries-state",
    "state lost",
    "evidence",
    always=True,
    backend="jax",
    versions=(VersionRange("keras", "3.14.0", "3.15.1"),),
)

#: on a Keras built with a candidate patch no known failure applies (it runs plainly; what it
#: fixes reads "fixed"), so the tests of the ranges in the environment in use run on releases
CANDIDATE = is_candidate(dataclasses.asdict(compat.versions()))
ON_CANDIDATE = "a candidate patch build applies no known failure: the ranges are tested on released builds"


@pytest.fixture
def one_failure(monkeypatch):
    monkeypatch.setattr(known_failures, "all_known_failures", lambda: (ENTRY,))


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
        always=True,
        backend=compat.BACKEND,
        versions=(VersionRange("keras", first, last),),
    )


@pytest.mark.skipif(CANDIDATE, reason=ON_CANDIDATE)
def test_the_plugin_applies_the_ranges(nested_pytest, pytester, tmp_path, monkeypatch):
    """One run, two known failures that a passing test meets: inside its range the pass is an
    XPASS(strict), a failure of the run; past its range the pass is reported as fixed."""
    # inside: every Keras 2 and 3; past: a range below any Keras this project runs on
    entries = (_entry("S.call-carries-state", "1.0", "99.0"), _entry("S.reset-zeroes-state", "0.1", "0.2"))
    monkeypatch.setattr(known_failures, "all_known_failures", lambda: entries)
    pytester.makepyfile(test_suite=SUITE)
    out = tmp_path / "report.json"
    handler = signal.getsignal(signal.SIGINT)  # the nested run installs the plugin's second-Ctrl-C handler
    try:
        result = nested_pytest(f"--claims-report={out}")
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


def test_version_ranges_include_both_ends_and_may_be_open():
    one = VersionRange("keras", "3.1.0", "3.1.0")
    assert one.contains("3.1.0") and not one.newer("3.1.0") and one.newer("3.1.1")
    assert one.describe() == "keras 3.1.0"
    assert VersionRange("keras", "3.1.0", "3.2.0").describe() == "keras 3.1.0–3.2.0"
    up = VersionRange("keras", "3.1.0")
    assert up.describe() == "keras >= 3.1.0" and up.contains("3.1.0") and not up.newer("9.0")
    assert VersionRange("keras", None, "3.2.0").describe() == "keras <= 3.2.0"
    with pytest.raises(ValueError, match=r"^a version range must go up, got 3\.2\.0 to 3\.1\.0$"):
        VersionRange("keras", "3.2.0", "3.1.0")


def test_known_failure_evidence_must_count_seeds():
    assert KnownFailure("X.y", "r", "e", held=5, seeds=5).rate == 1.0
    assert KnownFailure("X.y", "r", "e", held=0, seeds=1).seeds == 1
    with pytest.raises(ValueError, match=r"^X\.y: a failure on every seed \(always\) has no seed counts, got 1/0$"):
        KnownFailure("X.y", "r", "e", held=1, always=True)
    with pytest.raises(ValueError, match=r"^X\.y: evidence must be held <= seeds with seeds >= 1, got 0/0$"):
        KnownFailure("X.y", "r", "e")


def test_where_and_xfail_reason_name_the_setup():
    bare = KnownFailure("X.y", "seen", "file.json", held=1, seeds=10)
    assert bare.where() == "every setup"
    assert bare.xfail_reason() == "X.y fails on every setup: seen (held on 1/10 seeds; file.json)"
    full = KnownFailure(
        "X.y", "seen", "file.json", "a cause", always=True, keras_major=2, onednn=True, variants=("no-cudnn", None)
    )
    assert full.where() == "Keras 2, oneDNN on, variant no-cudnn or none"
    assert full.xfail_reason() == (
        "X.y fails on Keras 2, oneDNN on, variant no-cudnn or none: seen "
        "(fails on every seed and run; file.json; cause in docs/findings.md)"
    )
    assert (
        KnownFailure("X.y", "s", "e", always=True, onednn=False, variants=(None,)).where() == "oneDNN off, no variant"
    )


def test_an_entry_matches_only_its_keras_major_onednn_mode_and_variant():
    entry = KnownFailure("X.y", "s", "e", always=True, keras_major=2, onednn=True, variants=("no-cudnn",))
    setup = {"backend": "tensorflow", "keras_major": 2, "onednn": True, "variant": "no-cudnn"}
    assert entry.matches("X.y", setup)
    for other in ({"keras_major": 3}, {"onednn": False}, {"variant": None}):
        assert not entry.matches("X.y", {**setup, **other}), other
    plain = KnownFailure("X.y", "s", "e", always=True, variants=(None,))
    assert plain.matches("X.y", {"variant": ""}) and not plain.matches("X.y", {"variant": "no-cudnn"})


def test_newer_needs_the_same_claim_every_package_and_no_range_below_its_first():
    two = KnownFailure(
        "X.y",
        "s",
        "e",
        always=True,
        versions=(VersionRange("keras", "3.1.0", "3.2.0"), VersionRange("tensorflow", None, "2.20.0")),
    )
    past = {"keras": "3.1.0", "tensorflow": "2.21.0"}
    assert two.newer("X.y", past) == "tensorflow 2.21.0"
    assert two.newer("X.z", past) is None
    assert two.newer("X.y", {"tensorflow": "2.21.0"}) is None, "no keras version: not comparable"
    assert two.newer("X.y", {**past, "keras": "3.0.0"}) is None, "below the first keras: not past the range"
    assert two.newer("X.y", {**past, "tensorflow": "2.19.0"}) is None


def test_current_versions_are_read_only_for_a_claim_with_a_known_failure(one_failure):
    assert known_failures._current("S.call-carries-state", None)["backend"] == compat.BACKEND
    assert known_failures._current("S.reset-zeroes-state", None) is None
    assert known_failures._current("S.call-carries-state", JAX) is JAX


@pytest.mark.skipif(CANDIDATE, reason=ON_CANDIDATE)
def test_a_newer_failure_is_reported_only_where_no_entry_matches(monkeypatch):
    inside = KnownFailure("X.y", "s", "e", always=True, backend="jax", versions=(VersionRange("keras", "3.14.0"),))
    older = KnownFailure("X.y", "s", "e", always=True, backend="jax", versions=(VersionRange("keras", None, "3.10.0"),))
    monkeypatch.setattr(known_failures, "all_known_failures", lambda: (inside, older))
    assert newer_failure("X.y", JAX) is None, "the matching entry wins over an older one"
    monkeypatch.setattr(known_failures, "all_known_failures", lambda: (older,))
    assert newer_failure("X.y", JAX) == (older, "keras 3.15.1")
    here = dict(dataclasses.asdict(compat.versions()))
    mine = KnownFailure(
        "X.y", "s", "e", always=True, backend=here["backend"], versions=(VersionRange("keras", None, "0.1"),)
    )
    monkeypatch.setattr(known_failures, "all_known_failures", lambda: (mine,))
    assert newer_failure("X.y") == (mine, f"keras {here['keras']}"), "without versions: the setup in use"


def test_a_malformed_version_is_named():
    from lstm_behaviour.spec.known_failures import parse_version

    with pytest.raises(ValueError, match=r"^a version must look like 2\.21\.0 or 3\.16\.0\.dev2026102704, got 'x'$"):
        parse_version("x")


def test_an_entry_for_some_layers_applies_to_their_tests_alone(monkeypatch):
    """A layer's test matches the entries that name its layer or no layer; a test without a layer
    matches every entry of its claim."""
    gru = KnownFailure("S.call-carries-state", "gru only", "evidence", always=True, backend="jax", layers=("GRU",))
    monkeypatch.setattr(known_failures, "all_known_failures", lambda: (gru,))
    assert gru.matches("S.call-carries-state", JAX, "GRU")
    assert not gru.matches("S.call-carries-state", JAX, "LSTM")
    assert gru.matches("S.call-carries-state", JAX)
    assert ENTRY.matches("S.call-carries-state", JAX, "LSTM"), "an entry without layers covers every layer"
    assert expected_failure("S.call-carries-state", JAX, "GRU") is gru
    assert expected_failure("S.call-carries-state", JAX, "LSTM") is None


RAISING_SUITE = """
import pytest


@pytest.mark.claim("S.call-carries-state")
def test_the_findings_own_error(claim):
    raise {own}("the finding")


@pytest.mark.claim("S.reset-zeroes-state")
def test_an_unrelated_crash(claim):
    raise TypeError("a bug in the suite, not the finding")
"""


@pytest.mark.skipif(CANDIDATE, reason=ON_CANDIDATE)
@pytest.mark.parametrize("raises", ["AssertionError", "RuntimeError"])
def test_a_known_failure_accepts_only_its_own_exception(nested_pytest, pytester, monkeypatch, raises):
    """Under a known failure, the exception the finding produces is the expected failure; a planted
    unrelated TypeError fails the run instead of passing as the finding."""
    entries = tuple(
        dataclasses.replace(_entry(c, "1.0", "99.0"), raises=(raises,))
        for c in ("S.call-carries-state", "S.reset-zeroes-state")
    )
    monkeypatch.setattr(known_failures, "all_known_failures", lambda: entries)
    pytester.makepyfile(test_suite=RAISING_SUITE.format(own=raises))
    handler = signal.getsignal(signal.SIGINT)
    try:
        result = nested_pytest()
    finally:
        signal.signal(signal.SIGINT, handler)
    result.assert_outcomes(xfailed=1, failed=1)
    assert "TypeError: a bug in the suite" in result.stdout.str()


def test_a_known_failure_names_an_exception_it_can_raise():
    with pytest.raises(ValueError, match=r"must name some of AssertionError, RuntimeError, got \('TypeError',\)"):
        dataclasses.replace(ENTRY, raises=("TypeError",))
    with pytest.raises(ValueError, match="raises must name some of"):
        dataclasses.replace(ENTRY, raises="AssertionError")
    both = dataclasses.replace(ENTRY, raises=("RuntimeError", "AssertionError"))  # all it may name, at once
    assert set(both.raises) == {"AssertionError", "RuntimeError"}
    torch = {(f.claim, f.layers): f.raises for f in known_failures.all_known_failures() if f.backend == "torch"}
    assert {r for (claim_id, _), r in torch.items() if claim_id.startswith("E")} == {("RuntimeError",)}  # training
    # a state-mechanics claim: its test trains (RuntimeError) or asserts a check's outcome that names it
    checks = {r for (claim_id, _), r in torch.items() if claim_id.startswith("S.")}
    assert checks == {("RuntimeError", "AssertionError")}
    assert {f.raises for f in known_failures.all_known_failures() if f.backend == "jax"} == {("AssertionError",)}


def test_a_candidate_patch_runs_plainly_and_reads_fixed_where_its_release_fails():
    """A Keras built with a candidate patch (a local version label, 3.15.1+rnn.state) gets no
    strict xfail: where the release it patches has a known failure, a claim that holds reads
    "fixed in keras 3.15.1+rnn.state"; the release itself keeps its known failure."""
    from lstm_behaviour.spec.known_failures import expected_failure, newer_failure

    release = {
        "python": "3.11.7", "tensorflow": None, "keras": "3.15.1", "keras_major": 3, "backend": "jax",
        "backend_version": "0.10.2", "onednn": None, "variant": None,
    }  # fmt: skip
    patched = {**release, "keras": "3.15.1+rnn.state"}
    assert expected_failure("S.predict-carries-state", release) is not None
    assert newer_failure("S.predict-carries-state", release) is None
    assert expected_failure("S.predict-carries-state", patched) is None
    failure, version = newer_failure("S.predict-carries-state", patched)
    assert version == "keras 3.15.1+rnn.state" and failure.backend == "jax"
    assert newer_failure("S.call-carries-state", patched) is None  # no known failure of its release
    assert expected_failure("S.predict-carries-state", {**patched, "keras": "3.17.0"}) is None
