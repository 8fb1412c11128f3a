"""Exact binomial arithmetic and the error rates every decision on a trained claim is held to.

A trained claim holds on each seed or not; over n independent seeds the count k is binomial.
Here: its distribution (``binomial_cdf``, ``binomial_sf``), Clopper-Pearson bounds on a share
(``lower_confidence_bound``, ``upper_confidence_bound``), the counts that fail a claim or show a
known failure fixed (``critical_count``, ``fixed_count``), and the rates themselves: a claim's
alpha is ``FAMILY_ALPHA`` (1%) split over the trained claims of its article (Bonferroni,
``claim_alpha``; the family's size is the registry's, ``spec.claims``), ``BETA`` the most a run may
miss a break, ``CONFIDENCE`` that of the calibration bounds.
``verdicts`` and ``sequential`` build on it; it imports neither.
"""

from __future__ import annotations

import math

__all__ = [
    "BETA",
    "CONFIDENCE",
    "FAMILY_ALPHA",
    "binomial_cdf",
    "binomial_sf",
    "claim_alpha",
    "critical_count",
    "fixed_count",
    "lower_confidence_bound",
    "upper_confidence_bound",
]

#: The most a setup that behaves as calibrated may show any red trained cell of one article in one report.
FAMILY_ALPHA = 0.01
#: The most a run may miss a break that halves a claim's rate (``--seeds auto``).
BETA = 0.05
#: The confidence of the bounds that turn calibration counts into stated rates (one-sided).
CONFIDENCE = 0.95


def claim_alpha(family_size: int) -> float:
    """The most a setup that behaves as calibrated may fail one claim of a family of
    ``family_size`` trained claims, per claim and run: ``FAMILY_ALPHA`` split evenly (Bonferroni)."""
    if not (isinstance(family_size, int) and not isinstance(family_size, bool) and family_size >= 1):
        raise ValueError(f"family_size must be a whole number of claims, at least 1; got {family_size!r}")
    return FAMILY_ALPHA / family_size


def _check(k: int, n: int, p: float) -> None:
    if not (isinstance(n, int) and n >= 0 and isinstance(k, int)):
        raise ValueError(f"k and n must be integers with n >= 0; got k={k!r}, n={n!r}")
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"p must be a probability in [0, 1]; got {p!r}")


def _pmf(i: int, n: int, p: float) -> float:
    if p == 0.0:
        return 1.0 if i == 0 else 0.0
    if p == 1.0:
        return 1.0 if i == n else 0.0
    log = math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * math.log(p) + (n - i) * math.log1p(-p)
    return math.exp(log)


def binomial_cdf(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k < 0:
        return 0.0
    if k >= n:
        return 1.0
    return min(1.0, math.fsum(_pmf(i, n, p) for i in range(k + 1)))


def binomial_sf(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k <= 0:
        return 1.0
    if k > n:
        return 0.0
    return min(1.0, math.fsum(_pmf(i, n, p) for i in range(k, n + 1)))


def _bisect(f, target: float) -> float:
    """The p in [0, 1] where the increasing function ``f`` crosses ``target`` (60 halvings)."""
    low, high = 0.0, 1.0
    for _ in range(60):
        mid = (low + high) / 2
        if f(mid) < target:
            low = mid
        else:
            high = mid
    return (low + high) / 2


def lower_confidence_bound(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson lower bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 0 or k <= 0:
        return 0.0
    return _bisect(lambda p: binomial_sf(k, n, p), 1.0 - confidence)


def upper_confidence_bound(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson upper bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 0 or k >= n:
        return 1.0
    return _bisect(lambda p: 1.0 - binomial_cdf(k, n, p), confidence)


def critical_count(n: int, rate: float, alpha: float) -> int:
    """The largest k of n that fails a claim stated to hold on a share ``rate`` (-1: none does).

    With ``rate`` 1 ("every seed") any seed that fails is a failure: n - 1.
    """
    _check(0, n, rate)
    if rate >= 1.0:
        return n - 1
    k = -1
    while k + 1 < n and binomial_cdf(k + 1, n, rate) <= alpha:
        k += 1
    return k


def fixed_count(n: int, rate: float, alpha: float) -> int:
    """The smallest k of n that a known failure holding on at most ``rate`` reaches with
    probability at most ``alpha`` (n + 1: no k is that unlikely)."""
    _check(0, n, rate)
    if rate <= 0.0:
        return 1
    k = n + 1
    while k - 1 >= 1 and binomial_sf(k - 1, n, rate) <= alpha:
        k -= 1
    return k
