"""The calibration rule: each bound's value and each claim's stated rate, from the calibration.

``bound_value`` sets a bound from the article's number and what the calibration seeds measured;
``stated_rate`` sets the share of seeds a claim is stated to hold on from how often it held on
each calibrated setup. docs/calibration.md states the rule in prose (its template,
``reports/templates/calibration.md.j2``); both functions are re-run on the committed data by
tests/test_calibration.py. Nothing here imports TensorFlow.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from .binomial import CONFIDENCE, critical_count, lower_confidence_bound

__all__ = [
    "DROP_FLOOR",
    "FAIL_CAP",
    "LEARN_FLOOR",
    "SAME_CAP",
    "TAIL",
    "bound_value",
    "high_value",
    "low_value",
    "policy_value",
    "stated_rate",
]

#: Limits that keep a bound saying what the article says, whatever the seeds do. Where the
#: calibrated spread would push a bound past one of them, the bound stops there and the seeds
#: past it count against the claim's rate.
LEARN_FLOOR = 0.5  # "learns", "scores well": right on at least half the windows
FAIL_CAP = 0.25  # "fails": right on at most a quarter (chance is 1/26)
SAME_CAP = 0.2  # "the same", "like": at most a fifth apart
DROP_FLOOR = 0.25  # "far below", "degrades": at least a quarter lower

#: The share of calibrated seeds a bound may leave on its wrong side before the limits apply:
#: a bound follows the seeds up to their 5% tail, not their single worst seed, so that one
#: outlying seed cannot move a bound away from the article; the seeds in the tail that also
#: miss the one-window margin count against the claim's rate instead.
TAIL = 0.05


def low_value(measured: list[float]) -> float:
    """The calibrated low end: the value with at most ``TAIL`` of the seeds strictly below it.

    With fewer than 20 seeds this is the minimum.
    """
    return sorted(measured)[math.floor(TAIL * len(measured))]


def high_value(measured: list[float]) -> float:
    """The calibrated high end: the value with at most ``TAIL`` of the seeds strictly above it."""
    return sorted(measured)[-1 - math.floor(TAIL * len(measured))]


def policy_value(
    kind: str, article: float | None, measured: list[float], windows: int, *, fixed: bool = False, beats: bool = False
) -> float:
    """The bound the rule gives, on the grid of one window (1/windows).

    ``article`` and ``measured`` are the bound's quantity (accuracy, gap or drop) in the
    article and on each calibration seed. ``fixed``: the sides agree by construction (0), or
    a yes/no measure must be yes (1); ``beats``: a drop of one window is the whole claim.
    """
    if fixed:
        return 1.0 if kind == "at_least" else 0.0
    if kind == "below" and beats:  # "beats": higher by one window, whatever the seeds show
        return 1 / windows
    if not measured:
        raise ValueError("a bound needs calibration values; got none")
    low = [low_value(measured)] + ([article] if article is not None else [])
    high = [high_value(measured)] + ([article] if article is not None else [])

    def down(v):
        return math.floor(v * windows + 1e-6)

    def up(v):
        return math.ceil(v * windows - 1e-6)

    if kind == "at_least":
        return max((down(min(low)) - 1) / windows, math.ceil(LEARN_FLOOR * windows) / windows)
    if kind == "below":
        return max((down(min(low)) - 1) / windows, math.ceil(DROP_FLOOR * windows) / windows)
    if kind == "at_most":
        return min((up(max(high)) + 1) / windows, math.floor(FAIL_CAP * windows) / windows)
    if kind == "within":
        return min((up(max(high)) + 1) / windows, math.floor(SAME_CAP * windows) / windows)
    raise ValueError(f"bound kind must be one of at_least, at_most, within, below; got {kind!r}")


def bound_value(bound, measured: list[float]) -> float:
    """``policy_value`` for a ``claims.Bound`` and its measured quantity on every calibration seed."""
    try:
        article = bound.article_value()
    except KeyError:  # a measure the article gives no number for
        article = None
    return policy_value(bound.kind, article, measured, bound.windows, fixed=bound.fixed, beats=bound.beats)


def stated_rate(counts: Iterable[tuple[int, int]], confidence: float = CONFIDENCE) -> float:
    """The share of seeds a claim is stated to hold on, from ``(held, seeds)`` per calibrated setup.

    The smallest one-sided Clopper-Pearson lower bound over the setups, rounded down to a
    whole percent: on every calibrated setup the claim holds on at least that share of seeds
    (each at ``confidence``), not on the share one sample happened to show.
    """
    counts = list(counts)
    if not counts or any(n <= 0 for _, n in counts):
        raise ValueError(f"a stated rate needs at least one calibrated setup with seeds; got {counts}")
    return math.floor(min(lower_confidence_bound(k, n, confidence) for k, n in counts) * 100) / 100


def _critical_line(n: int, rate: float, alpha: float) -> str:
    c = critical_count(n, rate, alpha)
    return f"{c}" if c >= 0 else "never (too few seeds)"


def seeds_with(rows, per_seed: dict) -> list[int]:
    """The seeds of one setup's ``per_seed`` measures that cover every row in ``rows``."""
    return [s for s, acc in sorted(per_seed.items()) if all(r in acc for r in rows)]


def rate_sets(sets) -> list:
    """The calibration sets the bounds and rates come from (``CalibrationSet.sets_rates``)."""
    return [cal for cal in sets if cal.sets_rates]


def counts(claim, sets) -> list[tuple[int, int]]:
    """(seeds held, seeds measured) of ``claim`` on each calibration set (``CalibrationSet``)."""
    out = []
    for cal in sets:
        per = cal.per_seed()
        seeds = seeds_with(claim.rows, per)
        out.append((sum(claim.on_seed(per[s]).ok for s in seeds), len(seeds)))
    return out


def measured(bound, sets) -> list[float]:
    """A bound's measured quantity on every seed of every calibration set, pooled."""
    out = []
    for cal in sets:
        per = cal.per_seed()
        out += [bound.measure(per[s]) for s in seeds_with(bound.rows, per)]
    return out
