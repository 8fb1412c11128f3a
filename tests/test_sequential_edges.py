"""Edges of the sequential test's arithmetic, each value worked by hand: the log-likelihood ratio
where a rate is 0 or 1 (torch's known failures hold on a share 0), a design's own consistency
checks, the fixed run's power at a stated alpha, and the timing rule at two rounds and at its cap."""

from __future__ import annotations

import itertools
import math

import pytest

from lstm_behaviour.spec.claims import ARTICLE_CLAIMS
from lstm_behaviour.stats import sequential, timing
from lstm_behaviour.stats.seeds import SeedPlan

ALPHA = ARTICLE_CLAIMS["qiita"][0].alpha  # the Qiita article's claims: 1% over its 21 trained claims


@pytest.mark.parametrize(
    ("n", "k", "p_hi", "p_lo", "want"),
    [
        (2, 1, 0.5, 0.25, math.log(0.25 / 0.5) + math.log(0.75 / 0.5)),  # both rates inside (0, 1)
        (3, 1, 0.96, 0.0, -math.inf),  # a held seed is impossible under p_lo = 0
        (3, 0, 0.96, 0.0, 3 * math.log(1 / 0.04)),  # three fails: (1 - 0) / (1 - 0.96) each
        (2, 1, 1.0, 0.5, math.inf),  # a failed seed is impossible under p_hi = 1
        (2, 0, 1.0, 0.0, math.inf),  # p_lo = 0, p_hi = 1, no held seed: impossible under p_hi only
        (2, 2, 1.0, 0.0, -math.inf),  # every seed held: impossible under p_lo only
    ],
)
def test_log_likelihood_ratio_with_rates_of_zero_and_one(n, k, p_hi, p_lo, want):
    got = sequential._llr(n, k, p_hi, p_lo)
    assert got == want if math.isinf(want) else got == pytest.approx(want, rel=1e-12)


def test_a_design_checks_its_boundaries():
    args = {"p_hi": 0.9, "p_lo": 0.5, "err_hi": 0.05, "err_lo": 0.05, "cap": 2}
    sequential.Design(**args, fail_at=(-1, 1), hold_at=(2, 2))  # meets at the cap: 1 + 1 == 2
    for fail_at, hold_at in (((0,), (2, 2)), ((-1, 1), (2,))):
        with pytest.raises(ValueError) as error:
            sequential.Design(**args, fail_at=fail_at, hold_at=hold_at)
        assert str(error.value) == "a design needs one boundary pair per seed up to its cap 2"
    with pytest.raises(ValueError) as error:
        sequential.Design(**args, fail_at=(-1, 0), hold_at=(2, 2))
    assert str(error.value) == "a design decides at its cap: the boundaries must meet there"


def test_fixed_power_at_a_stated_alpha():
    """Four seeds, a claim at rate 1/2, alpha 0.1: P(0 of 4 | 1/2) = 1/16 <= 0.1 < P(<= 1) = 5/16,
    so the critical count is 0; the broken rate is 1/4 and P(0 of 4 | 1/4) = (3/4)^4 = 81/256.
    At the default alpha (0.05 over the family) no count is critical: power 0."""
    assert sequential.fixed_power(4, 0.5, alpha=0.1) == pytest.approx(81 / 256, rel=1e-12)
    assert sequential.fixed_power(4, 0.5, ALPHA) == 0.0


def test_two_rounds_detect_a_finite_slowdown():
    """At two rounds the interval has one degree of freedom: t(0.975, 1) = 12.7062 and
    t(0.8, 1) = 1.3764 (published tables), so a spread of 0.1 detects expm1(14.0826 * 0.1 / sqrt 2)
    = 1.7068 (a 171% slowdown); one round detects nothing."""
    assert timing.detectable(0.1, 2, 1, alpha=0.05) == pytest.approx(1.7068, rel=1e-3)
    assert timing.detectable(0.1, 1, 1) == math.inf


def test_rounds_needed_counts_its_cap():
    n = timing.rounds_needed(1.15, 0.2, 13)
    assert n is not None and n > timing.MIN_ROUNDS
    assert timing.rounds_needed(1.15, 0.2, 13, cap=n) == n  # the cap itself is tried
    assert timing.rounds_needed(1.15, 0.2, 13, cap=n - 1) is None


def test_a_run_stops_where_its_boundaries_say_and_says_why():
    """A hand-made design of three seeds: after one, a held seed decides "holds" (boundary 1);
    after two, two held do; at the cap the fail count 1 and the hold count 2 meet."""
    d = sequential.Design(p_hi=0.9, p_lo=0.5, err_hi=0.05, err_lo=0.05, cap=3, fail_at=(-1, -1, 1), hold_at=(1, 2, 2))
    assert d.run([True]) == sequential.Stop("holds", 1, 1, "held on 1 of 1: at or above the hold boundary 1")
    assert d.run([False]) == sequential.Stop(None, 1, 0, "undecided after 1 seeds (0 held)")
    assert d.run([False, False, False, True]) == sequential.Stop(
        "fails", 3, 0, "held on 0 of 3 at the cap: at or below the cap's fail count 1"
    )
    assert d.run([False, True, True]) == sequential.Stop(
        "holds", 3, 2, "held on 2 of 3 at the cap: above the cap's fail count 1"
    )


@pytest.mark.parametrize(
    ("nxt_hi", "early_hi", "f", "h", "want"),
    [
        ([0.01, 0.02, 0.97], 0.0, -1, 3, 1),  # 0.01 + 0.02 <= 0.05 < 1.0: fail at one held or none
        ([0.5, 0.5], 0.0, -1, 2, -1),  # even none held would spend 0.5: only "fail at k <= -1"
        ([0.5, 0.5], 0.06, -1, 2, None),  # the boundaries before the cap spent more than 0.05
        ([0.5, 0.5], 0.05 * sequential._SLACK, -1, 2, -1),  # spent exactly the target: allowed
        ([0.0, 0.01, 0.99], 0.0, 0, 3, 1),  # from the fail boundary 0 up
    ],
)
def test_the_cap_count_is_the_largest_within_the_false_alarm_target(nxt_hi, early_hi, f, h, want):
    assert sequential._cap_count(nxt_hi, early_hi, 0.05, f, h) == want


@pytest.mark.parametrize(
    ("seeds", "text"),
    [
        ([0, 1, 2], "0-2"),
        ([5, 6, 7, 8], "5-8"),
        ([0, 1], "0,1"),
        ([3], "3"),
        ([0, 2, 3], "0,2,3"),
        ([0, 1, 3], "0,1,3"),
    ],
)
def test_seeds_read_as_a_range_from_three_in_a_row(seeds, text):
    from lstm_behaviour.stats.seeds import seed_range

    assert seed_range(seeds) == text


@pytest.mark.parametrize(
    ("text", "plan", "recorded", "shown"),
    [
        ("0-2", SeedPlan(fixed=(0, 1, 2)), [0, 1, 2], "0-2"),
        ("3, 0", SeedPlan(fixed=(0, 3)), [0, 3], "0,3"),
        ("auto", SeedPlan(start=0), "auto", "auto"),
        ("auto:100", SeedPlan(start=100), "auto:100", "auto:100"),
    ],
)
def test_a_seed_plan_is_parsed_once_and_written_one_way(text, plan, recorded, shown):
    parsed = SeedPlan.parse(text)
    assert parsed == plan and parsed.report_value() == recorded and str(parsed) == shown
    assert SeedPlan.from_report(recorded) == plan, "what a report records gives the plan back"
    first = list(itertools.islice(parsed.seeds(), 4))
    assert first == (
        [100, 101, 102, 103] if text == "auto:100" else [0, 1, 2, 3] if text == "auto" else list(plan.fixed)
    )
    assert parsed.sequential is isinstance(recorded, str)
