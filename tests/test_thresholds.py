"""The calibration rule by hand: each bound kind from the article's value and the seeds, its limits."""

from __future__ import annotations

import pytest

from lstm_behaviour.spec.claims import Bound
from lstm_behaviour.stats.thresholds import (
    DROP_FLOOR,
    FAIL_CAP,
    LEARN_FLOOR,
    SAME_CAP,
    TAIL,
    _critical_line,
    bound_value,
    high_value,
    low_value,
    policy_value,
    stated_rate,
)

W = 25  # experiment 1's grid: one window is 1/25


@pytest.mark.parametrize(
    ("kind", "article", "measured", "expected"),
    [
        ("at_least", 0.68, [1.0, 0.96], 16),  # the article is lower: 17 windows less one
        ("at_least", 0.96, [0.80, 1.0], 19),  # a seed is lower: 20 less one
        ("at_least", 0.60, [0.40], 13),  # never under half the windows (12.5 -> 13)
        ("at_most", 0.04, [0.04, 0.0], 2),  # the higher, plus one window
        ("at_most", 0.04, [0.12], 4),
        ("at_most", 0.04, [0.60], 6),  # never over a quarter (6.25 -> 6)
        ("within", 0.04, [0.0, 0.16], 5),
        ("within", 0.0, [0.40], 5),  # never over a fifth
        ("below", 0.56, [0.52, 0.72], 12),  # the smaller drop, less one window
        ("below", 0.56, [0.08], 7),  # never under a quarter (6.25 -> 7)
    ],
)
def test_policy_value_by_hand(kind, article, measured, expected):
    assert policy_value(kind, article, measured, W) == pytest.approx(expected / W)


def test_the_tail_a_bound_may_leave_out():
    """With 19 seeds the ends are the minimum and the maximum; from 20 seeds one seed per 20 may
    lie past each end, so a single outlier no longer moves the bound."""
    assert TAIL == 0.05
    nineteen = [0.2] + [0.9] * 17 + [1.0]
    assert (low_value(nineteen), high_value(nineteen)) == (0.2, 1.0)
    twenty = [*nineteen, 0.9]
    assert (low_value(twenty), high_value(twenty)) == (0.9, 0.9)
    forty = [0.1, 0.2] + [0.9] * 36 + [0.95, 1.0]
    assert (low_value(forty), high_value(forty)) == (0.9, 0.9)
    assert low_value(forty[1:]) == 0.9 and low_value([0.1, 0.2, 0.3] + [0.9] * 36) == 0.2
    assert policy_value("at_least", 1.0, twenty, W) == pytest.approx(21 / W), "the outlier at 0.2 is left out"
    assert policy_value("at_least", 1.0, nineteen, W) == pytest.approx(13 / W), "with 19 seeds it counts: the floor"


def test_the_limits():
    assert (LEARN_FLOOR, FAIL_CAP, SAME_CAP, DROP_FLOOR) == (0.5, 0.25, 0.2, 0.25)


def test_fixed_and_beats_and_no_article_value():
    assert policy_value("within", 0.3, [0.5], W, fixed=True) == 0.0
    assert policy_value("at_least", None, [0.0], 1, fixed=True) == 1.0
    assert policy_value("below", 0.2, [-0.3], 23, beats=True) == pytest.approx(1 / 23)
    assert policy_value("at_most", None, [0.04], W) == pytest.approx(2 / W), "no article number: the seeds alone"


def test_grid_rounding_is_robust_to_float_error():
    """0.72 - 0.52 is 0.19999999999999996: still 5 windows on a grid of 25, plus one is 6, capped at
    the fifth: 5. Without the rounding guard it would read as 4 windows and give 5 uncapped."""
    assert policy_value("within", 0.0, [0.72 - 0.52], W) == pytest.approx(5 / W)
    assert policy_value("within", 0.0, [0.12 - 0.04], W) == pytest.approx(3 / W), "0.08: 2 windows, plus one"


def test_refusals():
    with pytest.raises(ValueError, match=r"^a bound needs calibration values; got none$"):
        policy_value("at_least", 0.5, [], W)
    with pytest.raises(ValueError, match="bound kind must be one of at_least, at_most, within, below; got 'about'"):
        policy_value("about", 0.5, [0.5], W)


def test_bound_value_reads_the_bounds_article_and_grid():
    bound = Bound("at_most", ("E1/lstm_ful", "reverse"), 0.0)
    assert bound_value(bound, [0.0, 0.04]) == pytest.approx(2 / 25)
    transplant = Bound("at_most", ("E5/transplant", "reset_from_lmn"), 0.0)
    assert bound_value(transplant, [0.0]) == pytest.approx(3 / 12), "the LMN test's grid is 1/12: 3 hits, the article"


def test_no_article_number_leaves_the_seeds_alone_on_every_kind():
    assert policy_value("at_least", None, [0.96], W) == pytest.approx(23 / W)
    assert policy_value("below", None, [0.6], W) == pytest.approx(14 / W)
    warmup = Bound("at_least", ("E5/transplant", "warmup_reproducible"), 0.0)  # a measure the article has no number for
    assert bound_value(warmup, [1.0, 1.0]) == 1.0, "a yes/no on a grid of one: yes"


def test_stated_rate_takes_any_positive_seed_count_and_its_confidence():
    assert stated_rate([(1, 1)]) == 0.05
    assert stated_rate([(1, 1)], confidence=0.5) == 0.5
    for bad in ([(0, 0)], [(3, -1)]):
        with pytest.raises(ValueError, match="a stated rate needs at least one calibrated setup with seeds"):
            stated_rate(bad)


def test_the_rules_critical_counts_read_never_where_no_count_fails():
    alpha = 0.01 / 21
    assert (_critical_line(3, 1.0, alpha), _critical_line(3, 0.96, alpha), _critical_line(3, 0.9, alpha)) == (
        "2",
        "0",
        "never (too few seeds)",
    )
