"""The run's verdict on a trained claim: binomial arithmetic, critical counts, rates, known failures."""

from __future__ import annotations

import itertools
import math
from fractions import Fraction

import pytest

from lstm_behaviour.spec.claims import ARTICLE_CLAIMS
from lstm_behaviour.spec.known_failures import KnownFailure, VersionRange
from lstm_behaviour.stats.binomial import (
    binomial_cdf,
    binomial_sf,
    critical_count,
    fixed_count,
    lower_confidence_bound,
    upper_confidence_bound,
)
from lstm_behaviour.stats.thresholds import stated_rate
from lstm_behaviour.stats.verdicts import decide

ALPHA = ARTICLE_CLAIMS["qiita"][0].alpha  # the Qiita article's claims: 1% over its 21 trained claims


def _exact_cdf(k, n, p):
    """P(X <= k) by enumerating every outcome of n seeds, in exact fractions."""
    p = Fraction(p)
    total = Fraction(0)
    for outcome in itertools.product((0, 1), repeat=n):
        if sum(outcome) <= k:
            prob = Fraction(1)
            for held in outcome:
                prob *= p if held else 1 - p
            total += prob
    return float(total)


@pytest.mark.parametrize("n", [1, 3, 8])
@pytest.mark.parametrize("p", [0.0, 0.3, 0.85, 0.97, 1.0])
def test_binomial_cdf_equals_enumeration(n, p):
    for k in range(-1, n + 1):
        assert binomial_cdf(k, n, p) == pytest.approx(_exact_cdf(k, n, p), abs=1e-12), (k, n, p)
        assert binomial_sf(k, n, p) == pytest.approx(1 - _exact_cdf(k - 1, n, p), abs=1e-12), (k, n, p)


@pytest.mark.parametrize("n", [3, 20, 50, 100, 400])
@pytest.mark.parametrize("rate", [0.5, 0.8, 0.85, 0.9, 0.94, 0.95, 0.97, 0.99])
def test_critical_count_is_the_largest_count_at_most_alpha(n, rate):
    c = critical_count(n, rate, ALPHA)
    assert binomial_cdf(c, n, rate) <= ALPHA, f"P(k <= {c}) must be at most {ALPHA} for n={n}, rate={rate}"
    assert c + 1 >= n or binomial_cdf(c + 1, n, rate) > ALPHA, f"c={c} is not the largest for n={n}, rate={rate}"


def test_documented_critical_counts():
    """docs/calibration.md's examples at the per-claim alpha (1%/21): 3 seeds at 97% fail only at 0;
    100 seeds at 89 or fewer; at a per-claim 1% (before the family-wise split), at 1 and 91."""
    assert ALPHA == pytest.approx(0.01 / 21)
    assert critical_count(3, 0.97, ALPHA) == 0 and critical_count(3, 0.97, alpha=0.01) == 1
    assert critical_count(3, 0.94, alpha=0.01) == 0  # below 94.2% three seeds fail only when all three fail
    assert critical_count(100, 0.97, ALPHA) == 89 and critical_count(100, 0.97, alpha=0.01) == 91
    assert critical_count(3, 1.0, ALPHA) == 2 and critical_count(100, 1.0, ALPHA) == 99  # every seed: one failure fails
    assert critical_count(3, 0.91, ALPHA) == -1 and critical_count(3, 0.7, alpha=0.01) == -1  # nothing that unlikely


def test_a_correct_setup_fails_a_claim_at_most_alpha():
    """Over every outcome of 3 and 10 seeds at the stated rate, the failing ones weigh at most 1%."""
    for n, rate in ((3, 0.97), (3, 0.85), (10, 0.9), (10, 0.97)):
        c = critical_count(n, rate, ALPHA)
        assert _exact_cdf(c, n, rate) <= ALPHA


def test_confidence_bounds():
    assert lower_confidence_bound(100, 100) == pytest.approx(0.05 ** (1 / 100), abs=1e-9)
    assert upper_confidence_bound(0, 100) == pytest.approx(1 - 0.05 ** (1 / 100), abs=1e-9)
    assert lower_confidence_bound(0, 10) == 0.0 and upper_confidence_bound(10, 10) == 1.0
    low = lower_confidence_bound(85, 100)
    assert binomial_sf(85, 100, low) == pytest.approx(0.05, abs=1e-9)
    assert low < 0.85 < upper_confidence_bound(85, 100)


def test_stated_rate_is_the_lowest_bound_over_setups_rounded_down():
    assert stated_rate([(100, 100)]) == 0.97
    assert stated_rate([(100, 100), (85, 100)]) == 0.77  # 0.778 rounded down
    with pytest.raises(ValueError, match="at least one calibrated setup"):
        stated_rate([])


def test_decide_counts_held_seeds_and_names_the_failures():
    verdict = decide("E9.x", 0.99, {0: (True, ""), 1: (False, "too low"), 2: (True, "")}, alpha=ALPHA)
    assert verdict.held == (0, 2) and verdict.critical == 1 and verdict.holds and verdict.passes
    assert "held on 2/3 seeds" in verdict.message() and "seed 1: too low" in verdict.message()
    worse = decide("E9.x", 0.99, {0: (True, ""), 1: (False, "a"), 2: (False, "b")}, alpha=ALPHA)
    assert not worse.holds and "a run of 3 fails it at 1 or fewer" in worse.message()
    every = decide("E9.x", 1.0, {0: (True, ""), 1: (False, "a"), 2: (True, "")}, alpha=ALPHA)
    assert not every.holds, "a claim stated for every seed fails on any failing seed"
    assert not decide("E9.x", 0.97, {}, alpha=ALPHA).holds, "no seeds: nothing holds"


def test_known_failure_is_fixed_only_when_the_run_rejects_its_rate():
    rate = upper_confidence_bound(0, 100)  # held on 0 of 100 seeds
    assert fixed_count(3, rate, ALPHA) == 3 and fixed_count(3, rate, alpha=0.01) == 2
    confirmed = decide("E9.x", 0.97, {0: (False, "a"), 1: (True, ""), 2: (True, "")}, expected_rate=rate, alpha=ALPHA)
    assert not confirmed.fixed and not confirmed.passes, "2 of 3 is what the known failure allows at 1%/21"
    fixed = decide("E9.x", 0.97, {0: (True, ""), 1: (True, ""), 2: (True, "")}, expected_rate=rate, alpha=ALPHA)
    assert fixed.fixed and fixed.passes and "fixed when it holds on 3 or more" in fixed.message()
    half = upper_confidence_bound(1, 3)
    assert fixed_count(3, half, ALPHA) == 4, "3 seeds cannot show a failure that holds on half the seeds fixed"


def test_known_failure_matches_its_setup_only():
    failure = KnownFailure(
        "E1.stateful-learns-order",
        "lost state",
        held=0,
        seeds=3,
        evidence="x",
        backend="jax",
        versions=(VersionRange("keras", "3.14", "3.15.1"),),
    )
    assert failure.matches("E1.stateful-learns-order", {"backend": "jax", "keras": "3.15.1"})
    assert not failure.matches("E1.stateful-learns-order", {"backend": "jax", "keras": "3.16.0.dev2026102704"})
    assert not failure.matches("E1.stateful-learns-order", {"backend": "tensorflow", "keras": "3.15.1"})
    assert not failure.matches("E1.stateful-reverse-fails", {"backend": "jax", "keras": "3.15.1"})
    assert "jax backend, keras 3.14–3.15.1" in failure.xfail_reason()
    with pytest.raises(ValueError, match="a version range must go up"):
        VersionRange("keras", "3.16", "3.15")
    with pytest.raises(ValueError, match="held <= seeds"):
        KnownFailure("E1.x", "r", held=4, seeds=3, evidence="x")


@pytest.mark.parametrize(("n", "p"), [(3, 0.0), (3, 1.0), (5, 0.3), (200, 0.5), (200, 0.99), (400, 0.97)])
def test_probabilities_stay_in_zero_one_and_ends_are_exact(n, p):
    for k in range(-1, n + 2):
        cdf, sf = binomial_cdf(k, n, p), binomial_sf(k, n, p)
        assert 0.0 <= cdf <= 1.0 and 0.0 <= sf <= 1.0, (k, n, p, cdf, sf)
    assert binomial_cdf(n, n, p) == 1.0 and binomial_cdf(-1, n, p) == 0.0
    assert binomial_sf(0, n, p) == 1.0 and binomial_sf(n + 1, n, p) == 0.0


def test_confidence_bounds_at_the_edges():
    assert lower_confidence_bound(1, 1) == pytest.approx(0.05, abs=1e-12)
    assert 0.0 < lower_confidence_bound(1, 10) < 0.1
    assert upper_confidence_bound(0, 1) == pytest.approx(0.95, abs=1e-12)
    assert upper_confidence_bound(3, 3) == 1.0 and upper_confidence_bound(0, 0) == 1.0
    assert lower_confidence_bound(3, 0) == 0.0


def test_critical_and_fixed_counts_at_the_extremes():
    assert critical_count(3, 0.9999, ALPHA) == 2, "a rate near 1: two failures of three are already too many"
    assert fixed_count(3, 0.0, ALPHA) == 1, "an exact failure: one seed that holds shows it fixed"
    assert fixed_count(3, 0.0001, ALPHA) == 1
    assert fixed_count(3, upper_confidence_bound(1, 3), ALPHA) == 4, "3 seeds cannot reject a rate of 86%"
    assert fixed_count(100, 0.3, ALPHA) == 47 and fixed_count(100, 0.3, alpha=0.01) == 42


def test_verdict_record_and_summaries():
    every = decide("E9.x", 1.0, {0: (True, ""), 1: (True, "")}, alpha=ALPHA)
    assert every.record() == {
        "seeds": [0, 1],
        "held": [0, 1],
        "rate": 1.0,
        "critical": 1,
        "expected_rate": None,
        "decision": {"rule": "fixed", "alpha": ALPHA, "power": 0.75},
    }
    assert every.summary() == "held on 2/2 seeds (claimed: every seed; a run of 2 fails it at 1 or fewer)"
    some = decide("E9.x", 0.97, {0: (False, "low")}, alpha=ALPHA)
    assert some.summary() == (
        "held on 0/1 seeds (claimed: at least 97% of seeds; no result of 1 seeds is unlikely enough at 0.048% "
        "to fail it: run more seeds)"
    )
    assert some.holds, "one seed cannot fail a claim stated for 97% of seeds"
    zero = decide("E9.x", 0.96, {0: (True, ""), 1: (True, ""), 2: (False, "x")}, alpha=ALPHA)
    assert "a run of 3 fails it at 0 or fewer" in zero.summary()
    known = decide("E9.x", 0.97, {0: (False, "a")}, expected_rate=0.5, alpha=ALPHA)
    assert known.message() == (
        "E9.x: held on 0/1 seeds (claimed: at least 97% of seeds; no result of 1 seeds is unlikely enough at "
        "0.048% to fail it: run more seeds); a known failure here (holds on at most 50% of seeds): 1 seeds "
        "cannot show it fixed at 0.048%\n  seed 0: a"
    )
    assert (
        decide("E9.x", 0.97, {0: (False, "a")}, expected_rate=0.0, alpha=ALPHA)
        .message()
        .endswith("fixed when it holds on 1 or more\n  seed 0: a")
    )


def test_upper_bound_of_all_seeds_held_is_exactly_one():
    assert upper_confidence_bound(5, 5) == 1.0
    assert upper_confidence_bound(0, 0) == 1.0


def test_fixed_count_edges():
    assert fixed_count(0, 0.3, ALPHA) == 1, "no seeds: nothing can show it fixed"
    assert fixed_count(3, 0.0, ALPHA) == 1, "a failure that never holds is fixed by one seed"


def test_failure_message_lists_each_failed_seed_on_its_own_line():
    v = decide("X.y", 1.0, {0: (False, "a"), 1: (False, "b"), 2: (True, "")}, alpha=ALPHA)
    assert v.message().endswith("\n  seed 0: a\n  seed 1: b")


def test_binomial_arguments_are_checked():
    with pytest.raises(ValueError, match=r"^k and n must be integers with n >= 0; got k=1\.5, n=3$"):
        binomial_cdf(1.5, 3, 0.5)
    with pytest.raises(ValueError, match=r"^k and n must be integers with n >= 0; got k=0, n=-1$"):
        binomial_cdf(0, -1, 0.5)
    with pytest.raises(ValueError, match=r"^p must be a probability in \[0, 1\]; got 1\.5$"):
        binomial_cdf(0, 3, 1.5)


def test_pmf_at_the_certain_ends_is_one():
    from lstm_behaviour.stats.binomial import _pmf

    assert (_pmf(0, 3, 0.0), _pmf(1, 3, 0.0), _pmf(3, 3, 1.0), _pmf(2, 3, 1.0)) == (1.0, 0.0, 1.0, 0.0)


def test_no_seeds_have_no_critical_count():
    assert critical_count(0, 0.5, ALPHA) == -1


def test_probabilities_never_exceed_one_where_the_terms_round_up():
    assert math.fsum(_pmf_terms(8, 10, 0.01)) > 1.0, "the rounding this guards against"
    assert binomial_cdf(8, 10, 0.01) == 1.0


def _pmf_terms(k, n, p):
    from lstm_behaviour.stats.binomial import _pmf

    return [_pmf(i, n, p) for i in range(k + 1)]


def test_a_run_without_seeds_records_no_decision():
    assert decide("X.y", 0.9, {}, alpha=ALPHA).record()["decision"] is None


def test_a_fixed_seed_decision_states_its_power_to_six_places_and_none_for_a_known_failure():
    """By hand: at rate 0.96 over 3 seeds, holding on none has probability 0.04^3 = 6.4e-5, within
    the per-claim alpha 0.01/21 = 4.76e-4, and on at most one 6.4e-5 + 3 * 0.96 * 0.04^2 = 4.67e-3,
    past it: the critical count is 0. A break to one half holds on none with probability 1/8.
    At rate 0.9 even none (0.1^3 = 1e-3) is past alpha: no count, power 0."""
    outcomes = {0: (True, ""), 1: (True, ""), 2: (False, "no")}
    assert decide("X.y", 0.96, outcomes, alpha=ALPHA).decision()["power"] == 0.125
    assert decide("X.y", 0.9, outcomes, alpha=ALPHA).decision()["power"] == 0.0
    assert decide("X.y", 0.9, outcomes, expected_rate=0.03, alpha=ALPHA).decision()["power"] is None


def test_a_sequential_known_failure_says_so_after_its_decision():
    verdict = decide("X.y", 0.96, {0: (False, "no")}, expected_rate=0.03, sequential=True, alpha=ALPHA)
    assert verdict.message() == (
        f"X.y: {verdict.summary()}; a known failure here (holds on at most 3% of seeds)\n  seed 0: no"
    )


def test_a_sequential_run_may_start_at_any_seed_that_leaves_room_for_its_cap():
    from lstm_behaviour.stats.seeds import MAX_SEED, MAX_SEEDS, auto_start

    last = MAX_SEED - MAX_SEEDS
    assert auto_start(f"auto:{last}") == last
    with pytest.raises(ValueError, match=f"from 0 to {last}, got {last + 1}$"):
        auto_start(f"auto:{last + 1}")
