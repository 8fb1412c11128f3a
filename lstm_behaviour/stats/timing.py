"""The decision of a benchmark comparison (``compare``): is environment B slower than A, per row?

The design follows Kalibera and Jones ("Rigorous Benchmarking in Reasonable Time", ISMM 2013):
the unit of replication is a fresh process, since what varies most between measurements of
one environment is the process (its memory layout, the machine's state while it ran), not the
iterations inside it. A run is a series of *rounds*; each round starts one fresh process per
environment, in an order drawn anew per round, so drift on a shared machine (another job, the
CPU's clock) hits every environment alike and pairs by round. Inside a process each row is
warmed up (traced, compiled) and then timed a few times; the process's time for the row is
the median of those.

Per row, over the rounds ``r``: ``d_r = ln(t_B,r / t_A,r)``, the log of the paired ratio. The
ratio B/A is ``exp(mean d)``, with a Student-t interval on the mean of ``d``. The intervals are
*simultaneous* over the rows of a comparison (Bonferroni: each row at ``1 - ALPHA / rows``),
so an environment compared with itself shows any interval that excludes 1 at most ``ALPHA`` of
the time at one look. A row's verdict:

- ``slower`` / ``faster``: the interval excludes 1 and the estimate is at least ``EFFECT``
  (5%) away from it: a difference both real and large enough to matter;
- ``same``: the interval lies within ``[1 / (1 + EFFECT), 1 + EFFECT]``;
- ``not slower``: the interval rules out a slowdown of ``EFFECT`` or more and the estimate is
  less than ``EFFECT`` faster (faster by less than the effect, or the same, or a little slower);
  ``not faster`` the mirror: one-sided equivalence, as a non-inferiority margin (Wellek,
  "Testing Statistical Hypotheses of Equivalence and Noninferiority", 2nd ed., 2010);
- ``undecided``: none of these, yet.

Every row is decided in finitely many rounds whatever its true ratio: a ratio right at the
effect, which "same" and "slower" alone never settle, ends as "slower" or "not faster" once the
interval is narrower than the effect. The one-sided verdicts are no calls, so they add no false
alarm; they need an estimate within the effect, so a row that is truly slower by more goes on
until it is called.

Rounds are added until every row is decided (from ``MIN_ROUNDS`` on) or a cap is reached, as
the claims' sequential test adds seeds. The repeated looks make the family-wise false-alarm
rate of the whole run larger than ``ALPHA``'s one-look figure; ``simulate`` measures it, and
tests/test_timing_stats.py holds it under ``FAMILY_FALSE_ALARM`` for noise as heavy as this
machine's, and the power to call a 20% slowdown above ``POWER_20``.

Pure Python (``math``, ``random``); nothing here imports a backend.
"""

from __future__ import annotations

import functools
import math
import random
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

__all__ = [
    "ALPHA",
    "EFFECT",
    "EFFECTS",
    "FAMILY_FALSE_ALARM",
    "MIN_ROUNDS",
    "POWER_20",
    "SPREAD",
    "TIME_RANGE",
    "VERDICTS",
    "RowDecision",
    "all_decided",
    "decide",
    "decide_row",
    "detectable",
    "is_time",
    "rounds_needed",
    "simulate",
    "t_quantile",
]

#: the interval's level over all rows of a comparison (simultaneous, Bonferroni)
ALPHA = 0.05
#: the smallest difference that counts as slower or faster, and the half-width of "same", unless a
#: comparison states its own (``compare --effect``); a larger one only makes calls rarer, so the
#: false-alarm rate stated here holds for it too
EFFECT = 0.05
#: the smallest effects a comparison may state: below 1% no run on a shared machine decides a
#: row; above 50% "same" says nothing
EFFECTS = (0.01, 0.5)
#: rounds before any verdict (a t interval on fewer is too wide to say anything)
MIN_ROUNDS = 5
#: the shortest and longest time a timed item can take, in seconds (a nanosecond, a day): what a
#: comparison file or a worker's result may hold
TIME_RANGE = (1e-9, 86_400.0)

#: the stated chance that comparing an environment with itself calls any row slower or faster,
#: over a whole sequential run (checked by simulation in the tests)
FAMILY_FALSE_ALARM = 0.05
#: the stated chance that a 20% slowdown of a row is called slower within the default cap, at a
#: process-to-process spread of 10% (the median two-round spread of the old benchmark runs)
POWER_20 = 0.95
VERDICTS = ("slower", "faster", "same", "not slower", "not faster", "undecided")
#: the process-to-process spread of a row's time (the standard deviation of its logarithm) that the
#: stated rates are simulated at: above the median row's spread measured in the committed
#: self-comparison, data/comparisons/tf-2.21-self-and-planted.json (a test checks)
SPREAD = 0.10


def is_time(value) -> bool:
    """Whether ``value`` is a number of seconds a timed item can take (``TIME_RANGE``)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and TIME_RANGE[0] <= value <= TIME_RANGE[1]


def _betacf(a: float, b: float, x: float) -> float:
    """The continued fraction of the regularised incomplete beta function (Lentz's method, as in
    Numerical Recipes, 3rd ed., section 6.4)."""
    tiny = 1e-300
    qab, qap, qam = a + b, a + 1, a - 1
    c, d = 1.0, 1 - qab * x / qap
    d = 1 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 300):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1 + aa * d
        d = 1 / (d if abs(d) > tiny else tiny)
        c = 1 + aa / c if abs(1 + aa / c) > tiny else tiny
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1 + aa * d
        d = 1 / (d if abs(d) > tiny else tiny)
        c = 1 + aa / c if abs(1 + aa / c) > tiny else tiny
        delta = d * c
        h *= delta
        if abs(delta - 1) < 1e-15:
            break
    return h


def _beta_inc(a: float, b: float, x: float) -> float:
    """The regularised incomplete beta function I_x(a, b)."""
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x))
    if x < (a + 1) / (a + b + 2):
        return front * _betacf(a, b, x) / a
    return 1 - front * _betacf(b, a, 1 - x) / b


def t_cdf(t: float, df: int) -> float:
    """P(T <= t) for Student's t with ``df`` degrees of freedom."""
    tail = 0.5 * _beta_inc(df / 2, 0.5, df / (df + t * t))
    return 1 - tail if t >= 0 else tail


@functools.lru_cache(maxsize=4096)
def t_quantile(p: float, df: int) -> float:
    """The ``p`` quantile of Student's t with ``df`` degrees of freedom (bisection on ``t_cdf``)."""
    if not 0 < p < 1 or df < 1:
        raise ValueError(f"t_quantile needs 0 < p < 1 and df >= 1; got p={p}, df={df}")
    if p < 0.5:
        return -t_quantile(1 - p, df)
    lo, hi = 0.0, 1.0
    while t_cdf(hi, df) < p:
        hi *= 2
    for _ in range(200):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if t_cdf(mid, df) < p else (lo, mid)
        if hi - lo < 1e-12:
            break
    return (lo + hi) / 2


@dataclass(frozen=True)
class RowDecision:
    """One row of a comparison: the paired ratio B/A, its interval, the verdict."""

    rounds: int
    ratio: float
    low: float
    high: float
    spread: float  # the standard deviation of the log ratios (about the relative spread of a round's ratio)
    verdict: str

    def record(self) -> dict:
        """As JSON data: a bound not known yet (fewer than two rounds) is None."""

        def number(x: float):
            return round(x, 4) if math.isfinite(x) and x > 0 else None

        fields = ("ratio", "low", "high", "spread")
        return {"rounds": self.rounds, **{k: number(getattr(self, k)) for k in fields}, "verdict": self.verdict}


def decide_row(
    reference: Sequence[float],
    other: Sequence[float],
    *,
    rows: int = 1,
    alpha: float = ALPHA,
    effect: float = EFFECT,
    min_rounds: int = MIN_ROUNDS,
) -> RowDecision:
    """The verdict on one row from paired times (one per round, same order on both sides), its
    interval simultaneous over ``rows`` rows."""
    if len(reference) != len(other):
        raise ValueError(f"paired times must be as many on both sides; got {len(reference)} and {len(other)}")
    if any(not (math.isfinite(t) and t > 0) for t in (*reference, *other)):
        raise ValueError("times must be finite and positive")
    logs = [math.log(b / a) for a, b in zip(reference, other)]
    n = len(logs)
    if n < 2:
        ratio = math.exp(logs[0]) if logs else float("nan")
        return RowDecision(n, ratio, 0.0, math.inf, math.nan, "undecided")
    mean, sd = statistics.fmean(logs), statistics.stdev(logs)
    half, verdict = _verdict(n, mean, sd, rows, alpha, effect, min_rounds)
    return RowDecision(n, math.exp(mean), math.exp(mean - half), math.exp(mean + half), sd, verdict)


def _verdict(n: int, mean: float, sd: float, rows: int, alpha: float, effect: float, min_rounds: int):
    """The interval's half-width on the log scale and the verdict, from n log ratios' mean and sd."""
    half = t_quantile(1 - alpha / (2 * rows), n - 1) * sd / math.sqrt(n)
    bound = math.log1p(effect)
    if n < min_rounds:
        return half, "undecided"
    if mean - half > 0 and mean >= bound:
        return half, "slower"
    if mean + half < 0 and mean <= -bound:
        return half, "faster"
    if mean - half >= -bound and mean + half <= bound:
        return half, "same"
    if mean + half <= bound and mean > -bound:
        return half, "not slower"
    if mean - half >= -bound and mean < bound:
        return half, "not faster"
    return half, "undecided"


def decide(times: Mapping[str, tuple[Sequence[float], Sequence[float]]], **options) -> dict[str, RowDecision]:
    """Every row's decision: ``times`` maps a row to its (reference, other) paired times."""
    return {row: decide_row(a, b, rows=len(times), **options) for row, (a, b) in times.items()}


def all_decided(decisions: Mapping[str, RowDecision]) -> bool:
    return bool(decisions) and all(d.verdict != "undecided" for d in decisions.values())


def detectable(
    spread: float, rounds: int, rows: int, *, alpha: float = ALPHA, power: float = 0.8, effect: float = EFFECT
) -> float:
    """The smallest slowdown (a ratio minus 1) that ``rounds`` rounds call with probability about
    ``power`` at a log-ratio spread ``spread``, the interval simultaneous over ``rows`` rows; never
    below the smallest effect, since nothing smaller is called."""
    if rounds < 2 or not math.isfinite(spread):
        return math.inf
    shift = (
        (t_quantile(1 - alpha / (2 * rows), rounds - 1) + t_quantile(power, rounds - 1)) * spread / math.sqrt(rounds)
    )
    return math.expm1(max(shift, math.log1p(effect)))


def rounds_needed(
    ratio: float, spread: float, rows: int, *, alpha: float = ALPHA, effect: float = EFFECT, cap: int = 10_000
) -> int | None:
    """The rounds a row whose log ratios have this mean (``ln ratio``) and spread would need for a
    verdict: the fewest ``n >= MIN_ROUNDS`` at which the rule decides those figures; None where
    none up to ``cap`` does (a ratio just inside the smallest effect takes more rounds than any run)."""
    if not (ratio > 0 and math.isfinite(ratio) and spread >= 0 and math.isfinite(spread)):
        raise ValueError(f"expected a positive ratio and a finite spread; got {ratio!r} and {spread!r}")
    mean = math.log(ratio)
    for n in range(MIN_ROUNDS, cap + 1):
        if _verdict(n, mean, spread, rows, alpha, effect, MIN_ROUNDS)[1] != "undecided":
            return n
    return None


def _process_time(rng: random.Random, spread: float, spikes: float) -> float:
    """One process's time of a row: log-normal noise and, with probability ``spikes``, a process
    that ran 30% slow (another job on the machine)."""
    t = math.exp(rng.gauss(0.0, spread))
    return t * 1.3 if rng.random() < spikes else t


def simulate(
    *,
    slowdown: float = 0.0,
    rows: int = 19,
    spread: float = SPREAD,
    spikes: float = 0.1,
    cap: int = 30,
    runs: int = 2000,
    seed: int = 0,
    effect: float = EFFECT,
) -> dict[str, float]:
    """Sequential comparisons of synthetic environments, B slower by ``slowdown`` on every row:
    the share of runs that called any row slower or faster (``any_call``), that called every row
    slower (``every_slower``), of rows called slower (``row_slower``), and the mean rounds a run
    took."""
    rng = random.Random(seed)
    any_call = every_slower = row_slower = total_rounds = 0
    for _ in range(runs):
        sums, squares = [0.0] * rows, [0.0] * rows  # running sums of each row's log ratios
        for n in range(1, cap + 1):
            for i in range(rows):
                d = math.log(_process_time(rng, spread, spikes) * (1 + slowdown) / _process_time(rng, spread, spikes))
                sums[i] += d
                squares[i] += d * d
            if n < MIN_ROUNDS:
                continue
            verdicts = []
            for i in range(rows):
                mean = sums[i] / n
                sd = math.sqrt(max(squares[i] - n * mean * mean, 0.0) / (n - 1))
                verdicts.append(_verdict(n, mean, sd, rows, ALPHA, effect, MIN_ROUNDS)[1])
            if "undecided" not in verdicts or n == cap:
                break
        any_call += any(v in ("slower", "faster") for v in verdicts)
        every_slower += all(v == "slower" for v in verdicts)
        row_slower += verdicts.count("slower")
        total_rounds += n
    return {
        "any_call": any_call / runs,
        "every_slower": every_slower / runs,
        "row_slower": row_slower / (runs * rows),
        "mean_rounds": total_rounds / runs,
    }
