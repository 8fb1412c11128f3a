"""The sequential decision of a trained claim (``--seeds auto``): a truncated SPRT, exactly.

A trained claim states that on a setup behaving as calibrated it holds on a share ``p`` of
seeds at least (``Claim.rate``). Each seed is a Bernoulli draw. Statistical model checking
decides such a statement by adding draws until a sequential test can say which of two rates
the draws come from (Younes and Simmons, CAV 2002; Reijsbergen et al., STTT 2015): here seeds
0, 1, 2, ... in order, so a run is reproducible, until Wald's sequential probability ratio test
(SPRT) between

- ``p_hi``, the claim's stated rate (the setup behaves as calibrated), and
- ``p_lo``, a break: half the stated rate, or one half where that is higher (``BREAK``),

crosses a boundary. The boundaries are Wald's conservative ones, log(1/err_hi) and log(err_lo),
which bound each error of the untruncated test by itself; a cap on seeds truncates the test,
and at the cap a fixed-n rule decides, chosen so that the truncated test's *exact* errors,
computed by a recursion over (seeds run, seeds held) below, stay within the targets.
``Design.errors`` are those exact figures, not Wald's approximations.

For a claim, a false alarm (deciding "fails" when the rate is ``p_hi``) costs a red cell on a
correct setup: at most the claim's alpha (``binomial.claim_alpha``), ``FAMILY_ALPHA`` (1%) over the
trained claims of one article in one report (Bonferroni: the sum of the claims' exact false-alarm
rates). A missed break
(deciding "holds" at ``p_lo``) is at most ``BETA`` (5%); so is a claim that held on every
calibrated seed and now holds on half of them. The stated rates are lower confidence bounds
(about 96% where a claim held on 100 of 100 seeds), so "half the stated rate" (48%) would leave
a claim that really fell from 100% to 50% in the indifference region; ``p_lo`` of at least 50%
covers it, and any rate at or below it is missed less often (the test's operating
characteristic falls with the rate). A known failure is the same test with
the roles turned: a false "fixed" (the strict xfail passing at the failure's own rate) is the
red cell, held to the claim's alpha; a missed fix (still failing when the claim is back at its
stated rate) to ``BETA``. A claim exact by construction (rate 1) fails on its first failing
seed and holds after enough seeds that a rate of one half would show a failure with
probability 95% (5 seeds).

Nothing here imports TensorFlow.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable
from dataclasses import dataclass

from .binomial import BETA, FAMILY_ALPHA, binomial_cdf, critical_count

__all__ = [
    "BETA",
    "BREAK",
    "FAMILY_ALPHA",
    "MAX_CAP",
    "Design",
    "Stop",
    "break_rate",
    "claim_design",
    "design",
    "failure_design",
    "fixed_power",
]

#: A claim that holds on at most this share of seeds (or half its stated rate, if lower) is broken.
BREAK = 0.5
#: The most seeds a design may need before its cap; a design that needs more is refused.
MAX_CAP = 1000
_STEP = 1e-12  # absorbs float rounding when a log-likelihood ratio lands on a boundary
_SLACK = 1 + 1e-12  # and when an error lands on its target (1 - 0.95 is 0.050000000000000044)


def _llr(n: int, k: int, p_hi: float, p_lo: float) -> float:
    """log P(k of n | p_lo) / P(k of n | p_hi), with the infinities of rates 0 and 1."""
    total = 0.0
    for count, a, b in ((k, p_lo, p_hi), (n - k, 1.0 - p_lo, 1.0 - p_hi)):
        if count == 0:
            continue
        if a == 0.0 and b == 0.0:
            return math.nan  # impossible under both: never reached
        if a == 0.0:
            return -math.inf
        if b == 0.0:
            return math.inf
        total += count * (math.log(a) - math.log(b))
    return total


@dataclass(frozen=True)
class Stop:
    """Where a run over seeds in order stands: ``decision`` is "holds", "fails" or None (go on)."""

    decision: str | None
    seeds: int
    held: int
    reason: str


@dataclass(frozen=True)
class Design:
    """A truncated sequential test on the (seeds run n, seeds held k) lattice.

    After seed n (1-based) the run decides "fails" when ``k <= fail_at[n - 1]`` and "holds"
    when ``k >= hold_at[n - 1]``; at ``cap`` the two meet, so every run decides by then.
    """

    p_hi: float
    p_lo: float
    err_hi: float  # target: P(decide "fails" | p_hi)
    err_lo: float  # target: P(decide "holds" | p_lo)
    cap: int
    fail_at: tuple[int, ...]
    hold_at: tuple[int, ...]

    def __post_init__(self):
        if len(self.fail_at) != self.cap or len(self.hold_at) != self.cap:
            raise ValueError(f"a design needs one boundary pair per seed up to its cap {self.cap}")
        if self.hold_at[-1] != self.fail_at[-1] + 1:
            raise ValueError("a design decides at its cap: the boundaries must meet there")

    def step(self, n: int, k: int) -> str | None:
        """The decision after n seeds, k of them held (None: add a seed)."""
        if not 1 <= n <= self.cap or not 0 <= k <= n:
            raise ValueError(f"seeds run must be 1 to {self.cap} and held 0 to seeds run; got n={n}, k={k}")
        if k <= self.fail_at[n - 1]:
            return "fails"
        if k >= self.hold_at[n - 1]:
            return "holds"
        return None

    def run(self, outcomes: Iterable[bool]) -> Stop:
        """Replay outcomes seed by seed (in seed order) until the design decides."""
        n = k = 0
        for ok in outcomes:
            n, k = n + 1, k + bool(ok)
            decision = self.step(n, k)
            if decision is not None:
                return Stop(decision, n, k, self.reason(n, k, decision))
        return Stop(None, n, k, f"undecided after {n} seeds ({k} held)")

    def reason(self, n: int, k: int, decision: str) -> str:
        """Why a run stopped where it did, in words."""
        if n == self.cap:
            side = "above" if decision == "holds" else "at or below"
            return f"held on {k} of {n} at the cap: {side} the cap's fail count {self.fail_at[-1]}"
        if decision == "holds":
            return f"held on {k} of {n}: at or above the hold boundary {self.hold_at[n - 1]}"
        return f"held on {k} of {n}: at or below the fail boundary {self.fail_at[n - 1]}"

    @functools.cache  # noqa: B019 (a frozen, hashable design; a handful of them per run)
    def operating(self, p: float) -> tuple[float, float]:
        """(P(decide "holds"), expected seeds) when each seed holds with probability ``p``, exactly."""
        if not 0.0 <= p <= 1.0:
            raise ValueError(f"p must be a probability in [0, 1]; got {p!r}")
        alive = [1.0]  # alive[k]: P(k held after n seeds and not stopped)
        holds = expected = 0.0
        for n in range(1, self.cap + 1):
            nxt = _advance(alive, p)
            stopped = 0.0
            for k in range(n + 1):
                if k <= self.fail_at[n - 1] or k >= self.hold_at[n - 1]:
                    stopped += nxt[k]
                    if k >= self.hold_at[n - 1]:
                        holds += nxt[k]
                    nxt[k] = 0.0
            expected += n * stopped
            alive = nxt
        return min(1.0, holds), expected

    @property
    def errors(self) -> tuple[float, float]:
        """The exact (P(fails | p_hi), P(holds | p_lo)) of this truncated test."""
        return 1.0 - self.operating(self.p_hi)[0], self.operating(self.p_lo)[0]

    def expected_seeds(self, p: float) -> float:
        return self.operating(p)[1]

    def record(self) -> dict:
        """The design as the claims report stores it."""
        false_alarm, missed = self.errors
        return {
            "rule": "sequential",
            "p_hi": self.p_hi,
            "p_lo": self.p_lo,
            "err_hi": self.err_hi,
            "err_lo": self.err_lo,
            "cap": self.cap,
            "exact_err_hi": round(false_alarm, 8),
            "exact_err_lo": round(missed, 8),
        }


@functools.cache
def design(p_hi: float, p_lo: float, err_hi: float, err_lo: float) -> Design:
    """The shortest truncated SPRT between ``p_hi`` and ``p_lo`` whose exact errors are within
    ``err_hi`` (deciding "fails" at ``p_hi``) and ``err_lo`` (deciding "holds" at ``p_lo``).

    Boundaries: Wald's log(1/err_hi) and log(err_lo) on the log-likelihood ratio of ``p_lo``
    against ``p_hi``; below the cap they alone decide, and each bounds its error by itself.
    The cap is the smallest at which a fixed-n rule on what is left undecided (fail at k <= c,
    c as large as the false-alarm target allows) keeps both exact errors within target.
    """
    if not (0.0 <= p_lo < p_hi <= 1.0):
        raise ValueError(f"a design needs 0 <= p_lo < p_hi <= 1; got p_lo={p_lo!r}, p_hi={p_hi!r}")
    if not (0.0 < err_hi < 0.5 and 0.0 < err_lo < 0.5):
        raise ValueError(f"error targets must be in (0, 0.5); got {err_hi!r} and {err_lo!r}")
    upper, lower = math.log(1.0 / err_hi), math.log(err_lo)
    fail_at: list[int] = []
    hold_at: list[int] = []
    early_hi = early_lo = 0.0  # exact error mass spent by the boundaries below the cap
    alive_hi, alive_lo = [1.0], [1.0]
    for n in range(1, MAX_CAP + 1):
        # at cap n: the largest c that keeps the false alarm within target, then the miss
        nxt_hi, nxt_lo = _advance(alive_hi, p_hi), _advance(alive_lo, p_lo)
        f = max((k for k in range(n + 1) if _llr(n, k, p_hi, p_lo) >= upper - _STEP), default=-1)
        h = min((k for k in range(n + 1) if _llr(n, k, p_hi, p_lo) <= lower + _STEP), default=n + 1)
        c = _cap_count(nxt_hi, early_hi, err_hi, f, h)
        if c is not None and early_lo + math.fsum(nxt_lo[c + 1 :]) <= err_lo * _SLACK:
            return Design(p_hi, p_lo, err_hi, err_lo, n, (*fail_at, c), (*hold_at, c + 1))
        fail_at.append(f)
        hold_at.append(h)
        early_hi += math.fsum(nxt_hi[: f + 1])
        early_lo += math.fsum(nxt_lo[h:])
        alive_hi = [0.0 if k <= f or k >= h else m for k, m in enumerate(nxt_hi)]
        alive_lo = [0.0 if k <= f or k >= h else m for k, m in enumerate(nxt_lo)]
    raise ValueError(f"no design between {p_lo} and {p_hi} decides within {MAX_CAP} seeds")


def _advance(alive: list[float], p: float) -> list[float]:
    """One more seed: P(k held after n + 1 seeds) from P(k held after n), each held with ``p``."""
    nxt = [0.0] * (len(alive) + 1)
    for k, mass in enumerate(alive):
        if mass:
            nxt[k] += mass * (1.0 - p)
            nxt[k + 1] += mass * p
    return nxt


def _cap_count(nxt_hi, early_hi, err_hi, f, h):
    """The largest c (>= the fail boundary f, < the hold boundary h) with the false alarm in target."""
    best = None
    for c in range(max(f, -1), h):
        if early_hi + math.fsum(nxt_hi[: c + 1]) <= err_hi * _SLACK:
            best = c
        else:
            break
    return best


def claim_design(rate: float, alpha: float, beta: float = BETA) -> Design:
    """The design of a claim stated to hold on a share ``rate``: against ``break_rate(rate)``."""
    return design(rate, break_rate(rate), alpha, beta)


def break_rate(rate: float) -> float:
    """The rate of a broken claim: half the stated ``rate``, or ``BREAK`` where that is higher and
    still below the stated rate."""
    return max(rate / 2, BREAK) if rate > BREAK else rate / 2


def failure_design(rate: float, failure_rate: float, alpha: float, beta: float = BETA) -> Design:
    """The design of a known failure: "fixed" (the claim back at its stated ``rate``) against
    "still failing" (holding on at most ``failure_rate``). A false "fixed" is the alarm here."""
    return design(rate, failure_rate, beta, alpha)


def fixed_power(n: int, rate: float, alpha: float) -> float:
    """P(a fixed run of n seeds fails a claim stated at ``rate`` whose true rate has fallen to
    ``break_rate(rate)``)."""
    c = critical_count(n, rate, alpha)
    return binomial_cdf(c, n, break_rate(rate)) if c >= 0 else 0.0
