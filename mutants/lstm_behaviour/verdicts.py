"""A run's verdict on a trained claim: a one-sided exact binomial test over the run's seeds.

A trained claim holds or not on each seed (its bounds, ``Claim.check``), and states the share
of seeds it holds on (``Claim.rate``: 1 for "every seed", else "at least p"). Seeds are
independent draws of the initial weights and the shuffle, so on a setup that behaves as
calibrated the number of seeds a claim holds on, k of n, is at least Binomial(n, p). A run
fails the claim when k is at or below ``critical_count(n, p)``: the largest k that such a setup
reaches with probability at most ``ALPHA`` (1%). That is the whole decision; docs/calibration.md
shows the arithmetic for 3 and 100 seeds.

A known failure (``known_failures``) states the share it holds on where it fails as an upper
confidence bound q from its evidence; a run there counts as "fixed" only when k is at or above
the smallest k that a setup holding on a share q reaches with probability at most ``ALPHA``.

Nothing here imports TensorFlow.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = [
    "ALPHA",
    "CONFIDENCE",
    "RunVerdict",
    "binomial_cdf",
    "binomial_sf",
    "critical_count",
    "decide",
    "fixed_count",
    "lower_confidence_bound",
    "upper_confidence_bound",
]

#: The most a setup that behaves as calibrated may fail a claim, per claim and run.
ALPHA = 0.01
#: The confidence of the bounds that turn calibration counts into stated rates (one-sided).
CONFIDENCE = 0.95


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict

mutants_x__check__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check__mutmut)
def _check(k: int, n: int, p: float) -> None:
    if not (isinstance(n, int) and n >= 0 and isinstance(k, int)):
        raise ValueError(f"k and n must be integers with n >= 0; got k={k!r}, n={n!r}")
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"p must be a probability in [0, 1]; got {p!r}")


def x__check__mutmut_orig(k: int, n: int, p: float) -> None:
    if not (isinstance(n, int) and n >= 0 and isinstance(k, int)):
        raise ValueError(f"k and n must be integers with n >= 0; got k={k!r}, n={n!r}")
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"p must be a probability in [0, 1]; got {p!r}")


def x__check__mutmut_1(k: int, n: int, p: float) -> None:
    if isinstance(n, int) and n >= 0 and isinstance(k, int):
        raise ValueError(f"k and n must be integers with n >= 0; got k={k!r}, n={n!r}")
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"p must be a probability in [0, 1]; got {p!r}")


def x__check__mutmut_2(k: int, n: int, p: float) -> None:
    if not (isinstance(n, int) and n >= 0 or isinstance(k, int)):
        raise ValueError(f"k and n must be integers with n >= 0; got k={k!r}, n={n!r}")
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"p must be a probability in [0, 1]; got {p!r}")


def x__check__mutmut_3(k: int, n: int, p: float) -> None:
    if not (isinstance(n, int) or n >= 0 and isinstance(k, int)):
        raise ValueError(f"k and n must be integers with n >= 0; got k={k!r}, n={n!r}")
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"p must be a probability in [0, 1]; got {p!r}")


def x__check__mutmut_4(k: int, n: int, p: float) -> None:
    if not (isinstance(n, int) and n > 0 and isinstance(k, int)):
        raise ValueError(f"k and n must be integers with n >= 0; got k={k!r}, n={n!r}")
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"p must be a probability in [0, 1]; got {p!r}")


def x__check__mutmut_5(k: int, n: int, p: float) -> None:
    if not (isinstance(n, int) and n >= 1 and isinstance(k, int)):
        raise ValueError(f"k and n must be integers with n >= 0; got k={k!r}, n={n!r}")
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"p must be a probability in [0, 1]; got {p!r}")


def x__check__mutmut_6(k: int, n: int, p: float) -> None:
    if not (isinstance(n, int) and n >= 0 and isinstance(k, int)):
        raise ValueError(None)
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"p must be a probability in [0, 1]; got {p!r}")


def x__check__mutmut_7(k: int, n: int, p: float) -> None:
    if not (isinstance(n, int) and n >= 0 and isinstance(k, int)):
        raise ValueError(f"k and n must be integers with n >= 0; got k={k!r}, n={n!r}")
    if 0.0 <= p <= 1.0:
        raise ValueError(f"p must be a probability in [0, 1]; got {p!r}")


def x__check__mutmut_8(k: int, n: int, p: float) -> None:
    if not (isinstance(n, int) and n >= 0 and isinstance(k, int)):
        raise ValueError(f"k and n must be integers with n >= 0; got k={k!r}, n={n!r}")
    if not 1.0 <= p <= 1.0:
        raise ValueError(f"p must be a probability in [0, 1]; got {p!r}")


def x__check__mutmut_9(k: int, n: int, p: float) -> None:
    if not (isinstance(n, int) and n >= 0 and isinstance(k, int)):
        raise ValueError(f"k and n must be integers with n >= 0; got k={k!r}, n={n!r}")
    if not 0.0 < p <= 1.0:
        raise ValueError(f"p must be a probability in [0, 1]; got {p!r}")


def x__check__mutmut_10(k: int, n: int, p: float) -> None:
    if not (isinstance(n, int) and n >= 0 and isinstance(k, int)):
        raise ValueError(f"k and n must be integers with n >= 0; got k={k!r}, n={n!r}")
    if not 0.0 <= p < 1.0:
        raise ValueError(f"p must be a probability in [0, 1]; got {p!r}")


def x__check__mutmut_11(k: int, n: int, p: float) -> None:
    if not (isinstance(n, int) and n >= 0 and isinstance(k, int)):
        raise ValueError(f"k and n must be integers with n >= 0; got k={k!r}, n={n!r}")
    if not 0.0 <= p <= 2.0:
        raise ValueError(f"p must be a probability in [0, 1]; got {p!r}")


def x__check__mutmut_12(k: int, n: int, p: float) -> None:
    if not (isinstance(n, int) and n >= 0 and isinstance(k, int)):
        raise ValueError(f"k and n must be integers with n >= 0; got k={k!r}, n={n!r}")
    if not 0.0 <= p <= 1.0:
        raise ValueError(None)


mutants_x__check__mutmut["_mutmut_orig"] = x__check__mutmut_orig  # type: ignore # mutmut generated
mutants_x__check__mutmut["x__check__mutmut_1"] = x__check__mutmut_1  # type: ignore # mutmut generated
mutants_x__check__mutmut["x__check__mutmut_2"] = x__check__mutmut_2  # type: ignore # mutmut generated
mutants_x__check__mutmut["x__check__mutmut_3"] = x__check__mutmut_3  # type: ignore # mutmut generated
mutants_x__check__mutmut["x__check__mutmut_4"] = x__check__mutmut_4  # type: ignore # mutmut generated
mutants_x__check__mutmut["x__check__mutmut_5"] = x__check__mutmut_5  # type: ignore # mutmut generated
mutants_x__check__mutmut["x__check__mutmut_6"] = x__check__mutmut_6  # type: ignore # mutmut generated
mutants_x__check__mutmut["x__check__mutmut_7"] = x__check__mutmut_7  # type: ignore # mutmut generated
mutants_x__check__mutmut["x__check__mutmut_8"] = x__check__mutmut_8  # type: ignore # mutmut generated
mutants_x__check__mutmut["x__check__mutmut_9"] = x__check__mutmut_9  # type: ignore # mutmut generated
mutants_x__check__mutmut["x__check__mutmut_10"] = x__check__mutmut_10  # type: ignore # mutmut generated
mutants_x__check__mutmut["x__check__mutmut_11"] = x__check__mutmut_11  # type: ignore # mutmut generated
mutants_x__check__mutmut["x__check__mutmut_12"] = x__check__mutmut_12  # type: ignore # mutmut generated
mutants_x__pmf__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__pmf__mutmut)
def _pmf(i: int, n: int, p: float) -> float:
    if p == 0.0:
        return 1.0 if i == 0 else 0.0
    if p == 1.0:
        return 1.0 if i == n else 0.0
    log = math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * math.log(p) + (n - i) * math.log1p(-p)
    return math.exp(log)


def x__pmf__mutmut_orig(i: int, n: int, p: float) -> float:
    if p == 0.0:
        return 1.0 if i == 0 else 0.0
    if p == 1.0:
        return 1.0 if i == n else 0.0
    log = math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * math.log(p) + (n - i) * math.log1p(-p)
    return math.exp(log)


def x__pmf__mutmut_1(i: int, n: int, p: float) -> float:
    if p != 0.0:
        return 1.0 if i == 0 else 0.0
    if p == 1.0:
        return 1.0 if i == n else 0.0
    log = math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * math.log(p) + (n - i) * math.log1p(-p)
    return math.exp(log)


def x__pmf__mutmut_2(i: int, n: int, p: float) -> float:
    if p == 1.0:
        return 1.0 if i == 0 else 0.0
    if p == 1.0:
        return 1.0 if i == n else 0.0
    log = math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * math.log(p) + (n - i) * math.log1p(-p)
    return math.exp(log)


def x__pmf__mutmut_3(i: int, n: int, p: float) -> float:
    if p == 0.0:
        return 1.0 if (i == 0) and False else 0.0
    if p == 1.0:
        return 1.0 if i == n else 0.0
    log = math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * math.log(p) + (n - i) * math.log1p(-p)
    return math.exp(log)


def x__pmf__mutmut_4(i: int, n: int, p: float) -> float:
    if p == 0.0:
        return 1.0 if (i == 0) or True else 0.0
    if p == 1.0:
        return 1.0 if i == n else 0.0
    log = math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * math.log(p) + (n - i) * math.log1p(-p)
    return math.exp(log)


def x__pmf__mutmut_5(i: int, n: int, p: float) -> float:
    if p == 0.0:
        return 2.0 if i == 0 else 0.0
    if p == 1.0:
        return 1.0 if i == n else 0.0
    log = math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * math.log(p) + (n - i) * math.log1p(-p)
    return math.exp(log)


def x__pmf__mutmut_6(i: int, n: int, p: float) -> float:
    if p == 0.0:
        return 1.0 if i != 0 else 0.0
    if p == 1.0:
        return 1.0 if i == n else 0.0
    log = math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * math.log(p) + (n - i) * math.log1p(-p)
    return math.exp(log)


def x__pmf__mutmut_7(i: int, n: int, p: float) -> float:
    if p == 0.0:
        return 1.0 if i == 1 else 0.0
    if p == 1.0:
        return 1.0 if i == n else 0.0
    log = math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * math.log(p) + (n - i) * math.log1p(-p)
    return math.exp(log)


def x__pmf__mutmut_8(i: int, n: int, p: float) -> float:
    if p == 0.0:
        return 1.0 if i == 0 else 1.0
    if p == 1.0:
        return 1.0 if i == n else 0.0
    log = math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * math.log(p) + (n - i) * math.log1p(-p)
    return math.exp(log)


def x__pmf__mutmut_9(i: int, n: int, p: float) -> float:
    if p == 0.0:
        return 1.0 if i == 0 else 0.0
    if p != 1.0:
        return 1.0 if i == n else 0.0
    log = math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * math.log(p) + (n - i) * math.log1p(-p)
    return math.exp(log)


def x__pmf__mutmut_10(i: int, n: int, p: float) -> float:
    if p == 0.0:
        return 1.0 if i == 0 else 0.0
    if p == 2.0:
        return 1.0 if i == n else 0.0
    log = math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * math.log(p) + (n - i) * math.log1p(-p)
    return math.exp(log)


def x__pmf__mutmut_11(i: int, n: int, p: float) -> float:
    if p == 0.0:
        return 1.0 if i == 0 else 0.0
    if p == 1.0:
        return 1.0 if (i == n) and False else 0.0
    log = math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * math.log(p) + (n - i) * math.log1p(-p)
    return math.exp(log)


def x__pmf__mutmut_12(i: int, n: int, p: float) -> float:
    if p == 0.0:
        return 1.0 if i == 0 else 0.0
    if p == 1.0:
        return 1.0 if (i == n) or True else 0.0
    log = math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * math.log(p) + (n - i) * math.log1p(-p)
    return math.exp(log)


def x__pmf__mutmut_13(i: int, n: int, p: float) -> float:
    if p == 0.0:
        return 1.0 if i == 0 else 0.0
    if p == 1.0:
        return 2.0 if i == n else 0.0
    log = math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * math.log(p) + (n - i) * math.log1p(-p)
    return math.exp(log)


def x__pmf__mutmut_14(i: int, n: int, p: float) -> float:
    if p == 0.0:
        return 1.0 if i == 0 else 0.0
    if p == 1.0:
        return 1.0 if i != n else 0.0
    log = math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * math.log(p) + (n - i) * math.log1p(-p)
    return math.exp(log)


def x__pmf__mutmut_15(i: int, n: int, p: float) -> float:
    if p == 0.0:
        return 1.0 if i == 0 else 0.0
    if p == 1.0:
        return 1.0 if i == n else 1.0
    log = math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * math.log(p) + (n - i) * math.log1p(-p)
    return math.exp(log)


def x__pmf__mutmut_16(i: int, n: int, p: float) -> float:
    if p == 0.0:
        return 1.0 if i == 0 else 0.0
    if p == 1.0:
        return 1.0 if i == n else 0.0
    log = None
    return math.exp(log)


def x__pmf__mutmut_17(i: int, n: int, p: float) -> float:
    if p == 0.0:
        return 1.0 if i == 0 else 0.0
    if p == 1.0:
        return 1.0 if i == n else 0.0
    log = math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * math.log(p) - (n - i) * math.log1p(-p)
    return math.exp(log)


def x__pmf__mutmut_18(i: int, n: int, p: float) -> float:
    if p == 0.0:
        return 1.0 if i == 0 else 0.0
    if p == 1.0:
        return 1.0 if i == n else 0.0
    log = math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) - i * math.log(p) + (n - i) * math.log1p(-p)
    return math.exp(log)


def x__pmf__mutmut_19(i: int, n: int, p: float) -> float:
    if p == 0.0:
        return 1.0 if i == 0 else 0.0
    if p == 1.0:
        return 1.0 if i == n else 0.0
    log = math.lgamma(n + 1) - math.lgamma(i + 1) + math.lgamma(n - i + 1) + i * math.log(p) + (n - i) * math.log1p(-p)
    return math.exp(log)


def x__pmf__mutmut_20(i: int, n: int, p: float) -> float:
    if p == 0.0:
        return 1.0 if i == 0 else 0.0
    if p == 1.0:
        return 1.0 if i == n else 0.0
    log = math.lgamma(n + 1) + math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * math.log(p) + (n - i) * math.log1p(-p)
    return math.exp(log)


def x__pmf__mutmut_21(i: int, n: int, p: float) -> float:
    if p == 0.0:
        return 1.0 if i == 0 else 0.0
    if p == 1.0:
        return 1.0 if i == n else 0.0
    log = math.lgamma(None) - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * math.log(p) + (n - i) * math.log1p(-p)
    return math.exp(log)


def x__pmf__mutmut_22(i: int, n: int, p: float) -> float:
    if p == 0.0:
        return 1.0 if i == 0 else 0.0
    if p == 1.0:
        return 1.0 if i == n else 0.0
    log = math.lgamma(n - 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * math.log(p) + (n - i) * math.log1p(-p)
    return math.exp(log)


def x__pmf__mutmut_23(i: int, n: int, p: float) -> float:
    if p == 0.0:
        return 1.0 if i == 0 else 0.0
    if p == 1.0:
        return 1.0 if i == n else 0.0
    log = math.lgamma(n + 2) - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * math.log(p) + (n - i) * math.log1p(-p)
    return math.exp(log)


def x__pmf__mutmut_24(i: int, n: int, p: float) -> float:
    if p == 0.0:
        return 1.0 if i == 0 else 0.0
    if p == 1.0:
        return 1.0 if i == n else 0.0
    log = math.lgamma(n + 1) - math.lgamma(None) - math.lgamma(n - i + 1) + i * math.log(p) + (n - i) * math.log1p(-p)
    return math.exp(log)


def x__pmf__mutmut_25(i: int, n: int, p: float) -> float:
    if p == 0.0:
        return 1.0 if i == 0 else 0.0
    if p == 1.0:
        return 1.0 if i == n else 0.0
    log = math.lgamma(n + 1) - math.lgamma(i - 1) - math.lgamma(n - i + 1) + i * math.log(p) + (n - i) * math.log1p(-p)
    return math.exp(log)


def x__pmf__mutmut_26(i: int, n: int, p: float) -> float:
    if p == 0.0:
        return 1.0 if i == 0 else 0.0
    if p == 1.0:
        return 1.0 if i == n else 0.0
    log = math.lgamma(n + 1) - math.lgamma(i + 2) - math.lgamma(n - i + 1) + i * math.log(p) + (n - i) * math.log1p(-p)
    return math.exp(log)


def x__pmf__mutmut_27(i: int, n: int, p: float) -> float:
    if p == 0.0:
        return 1.0 if i == 0 else 0.0
    if p == 1.0:
        return 1.0 if i == n else 0.0
    log = math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(None) + i * math.log(p) + (n - i) * math.log1p(-p)
    return math.exp(log)


def x__pmf__mutmut_28(i: int, n: int, p: float) -> float:
    if p == 0.0:
        return 1.0 if i == 0 else 0.0
    if p == 1.0:
        return 1.0 if i == n else 0.0
    log = math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i - 1) + i * math.log(p) + (n - i) * math.log1p(-p)
    return math.exp(log)


def x__pmf__mutmut_29(i: int, n: int, p: float) -> float:
    if p == 0.0:
        return 1.0 if i == 0 else 0.0
    if p == 1.0:
        return 1.0 if i == n else 0.0
    log = math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n + i + 1) + i * math.log(p) + (n - i) * math.log1p(-p)
    return math.exp(log)


def x__pmf__mutmut_30(i: int, n: int, p: float) -> float:
    if p == 0.0:
        return 1.0 if i == 0 else 0.0
    if p == 1.0:
        return 1.0 if i == n else 0.0
    log = math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 2) + i * math.log(p) + (n - i) * math.log1p(-p)
    return math.exp(log)


def x__pmf__mutmut_31(i: int, n: int, p: float) -> float:
    if p == 0.0:
        return 1.0 if i == 0 else 0.0
    if p == 1.0:
        return 1.0 if i == n else 0.0
    log = math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i / math.log(p) + (n - i) * math.log1p(-p)
    return math.exp(log)


def x__pmf__mutmut_32(i: int, n: int, p: float) -> float:
    if p == 0.0:
        return 1.0 if i == 0 else 0.0
    if p == 1.0:
        return 1.0 if i == n else 0.0
    log = (
        math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * math.log(None) + (n - i) * math.log1p(-p)
    )
    return math.exp(log)


def x__pmf__mutmut_33(i: int, n: int, p: float) -> float:
    if p == 0.0:
        return 1.0 if i == 0 else 0.0
    if p == 1.0:
        return 1.0 if i == n else 0.0
    log = math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * math.log(p) + (n - i) / math.log1p(-p)
    return math.exp(log)


def x__pmf__mutmut_34(i: int, n: int, p: float) -> float:
    if p == 0.0:
        return 1.0 if i == 0 else 0.0
    if p == 1.0:
        return 1.0 if i == n else 0.0
    log = math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * math.log(p) + (n + i) * math.log1p(-p)
    return math.exp(log)


def x__pmf__mutmut_35(i: int, n: int, p: float) -> float:
    if p == 0.0:
        return 1.0 if i == 0 else 0.0
    if p == 1.0:
        return 1.0 if i == n else 0.0
    log = (
        math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * math.log(p) + (n - i) * math.log1p(None)
    )
    return math.exp(log)


def x__pmf__mutmut_36(i: int, n: int, p: float) -> float:
    if p == 0.0:
        return 1.0 if i == 0 else 0.0
    if p == 1.0:
        return 1.0 if i == n else 0.0
    log = math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * math.log(p) + (n - i) * math.log1p(+p)
    return math.exp(log)


def x__pmf__mutmut_37(i: int, n: int, p: float) -> float:
    if p == 0.0:
        return 1.0 if i == 0 else 0.0
    if p == 1.0:
        return 1.0 if i == n else 0.0
    log = math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * math.log(p) + (n - i) * math.log1p(-p)
    return math.exp(None)


mutants_x__pmf__mutmut["_mutmut_orig"] = x__pmf__mutmut_orig  # type: ignore # mutmut generated
mutants_x__pmf__mutmut["x__pmf__mutmut_1"] = x__pmf__mutmut_1  # type: ignore # mutmut generated
mutants_x__pmf__mutmut["x__pmf__mutmut_2"] = x__pmf__mutmut_2  # type: ignore # mutmut generated
mutants_x__pmf__mutmut["x__pmf__mutmut_3"] = x__pmf__mutmut_3  # type: ignore # mutmut generated
mutants_x__pmf__mutmut["x__pmf__mutmut_4"] = x__pmf__mutmut_4  # type: ignore # mutmut generated
mutants_x__pmf__mutmut["x__pmf__mutmut_5"] = x__pmf__mutmut_5  # type: ignore # mutmut generated
mutants_x__pmf__mutmut["x__pmf__mutmut_6"] = x__pmf__mutmut_6  # type: ignore # mutmut generated
mutants_x__pmf__mutmut["x__pmf__mutmut_7"] = x__pmf__mutmut_7  # type: ignore # mutmut generated
mutants_x__pmf__mutmut["x__pmf__mutmut_8"] = x__pmf__mutmut_8  # type: ignore # mutmut generated
mutants_x__pmf__mutmut["x__pmf__mutmut_9"] = x__pmf__mutmut_9  # type: ignore # mutmut generated
mutants_x__pmf__mutmut["x__pmf__mutmut_10"] = x__pmf__mutmut_10  # type: ignore # mutmut generated
mutants_x__pmf__mutmut["x__pmf__mutmut_11"] = x__pmf__mutmut_11  # type: ignore # mutmut generated
mutants_x__pmf__mutmut["x__pmf__mutmut_12"] = x__pmf__mutmut_12  # type: ignore # mutmut generated
mutants_x__pmf__mutmut["x__pmf__mutmut_13"] = x__pmf__mutmut_13  # type: ignore # mutmut generated
mutants_x__pmf__mutmut["x__pmf__mutmut_14"] = x__pmf__mutmut_14  # type: ignore # mutmut generated
mutants_x__pmf__mutmut["x__pmf__mutmut_15"] = x__pmf__mutmut_15  # type: ignore # mutmut generated
mutants_x__pmf__mutmut["x__pmf__mutmut_16"] = x__pmf__mutmut_16  # type: ignore # mutmut generated
mutants_x__pmf__mutmut["x__pmf__mutmut_17"] = x__pmf__mutmut_17  # type: ignore # mutmut generated
mutants_x__pmf__mutmut["x__pmf__mutmut_18"] = x__pmf__mutmut_18  # type: ignore # mutmut generated
mutants_x__pmf__mutmut["x__pmf__mutmut_19"] = x__pmf__mutmut_19  # type: ignore # mutmut generated
mutants_x__pmf__mutmut["x__pmf__mutmut_20"] = x__pmf__mutmut_20  # type: ignore # mutmut generated
mutants_x__pmf__mutmut["x__pmf__mutmut_21"] = x__pmf__mutmut_21  # type: ignore # mutmut generated
mutants_x__pmf__mutmut["x__pmf__mutmut_22"] = x__pmf__mutmut_22  # type: ignore # mutmut generated
mutants_x__pmf__mutmut["x__pmf__mutmut_23"] = x__pmf__mutmut_23  # type: ignore # mutmut generated
mutants_x__pmf__mutmut["x__pmf__mutmut_24"] = x__pmf__mutmut_24  # type: ignore # mutmut generated
mutants_x__pmf__mutmut["x__pmf__mutmut_25"] = x__pmf__mutmut_25  # type: ignore # mutmut generated
mutants_x__pmf__mutmut["x__pmf__mutmut_26"] = x__pmf__mutmut_26  # type: ignore # mutmut generated
mutants_x__pmf__mutmut["x__pmf__mutmut_27"] = x__pmf__mutmut_27  # type: ignore # mutmut generated
mutants_x__pmf__mutmut["x__pmf__mutmut_28"] = x__pmf__mutmut_28  # type: ignore # mutmut generated
mutants_x__pmf__mutmut["x__pmf__mutmut_29"] = x__pmf__mutmut_29  # type: ignore # mutmut generated
mutants_x__pmf__mutmut["x__pmf__mutmut_30"] = x__pmf__mutmut_30  # type: ignore # mutmut generated
mutants_x__pmf__mutmut["x__pmf__mutmut_31"] = x__pmf__mutmut_31  # type: ignore # mutmut generated
mutants_x__pmf__mutmut["x__pmf__mutmut_32"] = x__pmf__mutmut_32  # type: ignore # mutmut generated
mutants_x__pmf__mutmut["x__pmf__mutmut_33"] = x__pmf__mutmut_33  # type: ignore # mutmut generated
mutants_x__pmf__mutmut["x__pmf__mutmut_34"] = x__pmf__mutmut_34  # type: ignore # mutmut generated
mutants_x__pmf__mutmut["x__pmf__mutmut_35"] = x__pmf__mutmut_35  # type: ignore # mutmut generated
mutants_x__pmf__mutmut["x__pmf__mutmut_36"] = x__pmf__mutmut_36  # type: ignore # mutmut generated
mutants_x__pmf__mutmut["x__pmf__mutmut_37"] = x__pmf__mutmut_37  # type: ignore # mutmut generated
mutants_x_binomial_cdf__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_binomial_cdf__mutmut)
def binomial_cdf(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k < 0:
        return 0.0
    if k >= n:
        return 1.0
    return min(1.0, math.fsum(_pmf(i, n, p) for i in range(k + 1)))


def x_binomial_cdf__mutmut_orig(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k < 0:
        return 0.0
    if k >= n:
        return 1.0
    return min(1.0, math.fsum(_pmf(i, n, p) for i in range(k + 1)))


def x_binomial_cdf__mutmut_1(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p)."""
    _check(None, n, p)
    if k < 0:
        return 0.0
    if k >= n:
        return 1.0
    return min(1.0, math.fsum(_pmf(i, n, p) for i in range(k + 1)))


def x_binomial_cdf__mutmut_2(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p)."""
    _check(k, None, p)
    if k < 0:
        return 0.0
    if k >= n:
        return 1.0
    return min(1.0, math.fsum(_pmf(i, n, p) for i in range(k + 1)))


def x_binomial_cdf__mutmut_3(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p)."""
    _check(k, n, None)
    if k < 0:
        return 0.0
    if k >= n:
        return 1.0
    return min(1.0, math.fsum(_pmf(i, n, p) for i in range(k + 1)))


def x_binomial_cdf__mutmut_4(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p)."""
    _check(n, p)
    if k < 0:
        return 0.0
    if k >= n:
        return 1.0
    return min(1.0, math.fsum(_pmf(i, n, p) for i in range(k + 1)))


def x_binomial_cdf__mutmut_5(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p)."""
    _check(k, p)
    if k < 0:
        return 0.0
    if k >= n:
        return 1.0
    return min(1.0, math.fsum(_pmf(i, n, p) for i in range(k + 1)))


def x_binomial_cdf__mutmut_6(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p)."""
    _check(
        k,
        n,
    )
    if k < 0:
        return 0.0
    if k >= n:
        return 1.0
    return min(1.0, math.fsum(_pmf(i, n, p) for i in range(k + 1)))


def x_binomial_cdf__mutmut_7(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k <= 0:
        return 0.0
    if k >= n:
        return 1.0
    return min(1.0, math.fsum(_pmf(i, n, p) for i in range(k + 1)))


def x_binomial_cdf__mutmut_8(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k < 1:
        return 0.0
    if k >= n:
        return 1.0
    return min(1.0, math.fsum(_pmf(i, n, p) for i in range(k + 1)))


def x_binomial_cdf__mutmut_9(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k < 0:
        return 1.0
    if k >= n:
        return 1.0
    return min(1.0, math.fsum(_pmf(i, n, p) for i in range(k + 1)))


def x_binomial_cdf__mutmut_10(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k < 0:
        return 0.0
    if k > n:
        return 1.0
    return min(1.0, math.fsum(_pmf(i, n, p) for i in range(k + 1)))


def x_binomial_cdf__mutmut_11(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k < 0:
        return 0.0
    if k >= n:
        return 2.0
    return min(1.0, math.fsum(_pmf(i, n, p) for i in range(k + 1)))


def x_binomial_cdf__mutmut_12(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k < 0:
        return 0.0
    if k >= n:
        return 1.0
    return min(None, math.fsum(_pmf(i, n, p) for i in range(k + 1)))


def x_binomial_cdf__mutmut_13(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k < 0:
        return 0.0
    if k >= n:
        return 1.0
    return min(1.0, None)


def x_binomial_cdf__mutmut_14(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k < 0:
        return 0.0
    if k >= n:
        return 1.0
    return min(math.fsum(_pmf(i, n, p) for i in range(k + 1)))


def x_binomial_cdf__mutmut_15(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k < 0:
        return 0.0
    if k >= n:
        return 1.0
    return min(
        1.0,
    )


def x_binomial_cdf__mutmut_16(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k < 0:
        return 0.0
    if k >= n:
        return 1.0
    return min(2.0, math.fsum(_pmf(i, n, p) for i in range(k + 1)))


def x_binomial_cdf__mutmut_17(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k < 0:
        return 0.0
    if k >= n:
        return 1.0
    return min(1.0, math.fsum(None))


def x_binomial_cdf__mutmut_18(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k < 0:
        return 0.0
    if k >= n:
        return 1.0
    return min(1.0, math.fsum(_pmf(None, n, p) for i in range(k + 1)))


def x_binomial_cdf__mutmut_19(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k < 0:
        return 0.0
    if k >= n:
        return 1.0
    return min(1.0, math.fsum(_pmf(i, None, p) for i in range(k + 1)))


def x_binomial_cdf__mutmut_20(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k < 0:
        return 0.0
    if k >= n:
        return 1.0
    return min(1.0, math.fsum(_pmf(i, n, None) for i in range(k + 1)))


def x_binomial_cdf__mutmut_21(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k < 0:
        return 0.0
    if k >= n:
        return 1.0
    return min(1.0, math.fsum(_pmf(n, p) for i in range(k + 1)))


def x_binomial_cdf__mutmut_22(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k < 0:
        return 0.0
    if k >= n:
        return 1.0
    return min(1.0, math.fsum(_pmf(i, p) for i in range(k + 1)))


def x_binomial_cdf__mutmut_23(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k < 0:
        return 0.0
    if k >= n:
        return 1.0
    return min(
        1.0,
        math.fsum(
            _pmf(
                i,
                n,
            )
            for i in range(k + 1)
        ),
    )


def x_binomial_cdf__mutmut_24(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k < 0:
        return 0.0
    if k >= n:
        return 1.0
    return min(1.0, math.fsum(_pmf(i, n, p) for i in range(None)))


def x_binomial_cdf__mutmut_25(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k < 0:
        return 0.0
    if k >= n:
        return 1.0
    return min(1.0, math.fsum(_pmf(i, n, p) for i in range(k - 1)))


def x_binomial_cdf__mutmut_26(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k < 0:
        return 0.0
    if k >= n:
        return 1.0
    return min(1.0, math.fsum(_pmf(i, n, p) for i in range(k + 2)))


mutants_x_binomial_cdf__mutmut["_mutmut_orig"] = x_binomial_cdf__mutmut_orig  # type: ignore # mutmut generated
mutants_x_binomial_cdf__mutmut["x_binomial_cdf__mutmut_1"] = x_binomial_cdf__mutmut_1  # type: ignore # mutmut generated
mutants_x_binomial_cdf__mutmut["x_binomial_cdf__mutmut_2"] = x_binomial_cdf__mutmut_2  # type: ignore # mutmut generated
mutants_x_binomial_cdf__mutmut["x_binomial_cdf__mutmut_3"] = x_binomial_cdf__mutmut_3  # type: ignore # mutmut generated
mutants_x_binomial_cdf__mutmut["x_binomial_cdf__mutmut_4"] = x_binomial_cdf__mutmut_4  # type: ignore # mutmut generated
mutants_x_binomial_cdf__mutmut["x_binomial_cdf__mutmut_5"] = x_binomial_cdf__mutmut_5  # type: ignore # mutmut generated
mutants_x_binomial_cdf__mutmut["x_binomial_cdf__mutmut_6"] = x_binomial_cdf__mutmut_6  # type: ignore # mutmut generated
mutants_x_binomial_cdf__mutmut["x_binomial_cdf__mutmut_7"] = x_binomial_cdf__mutmut_7  # type: ignore # mutmut generated
mutants_x_binomial_cdf__mutmut["x_binomial_cdf__mutmut_8"] = x_binomial_cdf__mutmut_8  # type: ignore # mutmut generated
mutants_x_binomial_cdf__mutmut["x_binomial_cdf__mutmut_9"] = x_binomial_cdf__mutmut_9  # type: ignore # mutmut generated
mutants_x_binomial_cdf__mutmut["x_binomial_cdf__mutmut_10"] = x_binomial_cdf__mutmut_10  # type: ignore # mutmut generated
mutants_x_binomial_cdf__mutmut["x_binomial_cdf__mutmut_11"] = x_binomial_cdf__mutmut_11  # type: ignore # mutmut generated
mutants_x_binomial_cdf__mutmut["x_binomial_cdf__mutmut_12"] = x_binomial_cdf__mutmut_12  # type: ignore # mutmut generated
mutants_x_binomial_cdf__mutmut["x_binomial_cdf__mutmut_13"] = x_binomial_cdf__mutmut_13  # type: ignore # mutmut generated
mutants_x_binomial_cdf__mutmut["x_binomial_cdf__mutmut_14"] = x_binomial_cdf__mutmut_14  # type: ignore # mutmut generated
mutants_x_binomial_cdf__mutmut["x_binomial_cdf__mutmut_15"] = x_binomial_cdf__mutmut_15  # type: ignore # mutmut generated
mutants_x_binomial_cdf__mutmut["x_binomial_cdf__mutmut_16"] = x_binomial_cdf__mutmut_16  # type: ignore # mutmut generated
mutants_x_binomial_cdf__mutmut["x_binomial_cdf__mutmut_17"] = x_binomial_cdf__mutmut_17  # type: ignore # mutmut generated
mutants_x_binomial_cdf__mutmut["x_binomial_cdf__mutmut_18"] = x_binomial_cdf__mutmut_18  # type: ignore # mutmut generated
mutants_x_binomial_cdf__mutmut["x_binomial_cdf__mutmut_19"] = x_binomial_cdf__mutmut_19  # type: ignore # mutmut generated
mutants_x_binomial_cdf__mutmut["x_binomial_cdf__mutmut_20"] = x_binomial_cdf__mutmut_20  # type: ignore # mutmut generated
mutants_x_binomial_cdf__mutmut["x_binomial_cdf__mutmut_21"] = x_binomial_cdf__mutmut_21  # type: ignore # mutmut generated
mutants_x_binomial_cdf__mutmut["x_binomial_cdf__mutmut_22"] = x_binomial_cdf__mutmut_22  # type: ignore # mutmut generated
mutants_x_binomial_cdf__mutmut["x_binomial_cdf__mutmut_23"] = x_binomial_cdf__mutmut_23  # type: ignore # mutmut generated
mutants_x_binomial_cdf__mutmut["x_binomial_cdf__mutmut_24"] = x_binomial_cdf__mutmut_24  # type: ignore # mutmut generated
mutants_x_binomial_cdf__mutmut["x_binomial_cdf__mutmut_25"] = x_binomial_cdf__mutmut_25  # type: ignore # mutmut generated
mutants_x_binomial_cdf__mutmut["x_binomial_cdf__mutmut_26"] = x_binomial_cdf__mutmut_26  # type: ignore # mutmut generated
mutants_x_binomial_sf__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_binomial_sf__mutmut)
def binomial_sf(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k <= 0:
        return 1.0
    if k > n:
        return 0.0
    return min(1.0, math.fsum(_pmf(i, n, p) for i in range(k, n + 1)))


def x_binomial_sf__mutmut_orig(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k <= 0:
        return 1.0
    if k > n:
        return 0.0
    return min(1.0, math.fsum(_pmf(i, n, p) for i in range(k, n + 1)))


def x_binomial_sf__mutmut_1(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    _check(None, n, p)
    if k <= 0:
        return 1.0
    if k > n:
        return 0.0
    return min(1.0, math.fsum(_pmf(i, n, p) for i in range(k, n + 1)))


def x_binomial_sf__mutmut_2(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    _check(k, None, p)
    if k <= 0:
        return 1.0
    if k > n:
        return 0.0
    return min(1.0, math.fsum(_pmf(i, n, p) for i in range(k, n + 1)))


def x_binomial_sf__mutmut_3(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    _check(k, n, None)
    if k <= 0:
        return 1.0
    if k > n:
        return 0.0
    return min(1.0, math.fsum(_pmf(i, n, p) for i in range(k, n + 1)))


def x_binomial_sf__mutmut_4(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    _check(n, p)
    if k <= 0:
        return 1.0
    if k > n:
        return 0.0
    return min(1.0, math.fsum(_pmf(i, n, p) for i in range(k, n + 1)))


def x_binomial_sf__mutmut_5(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    _check(k, p)
    if k <= 0:
        return 1.0
    if k > n:
        return 0.0
    return min(1.0, math.fsum(_pmf(i, n, p) for i in range(k, n + 1)))


def x_binomial_sf__mutmut_6(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    _check(
        k,
        n,
    )
    if k <= 0:
        return 1.0
    if k > n:
        return 0.0
    return min(1.0, math.fsum(_pmf(i, n, p) for i in range(k, n + 1)))


def x_binomial_sf__mutmut_7(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k < 0:
        return 1.0
    if k > n:
        return 0.0
    return min(1.0, math.fsum(_pmf(i, n, p) for i in range(k, n + 1)))


def x_binomial_sf__mutmut_8(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k <= 1:
        return 1.0
    if k > n:
        return 0.0
    return min(1.0, math.fsum(_pmf(i, n, p) for i in range(k, n + 1)))


def x_binomial_sf__mutmut_9(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k <= 0:
        return 2.0
    if k > n:
        return 0.0
    return min(1.0, math.fsum(_pmf(i, n, p) for i in range(k, n + 1)))


def x_binomial_sf__mutmut_10(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k <= 0:
        return 1.0
    if k >= n:
        return 0.0
    return min(1.0, math.fsum(_pmf(i, n, p) for i in range(k, n + 1)))


def x_binomial_sf__mutmut_11(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k <= 0:
        return 1.0
    if k > n:
        return 1.0
    return min(1.0, math.fsum(_pmf(i, n, p) for i in range(k, n + 1)))


def x_binomial_sf__mutmut_12(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k <= 0:
        return 1.0
    if k > n:
        return 0.0
    return min(None, math.fsum(_pmf(i, n, p) for i in range(k, n + 1)))


def x_binomial_sf__mutmut_13(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k <= 0:
        return 1.0
    if k > n:
        return 0.0
    return min(1.0, None)


def x_binomial_sf__mutmut_14(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k <= 0:
        return 1.0
    if k > n:
        return 0.0
    return min(math.fsum(_pmf(i, n, p) for i in range(k, n + 1)))


def x_binomial_sf__mutmut_15(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k <= 0:
        return 1.0
    if k > n:
        return 0.0
    return min(
        1.0,
    )


def x_binomial_sf__mutmut_16(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k <= 0:
        return 1.0
    if k > n:
        return 0.0
    return min(2.0, math.fsum(_pmf(i, n, p) for i in range(k, n + 1)))


def x_binomial_sf__mutmut_17(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k <= 0:
        return 1.0
    if k > n:
        return 0.0
    return min(1.0, math.fsum(None))


def x_binomial_sf__mutmut_18(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k <= 0:
        return 1.0
    if k > n:
        return 0.0
    return min(1.0, math.fsum(_pmf(None, n, p) for i in range(k, n + 1)))


def x_binomial_sf__mutmut_19(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k <= 0:
        return 1.0
    if k > n:
        return 0.0
    return min(1.0, math.fsum(_pmf(i, None, p) for i in range(k, n + 1)))


def x_binomial_sf__mutmut_20(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k <= 0:
        return 1.0
    if k > n:
        return 0.0
    return min(1.0, math.fsum(_pmf(i, n, None) for i in range(k, n + 1)))


def x_binomial_sf__mutmut_21(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k <= 0:
        return 1.0
    if k > n:
        return 0.0
    return min(1.0, math.fsum(_pmf(n, p) for i in range(k, n + 1)))


def x_binomial_sf__mutmut_22(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k <= 0:
        return 1.0
    if k > n:
        return 0.0
    return min(1.0, math.fsum(_pmf(i, p) for i in range(k, n + 1)))


def x_binomial_sf__mutmut_23(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k <= 0:
        return 1.0
    if k > n:
        return 0.0
    return min(
        1.0,
        math.fsum(
            _pmf(
                i,
                n,
            )
            for i in range(k, n + 1)
        ),
    )


def x_binomial_sf__mutmut_24(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k <= 0:
        return 1.0
    if k > n:
        return 0.0
    return min(1.0, math.fsum(_pmf(i, n, p) for i in range(None, n + 1)))


def x_binomial_sf__mutmut_25(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k <= 0:
        return 1.0
    if k > n:
        return 0.0
    return min(1.0, math.fsum(_pmf(i, n, p) for i in range(k, None)))


def x_binomial_sf__mutmut_26(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k <= 0:
        return 1.0
    if k > n:
        return 0.0
    return min(1.0, math.fsum(_pmf(i, n, p) for i in range(n + 1)))


def x_binomial_sf__mutmut_27(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k <= 0:
        return 1.0
    if k > n:
        return 0.0
    return min(
        1.0,
        math.fsum(
            _pmf(i, n, p)
            for i in range(
                k,
            )
        ),
    )


def x_binomial_sf__mutmut_28(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k <= 0:
        return 1.0
    if k > n:
        return 0.0
    return min(1.0, math.fsum(_pmf(i, n, p) for i in range(k, n - 1)))


def x_binomial_sf__mutmut_29(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    _check(k, n, p)
    if k <= 0:
        return 1.0
    if k > n:
        return 0.0
    return min(1.0, math.fsum(_pmf(i, n, p) for i in range(k, n + 2)))


mutants_x_binomial_sf__mutmut["_mutmut_orig"] = x_binomial_sf__mutmut_orig  # type: ignore # mutmut generated
mutants_x_binomial_sf__mutmut["x_binomial_sf__mutmut_1"] = x_binomial_sf__mutmut_1  # type: ignore # mutmut generated
mutants_x_binomial_sf__mutmut["x_binomial_sf__mutmut_2"] = x_binomial_sf__mutmut_2  # type: ignore # mutmut generated
mutants_x_binomial_sf__mutmut["x_binomial_sf__mutmut_3"] = x_binomial_sf__mutmut_3  # type: ignore # mutmut generated
mutants_x_binomial_sf__mutmut["x_binomial_sf__mutmut_4"] = x_binomial_sf__mutmut_4  # type: ignore # mutmut generated
mutants_x_binomial_sf__mutmut["x_binomial_sf__mutmut_5"] = x_binomial_sf__mutmut_5  # type: ignore # mutmut generated
mutants_x_binomial_sf__mutmut["x_binomial_sf__mutmut_6"] = x_binomial_sf__mutmut_6  # type: ignore # mutmut generated
mutants_x_binomial_sf__mutmut["x_binomial_sf__mutmut_7"] = x_binomial_sf__mutmut_7  # type: ignore # mutmut generated
mutants_x_binomial_sf__mutmut["x_binomial_sf__mutmut_8"] = x_binomial_sf__mutmut_8  # type: ignore # mutmut generated
mutants_x_binomial_sf__mutmut["x_binomial_sf__mutmut_9"] = x_binomial_sf__mutmut_9  # type: ignore # mutmut generated
mutants_x_binomial_sf__mutmut["x_binomial_sf__mutmut_10"] = x_binomial_sf__mutmut_10  # type: ignore # mutmut generated
mutants_x_binomial_sf__mutmut["x_binomial_sf__mutmut_11"] = x_binomial_sf__mutmut_11  # type: ignore # mutmut generated
mutants_x_binomial_sf__mutmut["x_binomial_sf__mutmut_12"] = x_binomial_sf__mutmut_12  # type: ignore # mutmut generated
mutants_x_binomial_sf__mutmut["x_binomial_sf__mutmut_13"] = x_binomial_sf__mutmut_13  # type: ignore # mutmut generated
mutants_x_binomial_sf__mutmut["x_binomial_sf__mutmut_14"] = x_binomial_sf__mutmut_14  # type: ignore # mutmut generated
mutants_x_binomial_sf__mutmut["x_binomial_sf__mutmut_15"] = x_binomial_sf__mutmut_15  # type: ignore # mutmut generated
mutants_x_binomial_sf__mutmut["x_binomial_sf__mutmut_16"] = x_binomial_sf__mutmut_16  # type: ignore # mutmut generated
mutants_x_binomial_sf__mutmut["x_binomial_sf__mutmut_17"] = x_binomial_sf__mutmut_17  # type: ignore # mutmut generated
mutants_x_binomial_sf__mutmut["x_binomial_sf__mutmut_18"] = x_binomial_sf__mutmut_18  # type: ignore # mutmut generated
mutants_x_binomial_sf__mutmut["x_binomial_sf__mutmut_19"] = x_binomial_sf__mutmut_19  # type: ignore # mutmut generated
mutants_x_binomial_sf__mutmut["x_binomial_sf__mutmut_20"] = x_binomial_sf__mutmut_20  # type: ignore # mutmut generated
mutants_x_binomial_sf__mutmut["x_binomial_sf__mutmut_21"] = x_binomial_sf__mutmut_21  # type: ignore # mutmut generated
mutants_x_binomial_sf__mutmut["x_binomial_sf__mutmut_22"] = x_binomial_sf__mutmut_22  # type: ignore # mutmut generated
mutants_x_binomial_sf__mutmut["x_binomial_sf__mutmut_23"] = x_binomial_sf__mutmut_23  # type: ignore # mutmut generated
mutants_x_binomial_sf__mutmut["x_binomial_sf__mutmut_24"] = x_binomial_sf__mutmut_24  # type: ignore # mutmut generated
mutants_x_binomial_sf__mutmut["x_binomial_sf__mutmut_25"] = x_binomial_sf__mutmut_25  # type: ignore # mutmut generated
mutants_x_binomial_sf__mutmut["x_binomial_sf__mutmut_26"] = x_binomial_sf__mutmut_26  # type: ignore # mutmut generated
mutants_x_binomial_sf__mutmut["x_binomial_sf__mutmut_27"] = x_binomial_sf__mutmut_27  # type: ignore # mutmut generated
mutants_x_binomial_sf__mutmut["x_binomial_sf__mutmut_28"] = x_binomial_sf__mutmut_28  # type: ignore # mutmut generated
mutants_x_binomial_sf__mutmut["x_binomial_sf__mutmut_29"] = x_binomial_sf__mutmut_29  # type: ignore # mutmut generated
mutants_x__bisect__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__bisect__mutmut)
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


def x__bisect__mutmut_orig(f, target: float) -> float:
    """The p in [0, 1] where the increasing function ``f`` crosses ``target`` (60 halvings)."""
    low, high = 0.0, 1.0
    for _ in range(60):
        mid = (low + high) / 2
        if f(mid) < target:
            low = mid
        else:
            high = mid
    return (low + high) / 2


def x__bisect__mutmut_1(f, target: float) -> float:
    """The p in [0, 1] where the increasing function ``f`` crosses ``target`` (60 halvings)."""
    low, high = None
    for _ in range(60):
        mid = (low + high) / 2
        if f(mid) < target:
            low = mid
        else:
            high = mid
    return (low + high) / 2


def x__bisect__mutmut_2(f, target: float) -> float:
    """The p in [0, 1] where the increasing function ``f`` crosses ``target`` (60 halvings)."""
    low, high = 1.0, 1.0
    for _ in range(60):
        mid = (low + high) / 2
        if f(mid) < target:
            low = mid
        else:
            high = mid
    return (low + high) / 2


def x__bisect__mutmut_3(f, target: float) -> float:
    """The p in [0, 1] where the increasing function ``f`` crosses ``target`` (60 halvings)."""
    low, high = 0.0, 2.0
    for _ in range(60):
        mid = (low + high) / 2
        if f(mid) < target:
            low = mid
        else:
            high = mid
    return (low + high) / 2


def x__bisect__mutmut_4(f, target: float) -> float:
    """The p in [0, 1] where the increasing function ``f`` crosses ``target`` (60 halvings)."""
    low, high = 0.0, 1.0
    for _ in range(None):
        mid = (low + high) / 2
        if f(mid) < target:
            low = mid
        else:
            high = mid
    return (low + high) / 2


def x__bisect__mutmut_5(f, target: float) -> float:
    """The p in [0, 1] where the increasing function ``f`` crosses ``target`` (60 halvings)."""
    low, high = 0.0, 1.0
    for _ in range(61):
        mid = (low + high) / 2
        if f(mid) < target:
            low = mid
        else:
            high = mid
    return (low + high) / 2


def x__bisect__mutmut_6(f, target: float) -> float:
    """The p in [0, 1] where the increasing function ``f`` crosses ``target`` (60 halvings)."""
    low, high = 0.0, 1.0
    for _ in range(60):
        mid = None
        if f(mid) < target:
            low = mid
        else:
            high = mid
    return (low + high) / 2


def x__bisect__mutmut_7(f, target: float) -> float:
    """The p in [0, 1] where the increasing function ``f`` crosses ``target`` (60 halvings)."""
    low, high = 0.0, 1.0
    for _ in range(60):
        mid = (low + high) * 2
        if f(mid) < target:
            low = mid
        else:
            high = mid
    return (low + high) / 2


def x__bisect__mutmut_8(f, target: float) -> float:
    """The p in [0, 1] where the increasing function ``f`` crosses ``target`` (60 halvings)."""
    low, high = 0.0, 1.0
    for _ in range(60):
        mid = (low - high) / 2
        if f(mid) < target:
            low = mid
        else:
            high = mid
    return (low + high) / 2


def x__bisect__mutmut_9(f, target: float) -> float:
    """The p in [0, 1] where the increasing function ``f`` crosses ``target`` (60 halvings)."""
    low, high = 0.0, 1.0
    for _ in range(60):
        mid = (low + high) / 3
        if f(mid) < target:
            low = mid
        else:
            high = mid
    return (low + high) / 2


def x__bisect__mutmut_10(f, target: float) -> float:
    """The p in [0, 1] where the increasing function ``f`` crosses ``target`` (60 halvings)."""
    low, high = 0.0, 1.0
    for _ in range(60):
        mid = (low + high) / 2
        if f(None) < target:
            low = mid
        else:
            high = mid
    return (low + high) / 2


def x__bisect__mutmut_11(f, target: float) -> float:
    """The p in [0, 1] where the increasing function ``f`` crosses ``target`` (60 halvings)."""
    low, high = 0.0, 1.0
    for _ in range(60):
        mid = (low + high) / 2
        if f(mid) <= target:
            low = mid
        else:
            high = mid
    return (low + high) / 2


def x__bisect__mutmut_12(f, target: float) -> float:
    """The p in [0, 1] where the increasing function ``f`` crosses ``target`` (60 halvings)."""
    low, high = 0.0, 1.0
    for _ in range(60):
        mid = (low + high) / 2
        if f(mid) < target:
            low = None
        else:
            high = mid
    return (low + high) / 2


def x__bisect__mutmut_13(f, target: float) -> float:
    """The p in [0, 1] where the increasing function ``f`` crosses ``target`` (60 halvings)."""
    low, high = 0.0, 1.0
    for _ in range(60):
        mid = (low + high) / 2
        if f(mid) < target:
            low = mid
        else:
            high = None
    return (low + high) / 2


def x__bisect__mutmut_14(f, target: float) -> float:
    """The p in [0, 1] where the increasing function ``f`` crosses ``target`` (60 halvings)."""
    low, high = 0.0, 1.0
    for _ in range(60):
        mid = (low + high) / 2
        if f(mid) < target:
            low = mid
        else:
            high = mid
    return (low + high) * 2


def x__bisect__mutmut_15(f, target: float) -> float:
    """The p in [0, 1] where the increasing function ``f`` crosses ``target`` (60 halvings)."""
    low, high = 0.0, 1.0
    for _ in range(60):
        mid = (low + high) / 2
        if f(mid) < target:
            low = mid
        else:
            high = mid
    return (low - high) / 2


def x__bisect__mutmut_16(f, target: float) -> float:
    """The p in [0, 1] where the increasing function ``f`` crosses ``target`` (60 halvings)."""
    low, high = 0.0, 1.0
    for _ in range(60):
        mid = (low + high) / 2
        if f(mid) < target:
            low = mid
        else:
            high = mid
    return (low + high) / 3


mutants_x__bisect__mutmut["_mutmut_orig"] = x__bisect__mutmut_orig  # type: ignore # mutmut generated
mutants_x__bisect__mutmut["x__bisect__mutmut_1"] = x__bisect__mutmut_1  # type: ignore # mutmut generated
mutants_x__bisect__mutmut["x__bisect__mutmut_2"] = x__bisect__mutmut_2  # type: ignore # mutmut generated
mutants_x__bisect__mutmut["x__bisect__mutmut_3"] = x__bisect__mutmut_3  # type: ignore # mutmut generated
mutants_x__bisect__mutmut["x__bisect__mutmut_4"] = x__bisect__mutmut_4  # type: ignore # mutmut generated
mutants_x__bisect__mutmut["x__bisect__mutmut_5"] = x__bisect__mutmut_5  # type: ignore # mutmut generated
mutants_x__bisect__mutmut["x__bisect__mutmut_6"] = x__bisect__mutmut_6  # type: ignore # mutmut generated
mutants_x__bisect__mutmut["x__bisect__mutmut_7"] = x__bisect__mutmut_7  # type: ignore # mutmut generated
mutants_x__bisect__mutmut["x__bisect__mutmut_8"] = x__bisect__mutmut_8  # type: ignore # mutmut generated
mutants_x__bisect__mutmut["x__bisect__mutmut_9"] = x__bisect__mutmut_9  # type: ignore # mutmut generated
mutants_x__bisect__mutmut["x__bisect__mutmut_10"] = x__bisect__mutmut_10  # type: ignore # mutmut generated
mutants_x__bisect__mutmut["x__bisect__mutmut_11"] = x__bisect__mutmut_11  # type: ignore # mutmut generated
mutants_x__bisect__mutmut["x__bisect__mutmut_12"] = x__bisect__mutmut_12  # type: ignore # mutmut generated
mutants_x__bisect__mutmut["x__bisect__mutmut_13"] = x__bisect__mutmut_13  # type: ignore # mutmut generated
mutants_x__bisect__mutmut["x__bisect__mutmut_14"] = x__bisect__mutmut_14  # type: ignore # mutmut generated
mutants_x__bisect__mutmut["x__bisect__mutmut_15"] = x__bisect__mutmut_15  # type: ignore # mutmut generated
mutants_x__bisect__mutmut["x__bisect__mutmut_16"] = x__bisect__mutmut_16  # type: ignore # mutmut generated
mutants_x_lower_confidence_bound__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_lower_confidence_bound__mutmut)
def lower_confidence_bound(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson lower bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 0 or k <= 0:
        return 0.0
    return _bisect(lambda p: binomial_sf(k, n, p), 1.0 - confidence)


def x_lower_confidence_bound__mutmut_orig(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson lower bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 0 or k <= 0:
        return 0.0
    return _bisect(lambda p: binomial_sf(k, n, p), 1.0 - confidence)


def x_lower_confidence_bound__mutmut_1(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson lower bound on a share from k successes in n trials."""
    _check(None, n, 0.5)
    if n == 0 or k <= 0:
        return 0.0
    return _bisect(lambda p: binomial_sf(k, n, p), 1.0 - confidence)


def x_lower_confidence_bound__mutmut_2(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson lower bound on a share from k successes in n trials."""
    _check(k, None, 0.5)
    if n == 0 or k <= 0:
        return 0.0
    return _bisect(lambda p: binomial_sf(k, n, p), 1.0 - confidence)


def x_lower_confidence_bound__mutmut_3(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson lower bound on a share from k successes in n trials."""
    _check(k, n, None)
    if n == 0 or k <= 0:
        return 0.0
    return _bisect(lambda p: binomial_sf(k, n, p), 1.0 - confidence)


def x_lower_confidence_bound__mutmut_4(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson lower bound on a share from k successes in n trials."""
    _check(n, 0.5)
    if n == 0 or k <= 0:
        return 0.0
    return _bisect(lambda p: binomial_sf(k, n, p), 1.0 - confidence)


def x_lower_confidence_bound__mutmut_5(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson lower bound on a share from k successes in n trials."""
    _check(k, 0.5)
    if n == 0 or k <= 0:
        return 0.0
    return _bisect(lambda p: binomial_sf(k, n, p), 1.0 - confidence)


def x_lower_confidence_bound__mutmut_6(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson lower bound on a share from k successes in n trials."""
    _check(
        k,
        n,
    )
    if n == 0 or k <= 0:
        return 0.0
    return _bisect(lambda p: binomial_sf(k, n, p), 1.0 - confidence)


def x_lower_confidence_bound__mutmut_7(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson lower bound on a share from k successes in n trials."""
    _check(k, n, 1.5)
    if n == 0 or k <= 0:
        return 0.0
    return _bisect(lambda p: binomial_sf(k, n, p), 1.0 - confidence)


def x_lower_confidence_bound__mutmut_8(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson lower bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 0 and k <= 0:
        return 0.0
    return _bisect(lambda p: binomial_sf(k, n, p), 1.0 - confidence)


def x_lower_confidence_bound__mutmut_9(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson lower bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n != 0 or k <= 0:
        return 0.0
    return _bisect(lambda p: binomial_sf(k, n, p), 1.0 - confidence)


def x_lower_confidence_bound__mutmut_10(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson lower bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 1 or k <= 0:
        return 0.0
    return _bisect(lambda p: binomial_sf(k, n, p), 1.0 - confidence)


def x_lower_confidence_bound__mutmut_11(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson lower bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 0 or k < 0:
        return 0.0
    return _bisect(lambda p: binomial_sf(k, n, p), 1.0 - confidence)


def x_lower_confidence_bound__mutmut_12(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson lower bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 0 or k <= 1:
        return 0.0
    return _bisect(lambda p: binomial_sf(k, n, p), 1.0 - confidence)


def x_lower_confidence_bound__mutmut_13(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson lower bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 0 or k <= 0:
        return 1.0
    return _bisect(lambda p: binomial_sf(k, n, p), 1.0 - confidence)


def x_lower_confidence_bound__mutmut_14(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson lower bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 0 or k <= 0:
        return 0.0
    return _bisect(None, 1.0 - confidence)


def x_lower_confidence_bound__mutmut_15(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson lower bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 0 or k <= 0:
        return 0.0
    return _bisect(lambda p: binomial_sf(k, n, p), None)


def x_lower_confidence_bound__mutmut_16(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson lower bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 0 or k <= 0:
        return 0.0
    return _bisect(1.0 - confidence)


def x_lower_confidence_bound__mutmut_17(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson lower bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 0 or k <= 0:
        return 0.0
    return _bisect(
        lambda p: binomial_sf(k, n, p),
    )


def x_lower_confidence_bound__mutmut_18(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson lower bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 0 or k <= 0:
        return 0.0
    return _bisect(lambda p: None, 1.0 - confidence)


def x_lower_confidence_bound__mutmut_19(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson lower bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 0 or k <= 0:
        return 0.0
    return _bisect(lambda p: binomial_sf(None, n, p), 1.0 - confidence)


def x_lower_confidence_bound__mutmut_20(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson lower bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 0 or k <= 0:
        return 0.0
    return _bisect(lambda p: binomial_sf(k, None, p), 1.0 - confidence)


def x_lower_confidence_bound__mutmut_21(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson lower bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 0 or k <= 0:
        return 0.0
    return _bisect(lambda p: binomial_sf(k, n, None), 1.0 - confidence)


def x_lower_confidence_bound__mutmut_22(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson lower bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 0 or k <= 0:
        return 0.0
    return _bisect(lambda p: binomial_sf(n, p), 1.0 - confidence)


def x_lower_confidence_bound__mutmut_23(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson lower bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 0 or k <= 0:
        return 0.0
    return _bisect(lambda p: binomial_sf(k, p), 1.0 - confidence)


def x_lower_confidence_bound__mutmut_24(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson lower bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 0 or k <= 0:
        return 0.0
    return _bisect(
        lambda p: binomial_sf(
            k,
            n,
        ),
        1.0 - confidence,
    )


def x_lower_confidence_bound__mutmut_25(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson lower bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 0 or k <= 0:
        return 0.0
    return _bisect(lambda p: binomial_sf(k, n, p), 1.0 + confidence)


def x_lower_confidence_bound__mutmut_26(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson lower bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 0 or k <= 0:
        return 0.0
    return _bisect(lambda p: binomial_sf(k, n, p), 2.0 - confidence)


mutants_x_lower_confidence_bound__mutmut["_mutmut_orig"] = x_lower_confidence_bound__mutmut_orig  # type: ignore # mutmut generated
mutants_x_lower_confidence_bound__mutmut["x_lower_confidence_bound__mutmut_1"] = x_lower_confidence_bound__mutmut_1  # type: ignore # mutmut generated
mutants_x_lower_confidence_bound__mutmut["x_lower_confidence_bound__mutmut_2"] = x_lower_confidence_bound__mutmut_2  # type: ignore # mutmut generated
mutants_x_lower_confidence_bound__mutmut["x_lower_confidence_bound__mutmut_3"] = x_lower_confidence_bound__mutmut_3  # type: ignore # mutmut generated
mutants_x_lower_confidence_bound__mutmut["x_lower_confidence_bound__mutmut_4"] = x_lower_confidence_bound__mutmut_4  # type: ignore # mutmut generated
mutants_x_lower_confidence_bound__mutmut["x_lower_confidence_bound__mutmut_5"] = x_lower_confidence_bound__mutmut_5  # type: ignore # mutmut generated
mutants_x_lower_confidence_bound__mutmut["x_lower_confidence_bound__mutmut_6"] = x_lower_confidence_bound__mutmut_6  # type: ignore # mutmut generated
mutants_x_lower_confidence_bound__mutmut["x_lower_confidence_bound__mutmut_7"] = x_lower_confidence_bound__mutmut_7  # type: ignore # mutmut generated
mutants_x_lower_confidence_bound__mutmut["x_lower_confidence_bound__mutmut_8"] = x_lower_confidence_bound__mutmut_8  # type: ignore # mutmut generated
mutants_x_lower_confidence_bound__mutmut["x_lower_confidence_bound__mutmut_9"] = x_lower_confidence_bound__mutmut_9  # type: ignore # mutmut generated
mutants_x_lower_confidence_bound__mutmut["x_lower_confidence_bound__mutmut_10"] = x_lower_confidence_bound__mutmut_10  # type: ignore # mutmut generated
mutants_x_lower_confidence_bound__mutmut["x_lower_confidence_bound__mutmut_11"] = x_lower_confidence_bound__mutmut_11  # type: ignore # mutmut generated
mutants_x_lower_confidence_bound__mutmut["x_lower_confidence_bound__mutmut_12"] = x_lower_confidence_bound__mutmut_12  # type: ignore # mutmut generated
mutants_x_lower_confidence_bound__mutmut["x_lower_confidence_bound__mutmut_13"] = x_lower_confidence_bound__mutmut_13  # type: ignore # mutmut generated
mutants_x_lower_confidence_bound__mutmut["x_lower_confidence_bound__mutmut_14"] = x_lower_confidence_bound__mutmut_14  # type: ignore # mutmut generated
mutants_x_lower_confidence_bound__mutmut["x_lower_confidence_bound__mutmut_15"] = x_lower_confidence_bound__mutmut_15  # type: ignore # mutmut generated
mutants_x_lower_confidence_bound__mutmut["x_lower_confidence_bound__mutmut_16"] = x_lower_confidence_bound__mutmut_16  # type: ignore # mutmut generated
mutants_x_lower_confidence_bound__mutmut["x_lower_confidence_bound__mutmut_17"] = x_lower_confidence_bound__mutmut_17  # type: ignore # mutmut generated
mutants_x_lower_confidence_bound__mutmut["x_lower_confidence_bound__mutmut_18"] = x_lower_confidence_bound__mutmut_18  # type: ignore # mutmut generated
mutants_x_lower_confidence_bound__mutmut["x_lower_confidence_bound__mutmut_19"] = x_lower_confidence_bound__mutmut_19  # type: ignore # mutmut generated
mutants_x_lower_confidence_bound__mutmut["x_lower_confidence_bound__mutmut_20"] = x_lower_confidence_bound__mutmut_20  # type: ignore # mutmut generated
mutants_x_lower_confidence_bound__mutmut["x_lower_confidence_bound__mutmut_21"] = x_lower_confidence_bound__mutmut_21  # type: ignore # mutmut generated
mutants_x_lower_confidence_bound__mutmut["x_lower_confidence_bound__mutmut_22"] = x_lower_confidence_bound__mutmut_22  # type: ignore # mutmut generated
mutants_x_lower_confidence_bound__mutmut["x_lower_confidence_bound__mutmut_23"] = x_lower_confidence_bound__mutmut_23  # type: ignore # mutmut generated
mutants_x_lower_confidence_bound__mutmut["x_lower_confidence_bound__mutmut_24"] = x_lower_confidence_bound__mutmut_24  # type: ignore # mutmut generated
mutants_x_lower_confidence_bound__mutmut["x_lower_confidence_bound__mutmut_25"] = x_lower_confidence_bound__mutmut_25  # type: ignore # mutmut generated
mutants_x_lower_confidence_bound__mutmut["x_lower_confidence_bound__mutmut_26"] = x_lower_confidence_bound__mutmut_26  # type: ignore # mutmut generated
mutants_x_upper_confidence_bound__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_upper_confidence_bound__mutmut)
def upper_confidence_bound(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson upper bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 0 or k >= n:
        return 1.0
    return _bisect(lambda p: 1.0 - binomial_cdf(k, n, p), confidence)


def x_upper_confidence_bound__mutmut_orig(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson upper bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 0 or k >= n:
        return 1.0
    return _bisect(lambda p: 1.0 - binomial_cdf(k, n, p), confidence)


def x_upper_confidence_bound__mutmut_1(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson upper bound on a share from k successes in n trials."""
    _check(None, n, 0.5)
    if n == 0 or k >= n:
        return 1.0
    return _bisect(lambda p: 1.0 - binomial_cdf(k, n, p), confidence)


def x_upper_confidence_bound__mutmut_2(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson upper bound on a share from k successes in n trials."""
    _check(k, None, 0.5)
    if n == 0 or k >= n:
        return 1.0
    return _bisect(lambda p: 1.0 - binomial_cdf(k, n, p), confidence)


def x_upper_confidence_bound__mutmut_3(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson upper bound on a share from k successes in n trials."""
    _check(k, n, None)
    if n == 0 or k >= n:
        return 1.0
    return _bisect(lambda p: 1.0 - binomial_cdf(k, n, p), confidence)


def x_upper_confidence_bound__mutmut_4(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson upper bound on a share from k successes in n trials."""
    _check(n, 0.5)
    if n == 0 or k >= n:
        return 1.0
    return _bisect(lambda p: 1.0 - binomial_cdf(k, n, p), confidence)


def x_upper_confidence_bound__mutmut_5(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson upper bound on a share from k successes in n trials."""
    _check(k, 0.5)
    if n == 0 or k >= n:
        return 1.0
    return _bisect(lambda p: 1.0 - binomial_cdf(k, n, p), confidence)


def x_upper_confidence_bound__mutmut_6(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson upper bound on a share from k successes in n trials."""
    _check(
        k,
        n,
    )
    if n == 0 or k >= n:
        return 1.0
    return _bisect(lambda p: 1.0 - binomial_cdf(k, n, p), confidence)


def x_upper_confidence_bound__mutmut_7(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson upper bound on a share from k successes in n trials."""
    _check(k, n, 1.5)
    if n == 0 or k >= n:
        return 1.0
    return _bisect(lambda p: 1.0 - binomial_cdf(k, n, p), confidence)


def x_upper_confidence_bound__mutmut_8(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson upper bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 0 and k >= n:
        return 1.0
    return _bisect(lambda p: 1.0 - binomial_cdf(k, n, p), confidence)


def x_upper_confidence_bound__mutmut_9(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson upper bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n != 0 or k >= n:
        return 1.0
    return _bisect(lambda p: 1.0 - binomial_cdf(k, n, p), confidence)


def x_upper_confidence_bound__mutmut_10(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson upper bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 1 or k >= n:
        return 1.0
    return _bisect(lambda p: 1.0 - binomial_cdf(k, n, p), confidence)


def x_upper_confidence_bound__mutmut_11(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson upper bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 0 or k > n:
        return 1.0
    return _bisect(lambda p: 1.0 - binomial_cdf(k, n, p), confidence)


def x_upper_confidence_bound__mutmut_12(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson upper bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 0 or k >= n:
        return 2.0
    return _bisect(lambda p: 1.0 - binomial_cdf(k, n, p), confidence)


def x_upper_confidence_bound__mutmut_13(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson upper bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 0 or k >= n:
        return 1.0
    return _bisect(None, confidence)


def x_upper_confidence_bound__mutmut_14(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson upper bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 0 or k >= n:
        return 1.0
    return _bisect(lambda p: 1.0 - binomial_cdf(k, n, p), None)


def x_upper_confidence_bound__mutmut_15(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson upper bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 0 or k >= n:
        return 1.0
    return _bisect(confidence)


def x_upper_confidence_bound__mutmut_16(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson upper bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 0 or k >= n:
        return 1.0
    return _bisect(
        lambda p: 1.0 - binomial_cdf(k, n, p),
    )


def x_upper_confidence_bound__mutmut_17(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson upper bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 0 or k >= n:
        return 1.0
    return _bisect(lambda p: None, confidence)


def x_upper_confidence_bound__mutmut_18(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson upper bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 0 or k >= n:
        return 1.0
    return _bisect(lambda p: 1.0 + binomial_cdf(k, n, p), confidence)


def x_upper_confidence_bound__mutmut_19(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson upper bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 0 or k >= n:
        return 1.0
    return _bisect(lambda p: 2.0 - binomial_cdf(k, n, p), confidence)


def x_upper_confidence_bound__mutmut_20(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson upper bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 0 or k >= n:
        return 1.0
    return _bisect(lambda p: 1.0 - binomial_cdf(None, n, p), confidence)


def x_upper_confidence_bound__mutmut_21(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson upper bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 0 or k >= n:
        return 1.0
    return _bisect(lambda p: 1.0 - binomial_cdf(k, None, p), confidence)


def x_upper_confidence_bound__mutmut_22(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson upper bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 0 or k >= n:
        return 1.0
    return _bisect(lambda p: 1.0 - binomial_cdf(k, n, None), confidence)


def x_upper_confidence_bound__mutmut_23(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson upper bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 0 or k >= n:
        return 1.0
    return _bisect(lambda p: 1.0 - binomial_cdf(n, p), confidence)


def x_upper_confidence_bound__mutmut_24(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson upper bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 0 or k >= n:
        return 1.0
    return _bisect(lambda p: 1.0 - binomial_cdf(k, p), confidence)


def x_upper_confidence_bound__mutmut_25(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson upper bound on a share from k successes in n trials."""
    _check(k, n, 0.5)
    if n == 0 or k >= n:
        return 1.0
    return _bisect(
        lambda p: (
            1.0
            - binomial_cdf(
                k,
                n,
            )
        ),
        confidence,
    )


mutants_x_upper_confidence_bound__mutmut["_mutmut_orig"] = x_upper_confidence_bound__mutmut_orig  # type: ignore # mutmut generated
mutants_x_upper_confidence_bound__mutmut["x_upper_confidence_bound__mutmut_1"] = x_upper_confidence_bound__mutmut_1  # type: ignore # mutmut generated
mutants_x_upper_confidence_bound__mutmut["x_upper_confidence_bound__mutmut_2"] = x_upper_confidence_bound__mutmut_2  # type: ignore # mutmut generated
mutants_x_upper_confidence_bound__mutmut["x_upper_confidence_bound__mutmut_3"] = x_upper_confidence_bound__mutmut_3  # type: ignore # mutmut generated
mutants_x_upper_confidence_bound__mutmut["x_upper_confidence_bound__mutmut_4"] = x_upper_confidence_bound__mutmut_4  # type: ignore # mutmut generated
mutants_x_upper_confidence_bound__mutmut["x_upper_confidence_bound__mutmut_5"] = x_upper_confidence_bound__mutmut_5  # type: ignore # mutmut generated
mutants_x_upper_confidence_bound__mutmut["x_upper_confidence_bound__mutmut_6"] = x_upper_confidence_bound__mutmut_6  # type: ignore # mutmut generated
mutants_x_upper_confidence_bound__mutmut["x_upper_confidence_bound__mutmut_7"] = x_upper_confidence_bound__mutmut_7  # type: ignore # mutmut generated
mutants_x_upper_confidence_bound__mutmut["x_upper_confidence_bound__mutmut_8"] = x_upper_confidence_bound__mutmut_8  # type: ignore # mutmut generated
mutants_x_upper_confidence_bound__mutmut["x_upper_confidence_bound__mutmut_9"] = x_upper_confidence_bound__mutmut_9  # type: ignore # mutmut generated
mutants_x_upper_confidence_bound__mutmut["x_upper_confidence_bound__mutmut_10"] = x_upper_confidence_bound__mutmut_10  # type: ignore # mutmut generated
mutants_x_upper_confidence_bound__mutmut["x_upper_confidence_bound__mutmut_11"] = x_upper_confidence_bound__mutmut_11  # type: ignore # mutmut generated
mutants_x_upper_confidence_bound__mutmut["x_upper_confidence_bound__mutmut_12"] = x_upper_confidence_bound__mutmut_12  # type: ignore # mutmut generated
mutants_x_upper_confidence_bound__mutmut["x_upper_confidence_bound__mutmut_13"] = x_upper_confidence_bound__mutmut_13  # type: ignore # mutmut generated
mutants_x_upper_confidence_bound__mutmut["x_upper_confidence_bound__mutmut_14"] = x_upper_confidence_bound__mutmut_14  # type: ignore # mutmut generated
mutants_x_upper_confidence_bound__mutmut["x_upper_confidence_bound__mutmut_15"] = x_upper_confidence_bound__mutmut_15  # type: ignore # mutmut generated
mutants_x_upper_confidence_bound__mutmut["x_upper_confidence_bound__mutmut_16"] = x_upper_confidence_bound__mutmut_16  # type: ignore # mutmut generated
mutants_x_upper_confidence_bound__mutmut["x_upper_confidence_bound__mutmut_17"] = x_upper_confidence_bound__mutmut_17  # type: ignore # mutmut generated
mutants_x_upper_confidence_bound__mutmut["x_upper_confidence_bound__mutmut_18"] = x_upper_confidence_bound__mutmut_18  # type: ignore # mutmut generated
mutants_x_upper_confidence_bound__mutmut["x_upper_confidence_bound__mutmut_19"] = x_upper_confidence_bound__mutmut_19  # type: ignore # mutmut generated
mutants_x_upper_confidence_bound__mutmut["x_upper_confidence_bound__mutmut_20"] = x_upper_confidence_bound__mutmut_20  # type: ignore # mutmut generated
mutants_x_upper_confidence_bound__mutmut["x_upper_confidence_bound__mutmut_21"] = x_upper_confidence_bound__mutmut_21  # type: ignore # mutmut generated
mutants_x_upper_confidence_bound__mutmut["x_upper_confidence_bound__mutmut_22"] = x_upper_confidence_bound__mutmut_22  # type: ignore # mutmut generated
mutants_x_upper_confidence_bound__mutmut["x_upper_confidence_bound__mutmut_23"] = x_upper_confidence_bound__mutmut_23  # type: ignore # mutmut generated
mutants_x_upper_confidence_bound__mutmut["x_upper_confidence_bound__mutmut_24"] = x_upper_confidence_bound__mutmut_24  # type: ignore # mutmut generated
mutants_x_upper_confidence_bound__mutmut["x_upper_confidence_bound__mutmut_25"] = x_upper_confidence_bound__mutmut_25  # type: ignore # mutmut generated
mutants_x_critical_count__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_critical_count__mutmut)
def critical_count(n: int, rate: float, alpha: float = ALPHA) -> int:
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


def x_critical_count__mutmut_orig(n: int, rate: float, alpha: float = ALPHA) -> int:
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


def x_critical_count__mutmut_1(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The largest k of n that fails a claim stated to hold on a share ``rate`` (-1: none does).

    With ``rate`` 1 ("every seed") any seed that fails is a failure: n - 1.
    """
    _check(None, n, rate)
    if rate >= 1.0:
        return n - 1
    k = -1
    while k + 1 < n and binomial_cdf(k + 1, n, rate) <= alpha:
        k += 1
    return k


def x_critical_count__mutmut_2(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The largest k of n that fails a claim stated to hold on a share ``rate`` (-1: none does).

    With ``rate`` 1 ("every seed") any seed that fails is a failure: n - 1.
    """
    _check(0, None, rate)
    if rate >= 1.0:
        return n - 1
    k = -1
    while k + 1 < n and binomial_cdf(k + 1, n, rate) <= alpha:
        k += 1
    return k


def x_critical_count__mutmut_3(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The largest k of n that fails a claim stated to hold on a share ``rate`` (-1: none does).

    With ``rate`` 1 ("every seed") any seed that fails is a failure: n - 1.
    """
    _check(0, n, None)
    if rate >= 1.0:
        return n - 1
    k = -1
    while k + 1 < n and binomial_cdf(k + 1, n, rate) <= alpha:
        k += 1
    return k


def x_critical_count__mutmut_4(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The largest k of n that fails a claim stated to hold on a share ``rate`` (-1: none does).

    With ``rate`` 1 ("every seed") any seed that fails is a failure: n - 1.
    """
    _check(n, rate)
    if rate >= 1.0:
        return n - 1
    k = -1
    while k + 1 < n and binomial_cdf(k + 1, n, rate) <= alpha:
        k += 1
    return k


def x_critical_count__mutmut_5(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The largest k of n that fails a claim stated to hold on a share ``rate`` (-1: none does).

    With ``rate`` 1 ("every seed") any seed that fails is a failure: n - 1.
    """
    _check(0, rate)
    if rate >= 1.0:
        return n - 1
    k = -1
    while k + 1 < n and binomial_cdf(k + 1, n, rate) <= alpha:
        k += 1
    return k


def x_critical_count__mutmut_6(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The largest k of n that fails a claim stated to hold on a share ``rate`` (-1: none does).

    With ``rate`` 1 ("every seed") any seed that fails is a failure: n - 1.
    """
    _check(
        0,
        n,
    )
    if rate >= 1.0:
        return n - 1
    k = -1
    while k + 1 < n and binomial_cdf(k + 1, n, rate) <= alpha:
        k += 1
    return k


def x_critical_count__mutmut_7(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The largest k of n that fails a claim stated to hold on a share ``rate`` (-1: none does).

    With ``rate`` 1 ("every seed") any seed that fails is a failure: n - 1.
    """
    _check(1, n, rate)
    if rate >= 1.0:
        return n - 1
    k = -1
    while k + 1 < n and binomial_cdf(k + 1, n, rate) <= alpha:
        k += 1
    return k


def x_critical_count__mutmut_8(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The largest k of n that fails a claim stated to hold on a share ``rate`` (-1: none does).

    With ``rate`` 1 ("every seed") any seed that fails is a failure: n - 1.
    """
    _check(0, n, rate)
    if rate > 1.0:
        return n - 1
    k = -1
    while k + 1 < n and binomial_cdf(k + 1, n, rate) <= alpha:
        k += 1
    return k


def x_critical_count__mutmut_9(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The largest k of n that fails a claim stated to hold on a share ``rate`` (-1: none does).

    With ``rate`` 1 ("every seed") any seed that fails is a failure: n - 1.
    """
    _check(0, n, rate)
    if rate >= 2.0:
        return n - 1
    k = -1
    while k + 1 < n and binomial_cdf(k + 1, n, rate) <= alpha:
        k += 1
    return k


def x_critical_count__mutmut_10(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The largest k of n that fails a claim stated to hold on a share ``rate`` (-1: none does).

    With ``rate`` 1 ("every seed") any seed that fails is a failure: n - 1.
    """
    _check(0, n, rate)
    if rate >= 1.0:
        return n + 1
    k = -1
    while k + 1 < n and binomial_cdf(k + 1, n, rate) <= alpha:
        k += 1
    return k


def x_critical_count__mutmut_11(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The largest k of n that fails a claim stated to hold on a share ``rate`` (-1: none does).

    With ``rate`` 1 ("every seed") any seed that fails is a failure: n - 1.
    """
    _check(0, n, rate)
    if rate >= 1.0:
        return n - 2
    k = -1
    while k + 1 < n and binomial_cdf(k + 1, n, rate) <= alpha:
        k += 1
    return k


def x_critical_count__mutmut_12(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The largest k of n that fails a claim stated to hold on a share ``rate`` (-1: none does).

    With ``rate`` 1 ("every seed") any seed that fails is a failure: n - 1.
    """
    _check(0, n, rate)
    if rate >= 1.0:
        return n - 1
    k = None
    while k + 1 < n and binomial_cdf(k + 1, n, rate) <= alpha:
        k += 1
    return k


def x_critical_count__mutmut_13(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The largest k of n that fails a claim stated to hold on a share ``rate`` (-1: none does).

    With ``rate`` 1 ("every seed") any seed that fails is a failure: n - 1.
    """
    _check(0, n, rate)
    if rate >= 1.0:
        return n - 1
    k = +1
    while k + 1 < n and binomial_cdf(k + 1, n, rate) <= alpha:
        k += 1
    return k


def x_critical_count__mutmut_14(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The largest k of n that fails a claim stated to hold on a share ``rate`` (-1: none does).

    With ``rate`` 1 ("every seed") any seed that fails is a failure: n - 1.
    """
    _check(0, n, rate)
    if rate >= 1.0:
        return n - 1
    k = -2
    while k + 1 < n and binomial_cdf(k + 1, n, rate) <= alpha:
        k += 1
    return k


def x_critical_count__mutmut_15(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The largest k of n that fails a claim stated to hold on a share ``rate`` (-1: none does).

    With ``rate`` 1 ("every seed") any seed that fails is a failure: n - 1.
    """
    _check(0, n, rate)
    if rate >= 1.0:
        return n - 1
    k = -1
    while k + 1 < n or binomial_cdf(k + 1, n, rate) <= alpha:
        k += 1
    return k


def x_critical_count__mutmut_16(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The largest k of n that fails a claim stated to hold on a share ``rate`` (-1: none does).

    With ``rate`` 1 ("every seed") any seed that fails is a failure: n - 1.
    """
    _check(0, n, rate)
    if rate >= 1.0:
        return n - 1
    k = -1
    while k - 1 < n and binomial_cdf(k + 1, n, rate) <= alpha:
        k += 1
    return k


def x_critical_count__mutmut_17(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The largest k of n that fails a claim stated to hold on a share ``rate`` (-1: none does).

    With ``rate`` 1 ("every seed") any seed that fails is a failure: n - 1.
    """
    _check(0, n, rate)
    if rate >= 1.0:
        return n - 1
    k = -1
    while k + 2 < n and binomial_cdf(k + 1, n, rate) <= alpha:
        k += 1
    return k


def x_critical_count__mutmut_18(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The largest k of n that fails a claim stated to hold on a share ``rate`` (-1: none does).

    With ``rate`` 1 ("every seed") any seed that fails is a failure: n - 1.
    """
    _check(0, n, rate)
    if rate >= 1.0:
        return n - 1
    k = -1
    while k + 1 <= n and binomial_cdf(k + 1, n, rate) <= alpha:
        k += 1
    return k


def x_critical_count__mutmut_19(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The largest k of n that fails a claim stated to hold on a share ``rate`` (-1: none does).

    With ``rate`` 1 ("every seed") any seed that fails is a failure: n - 1.
    """
    _check(0, n, rate)
    if rate >= 1.0:
        return n - 1
    k = -1
    while k + 1 < n and binomial_cdf(None, n, rate) <= alpha:
        k += 1
    return k


def x_critical_count__mutmut_20(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The largest k of n that fails a claim stated to hold on a share ``rate`` (-1: none does).

    With ``rate`` 1 ("every seed") any seed that fails is a failure: n - 1.
    """
    _check(0, n, rate)
    if rate >= 1.0:
        return n - 1
    k = -1
    while k + 1 < n and binomial_cdf(k + 1, None, rate) <= alpha:
        k += 1
    return k


def x_critical_count__mutmut_21(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The largest k of n that fails a claim stated to hold on a share ``rate`` (-1: none does).

    With ``rate`` 1 ("every seed") any seed that fails is a failure: n - 1.
    """
    _check(0, n, rate)
    if rate >= 1.0:
        return n - 1
    k = -1
    while k + 1 < n and binomial_cdf(k + 1, n, None) <= alpha:
        k += 1
    return k


def x_critical_count__mutmut_22(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The largest k of n that fails a claim stated to hold on a share ``rate`` (-1: none does).

    With ``rate`` 1 ("every seed") any seed that fails is a failure: n - 1.
    """
    _check(0, n, rate)
    if rate >= 1.0:
        return n - 1
    k = -1
    while k + 1 < n and binomial_cdf(n, rate) <= alpha:
        k += 1
    return k


def x_critical_count__mutmut_23(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The largest k of n that fails a claim stated to hold on a share ``rate`` (-1: none does).

    With ``rate`` 1 ("every seed") any seed that fails is a failure: n - 1.
    """
    _check(0, n, rate)
    if rate >= 1.0:
        return n - 1
    k = -1
    while k + 1 < n and binomial_cdf(k + 1, rate) <= alpha:
        k += 1
    return k


def x_critical_count__mutmut_24(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The largest k of n that fails a claim stated to hold on a share ``rate`` (-1: none does).

    With ``rate`` 1 ("every seed") any seed that fails is a failure: n - 1.
    """
    _check(0, n, rate)
    if rate >= 1.0:
        return n - 1
    k = -1
    while (
        k + 1 < n
        and binomial_cdf(
            k + 1,
            n,
        )
        <= alpha
    ):
        k += 1
    return k


def x_critical_count__mutmut_25(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The largest k of n that fails a claim stated to hold on a share ``rate`` (-1: none does).

    With ``rate`` 1 ("every seed") any seed that fails is a failure: n - 1.
    """
    _check(0, n, rate)
    if rate >= 1.0:
        return n - 1
    k = -1
    while k + 1 < n and binomial_cdf(k - 1, n, rate) <= alpha:
        k += 1
    return k


def x_critical_count__mutmut_26(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The largest k of n that fails a claim stated to hold on a share ``rate`` (-1: none does).

    With ``rate`` 1 ("every seed") any seed that fails is a failure: n - 1.
    """
    _check(0, n, rate)
    if rate >= 1.0:
        return n - 1
    k = -1
    while k + 1 < n and binomial_cdf(k + 2, n, rate) <= alpha:
        k += 1
    return k


def x_critical_count__mutmut_27(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The largest k of n that fails a claim stated to hold on a share ``rate`` (-1: none does).

    With ``rate`` 1 ("every seed") any seed that fails is a failure: n - 1.
    """
    _check(0, n, rate)
    if rate >= 1.0:
        return n - 1
    k = -1
    while k + 1 < n and binomial_cdf(k + 1, n, rate) < alpha:
        k += 1
    return k


def x_critical_count__mutmut_28(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The largest k of n that fails a claim stated to hold on a share ``rate`` (-1: none does).

    With ``rate`` 1 ("every seed") any seed that fails is a failure: n - 1.
    """
    _check(0, n, rate)
    if rate >= 1.0:
        return n - 1
    k = -1
    while k + 1 < n and binomial_cdf(k + 1, n, rate) <= alpha:
        k = 1
    return k


def x_critical_count__mutmut_29(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The largest k of n that fails a claim stated to hold on a share ``rate`` (-1: none does).

    With ``rate`` 1 ("every seed") any seed that fails is a failure: n - 1.
    """
    _check(0, n, rate)
    if rate >= 1.0:
        return n - 1
    k = -1
    while k + 1 < n and binomial_cdf(k + 1, n, rate) <= alpha:
        k -= 1
    return k


def x_critical_count__mutmut_30(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The largest k of n that fails a claim stated to hold on a share ``rate`` (-1: none does).

    With ``rate`` 1 ("every seed") any seed that fails is a failure: n - 1.
    """
    _check(0, n, rate)
    if rate >= 1.0:
        return n - 1
    k = -1
    while k + 1 < n and binomial_cdf(k + 1, n, rate) <= alpha:
        k += 2
    return k


mutants_x_critical_count__mutmut["_mutmut_orig"] = x_critical_count__mutmut_orig  # type: ignore # mutmut generated
mutants_x_critical_count__mutmut["x_critical_count__mutmut_1"] = x_critical_count__mutmut_1  # type: ignore # mutmut generated
mutants_x_critical_count__mutmut["x_critical_count__mutmut_2"] = x_critical_count__mutmut_2  # type: ignore # mutmut generated
mutants_x_critical_count__mutmut["x_critical_count__mutmut_3"] = x_critical_count__mutmut_3  # type: ignore # mutmut generated
mutants_x_critical_count__mutmut["x_critical_count__mutmut_4"] = x_critical_count__mutmut_4  # type: ignore # mutmut generated
mutants_x_critical_count__mutmut["x_critical_count__mutmut_5"] = x_critical_count__mutmut_5  # type: ignore # mutmut generated
mutants_x_critical_count__mutmut["x_critical_count__mutmut_6"] = x_critical_count__mutmut_6  # type: ignore # mutmut generated
mutants_x_critical_count__mutmut["x_critical_count__mutmut_7"] = x_critical_count__mutmut_7  # type: ignore # mutmut generated
mutants_x_critical_count__mutmut["x_critical_count__mutmut_8"] = x_critical_count__mutmut_8  # type: ignore # mutmut generated
mutants_x_critical_count__mutmut["x_critical_count__mutmut_9"] = x_critical_count__mutmut_9  # type: ignore # mutmut generated
mutants_x_critical_count__mutmut["x_critical_count__mutmut_10"] = x_critical_count__mutmut_10  # type: ignore # mutmut generated
mutants_x_critical_count__mutmut["x_critical_count__mutmut_11"] = x_critical_count__mutmut_11  # type: ignore # mutmut generated
mutants_x_critical_count__mutmut["x_critical_count__mutmut_12"] = x_critical_count__mutmut_12  # type: ignore # mutmut generated
mutants_x_critical_count__mutmut["x_critical_count__mutmut_13"] = x_critical_count__mutmut_13  # type: ignore # mutmut generated
mutants_x_critical_count__mutmut["x_critical_count__mutmut_14"] = x_critical_count__mutmut_14  # type: ignore # mutmut generated
mutants_x_critical_count__mutmut["x_critical_count__mutmut_15"] = x_critical_count__mutmut_15  # type: ignore # mutmut generated
mutants_x_critical_count__mutmut["x_critical_count__mutmut_16"] = x_critical_count__mutmut_16  # type: ignore # mutmut generated
mutants_x_critical_count__mutmut["x_critical_count__mutmut_17"] = x_critical_count__mutmut_17  # type: ignore # mutmut generated
mutants_x_critical_count__mutmut["x_critical_count__mutmut_18"] = x_critical_count__mutmut_18  # type: ignore # mutmut generated
mutants_x_critical_count__mutmut["x_critical_count__mutmut_19"] = x_critical_count__mutmut_19  # type: ignore # mutmut generated
mutants_x_critical_count__mutmut["x_critical_count__mutmut_20"] = x_critical_count__mutmut_20  # type: ignore # mutmut generated
mutants_x_critical_count__mutmut["x_critical_count__mutmut_21"] = x_critical_count__mutmut_21  # type: ignore # mutmut generated
mutants_x_critical_count__mutmut["x_critical_count__mutmut_22"] = x_critical_count__mutmut_22  # type: ignore # mutmut generated
mutants_x_critical_count__mutmut["x_critical_count__mutmut_23"] = x_critical_count__mutmut_23  # type: ignore # mutmut generated
mutants_x_critical_count__mutmut["x_critical_count__mutmut_24"] = x_critical_count__mutmut_24  # type: ignore # mutmut generated
mutants_x_critical_count__mutmut["x_critical_count__mutmut_25"] = x_critical_count__mutmut_25  # type: ignore # mutmut generated
mutants_x_critical_count__mutmut["x_critical_count__mutmut_26"] = x_critical_count__mutmut_26  # type: ignore # mutmut generated
mutants_x_critical_count__mutmut["x_critical_count__mutmut_27"] = x_critical_count__mutmut_27  # type: ignore # mutmut generated
mutants_x_critical_count__mutmut["x_critical_count__mutmut_28"] = x_critical_count__mutmut_28  # type: ignore # mutmut generated
mutants_x_critical_count__mutmut["x_critical_count__mutmut_29"] = x_critical_count__mutmut_29  # type: ignore # mutmut generated
mutants_x_critical_count__mutmut["x_critical_count__mutmut_30"] = x_critical_count__mutmut_30  # type: ignore # mutmut generated
mutants_x_fixed_count__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_fixed_count__mutmut)
def fixed_count(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The smallest k of n that a known failure holding on at most ``rate`` reaches with
    probability at most ``alpha`` (n + 1: no k is that unlikely)."""
    _check(0, n, rate)
    if rate <= 0.0:
        return 1
    k = n + 1
    while k - 1 >= 1 and binomial_sf(k - 1, n, rate) <= alpha:
        k -= 1
    return k


def x_fixed_count__mutmut_orig(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The smallest k of n that a known failure holding on at most ``rate`` reaches with
    probability at most ``alpha`` (n + 1: no k is that unlikely)."""
    _check(0, n, rate)
    if rate <= 0.0:
        return 1
    k = n + 1
    while k - 1 >= 1 and binomial_sf(k - 1, n, rate) <= alpha:
        k -= 1
    return k


def x_fixed_count__mutmut_1(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The smallest k of n that a known failure holding on at most ``rate`` reaches with
    probability at most ``alpha`` (n + 1: no k is that unlikely)."""
    _check(None, n, rate)
    if rate <= 0.0:
        return 1
    k = n + 1
    while k - 1 >= 1 and binomial_sf(k - 1, n, rate) <= alpha:
        k -= 1
    return k


def x_fixed_count__mutmut_2(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The smallest k of n that a known failure holding on at most ``rate`` reaches with
    probability at most ``alpha`` (n + 1: no k is that unlikely)."""
    _check(0, None, rate)
    if rate <= 0.0:
        return 1
    k = n + 1
    while k - 1 >= 1 and binomial_sf(k - 1, n, rate) <= alpha:
        k -= 1
    return k


def x_fixed_count__mutmut_3(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The smallest k of n that a known failure holding on at most ``rate`` reaches with
    probability at most ``alpha`` (n + 1: no k is that unlikely)."""
    _check(0, n, None)
    if rate <= 0.0:
        return 1
    k = n + 1
    while k - 1 >= 1 and binomial_sf(k - 1, n, rate) <= alpha:
        k -= 1
    return k


def x_fixed_count__mutmut_4(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The smallest k of n that a known failure holding on at most ``rate`` reaches with
    probability at most ``alpha`` (n + 1: no k is that unlikely)."""
    _check(n, rate)
    if rate <= 0.0:
        return 1
    k = n + 1
    while k - 1 >= 1 and binomial_sf(k - 1, n, rate) <= alpha:
        k -= 1
    return k


def x_fixed_count__mutmut_5(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The smallest k of n that a known failure holding on at most ``rate`` reaches with
    probability at most ``alpha`` (n + 1: no k is that unlikely)."""
    _check(0, rate)
    if rate <= 0.0:
        return 1
    k = n + 1
    while k - 1 >= 1 and binomial_sf(k - 1, n, rate) <= alpha:
        k -= 1
    return k


def x_fixed_count__mutmut_6(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The smallest k of n that a known failure holding on at most ``rate`` reaches with
    probability at most ``alpha`` (n + 1: no k is that unlikely)."""
    _check(
        0,
        n,
    )
    if rate <= 0.0:
        return 1
    k = n + 1
    while k - 1 >= 1 and binomial_sf(k - 1, n, rate) <= alpha:
        k -= 1
    return k


def x_fixed_count__mutmut_7(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The smallest k of n that a known failure holding on at most ``rate`` reaches with
    probability at most ``alpha`` (n + 1: no k is that unlikely)."""
    _check(1, n, rate)
    if rate <= 0.0:
        return 1
    k = n + 1
    while k - 1 >= 1 and binomial_sf(k - 1, n, rate) <= alpha:
        k -= 1
    return k


def x_fixed_count__mutmut_8(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The smallest k of n that a known failure holding on at most ``rate`` reaches with
    probability at most ``alpha`` (n + 1: no k is that unlikely)."""
    _check(0, n, rate)
    if rate < 0.0:
        return 1
    k = n + 1
    while k - 1 >= 1 and binomial_sf(k - 1, n, rate) <= alpha:
        k -= 1
    return k


def x_fixed_count__mutmut_9(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The smallest k of n that a known failure holding on at most ``rate`` reaches with
    probability at most ``alpha`` (n + 1: no k is that unlikely)."""
    _check(0, n, rate)
    if rate <= 1.0:
        return 1
    k = n + 1
    while k - 1 >= 1 and binomial_sf(k - 1, n, rate) <= alpha:
        k -= 1
    return k


def x_fixed_count__mutmut_10(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The smallest k of n that a known failure holding on at most ``rate`` reaches with
    probability at most ``alpha`` (n + 1: no k is that unlikely)."""
    _check(0, n, rate)
    if rate <= 0.0:
        return 2
    k = n + 1
    while k - 1 >= 1 and binomial_sf(k - 1, n, rate) <= alpha:
        k -= 1
    return k


def x_fixed_count__mutmut_11(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The smallest k of n that a known failure holding on at most ``rate`` reaches with
    probability at most ``alpha`` (n + 1: no k is that unlikely)."""
    _check(0, n, rate)
    if rate <= 0.0:
        return 1
    k = None
    while k - 1 >= 1 and binomial_sf(k - 1, n, rate) <= alpha:
        k -= 1
    return k


def x_fixed_count__mutmut_12(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The smallest k of n that a known failure holding on at most ``rate`` reaches with
    probability at most ``alpha`` (n + 1: no k is that unlikely)."""
    _check(0, n, rate)
    if rate <= 0.0:
        return 1
    k = n - 1
    while k - 1 >= 1 and binomial_sf(k - 1, n, rate) <= alpha:
        k -= 1
    return k


def x_fixed_count__mutmut_13(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The smallest k of n that a known failure holding on at most ``rate`` reaches with
    probability at most ``alpha`` (n + 1: no k is that unlikely)."""
    _check(0, n, rate)
    if rate <= 0.0:
        return 1
    k = n + 2
    while k - 1 >= 1 and binomial_sf(k - 1, n, rate) <= alpha:
        k -= 1
    return k


def x_fixed_count__mutmut_14(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The smallest k of n that a known failure holding on at most ``rate`` reaches with
    probability at most ``alpha`` (n + 1: no k is that unlikely)."""
    _check(0, n, rate)
    if rate <= 0.0:
        return 1
    k = n + 1
    while k - 1 >= 1 or binomial_sf(k - 1, n, rate) <= alpha:
        k -= 1
    return k


def x_fixed_count__mutmut_15(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The smallest k of n that a known failure holding on at most ``rate`` reaches with
    probability at most ``alpha`` (n + 1: no k is that unlikely)."""
    _check(0, n, rate)
    if rate <= 0.0:
        return 1
    k = n + 1
    while k + 1 >= 1 and binomial_sf(k - 1, n, rate) <= alpha:
        k -= 1
    return k


def x_fixed_count__mutmut_16(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The smallest k of n that a known failure holding on at most ``rate`` reaches with
    probability at most ``alpha`` (n + 1: no k is that unlikely)."""
    _check(0, n, rate)
    if rate <= 0.0:
        return 1
    k = n + 1
    while k - 2 >= 1 and binomial_sf(k - 1, n, rate) <= alpha:
        k -= 1
    return k


def x_fixed_count__mutmut_17(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The smallest k of n that a known failure holding on at most ``rate`` reaches with
    probability at most ``alpha`` (n + 1: no k is that unlikely)."""
    _check(0, n, rate)
    if rate <= 0.0:
        return 1
    k = n + 1
    while k - 1 > 1 and binomial_sf(k - 1, n, rate) <= alpha:
        k -= 1
    return k


def x_fixed_count__mutmut_18(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The smallest k of n that a known failure holding on at most ``rate`` reaches with
    probability at most ``alpha`` (n + 1: no k is that unlikely)."""
    _check(0, n, rate)
    if rate <= 0.0:
        return 1
    k = n + 1
    while k - 1 >= 2 and binomial_sf(k - 1, n, rate) <= alpha:
        k -= 1
    return k


def x_fixed_count__mutmut_19(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The smallest k of n that a known failure holding on at most ``rate`` reaches with
    probability at most ``alpha`` (n + 1: no k is that unlikely)."""
    _check(0, n, rate)
    if rate <= 0.0:
        return 1
    k = n + 1
    while k - 1 >= 1 and binomial_sf(None, n, rate) <= alpha:
        k -= 1
    return k


def x_fixed_count__mutmut_20(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The smallest k of n that a known failure holding on at most ``rate`` reaches with
    probability at most ``alpha`` (n + 1: no k is that unlikely)."""
    _check(0, n, rate)
    if rate <= 0.0:
        return 1
    k = n + 1
    while k - 1 >= 1 and binomial_sf(k - 1, None, rate) <= alpha:
        k -= 1
    return k


def x_fixed_count__mutmut_21(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The smallest k of n that a known failure holding on at most ``rate`` reaches with
    probability at most ``alpha`` (n + 1: no k is that unlikely)."""
    _check(0, n, rate)
    if rate <= 0.0:
        return 1
    k = n + 1
    while k - 1 >= 1 and binomial_sf(k - 1, n, None) <= alpha:
        k -= 1
    return k


def x_fixed_count__mutmut_22(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The smallest k of n that a known failure holding on at most ``rate`` reaches with
    probability at most ``alpha`` (n + 1: no k is that unlikely)."""
    _check(0, n, rate)
    if rate <= 0.0:
        return 1
    k = n + 1
    while k - 1 >= 1 and binomial_sf(n, rate) <= alpha:
        k -= 1
    return k


def x_fixed_count__mutmut_23(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The smallest k of n that a known failure holding on at most ``rate`` reaches with
    probability at most ``alpha`` (n + 1: no k is that unlikely)."""
    _check(0, n, rate)
    if rate <= 0.0:
        return 1
    k = n + 1
    while k - 1 >= 1 and binomial_sf(k - 1, rate) <= alpha:
        k -= 1
    return k


def x_fixed_count__mutmut_24(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The smallest k of n that a known failure holding on at most ``rate`` reaches with
    probability at most ``alpha`` (n + 1: no k is that unlikely)."""
    _check(0, n, rate)
    if rate <= 0.0:
        return 1
    k = n + 1
    while (
        k - 1 >= 1
        and binomial_sf(
            k - 1,
            n,
        )
        <= alpha
    ):
        k -= 1
    return k


def x_fixed_count__mutmut_25(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The smallest k of n that a known failure holding on at most ``rate`` reaches with
    probability at most ``alpha`` (n + 1: no k is that unlikely)."""
    _check(0, n, rate)
    if rate <= 0.0:
        return 1
    k = n + 1
    while k - 1 >= 1 and binomial_sf(k + 1, n, rate) <= alpha:
        k -= 1
    return k


def x_fixed_count__mutmut_26(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The smallest k of n that a known failure holding on at most ``rate`` reaches with
    probability at most ``alpha`` (n + 1: no k is that unlikely)."""
    _check(0, n, rate)
    if rate <= 0.0:
        return 1
    k = n + 1
    while k - 1 >= 1 and binomial_sf(k - 2, n, rate) <= alpha:
        k -= 1
    return k


def x_fixed_count__mutmut_27(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The smallest k of n that a known failure holding on at most ``rate`` reaches with
    probability at most ``alpha`` (n + 1: no k is that unlikely)."""
    _check(0, n, rate)
    if rate <= 0.0:
        return 1
    k = n + 1
    while k - 1 >= 1 and binomial_sf(k - 1, n, rate) < alpha:
        k -= 1
    return k


def x_fixed_count__mutmut_28(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The smallest k of n that a known failure holding on at most ``rate`` reaches with
    probability at most ``alpha`` (n + 1: no k is that unlikely)."""
    _check(0, n, rate)
    if rate <= 0.0:
        return 1
    k = n + 1
    while k - 1 >= 1 and binomial_sf(k - 1, n, rate) <= alpha:
        k = 1
    return k


def x_fixed_count__mutmut_29(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The smallest k of n that a known failure holding on at most ``rate`` reaches with
    probability at most ``alpha`` (n + 1: no k is that unlikely)."""
    _check(0, n, rate)
    if rate <= 0.0:
        return 1
    k = n + 1
    while k - 1 >= 1 and binomial_sf(k - 1, n, rate) <= alpha:
        k += 1
    return k


def x_fixed_count__mutmut_30(n: int, rate: float, alpha: float = ALPHA) -> int:
    """The smallest k of n that a known failure holding on at most ``rate`` reaches with
    probability at most ``alpha`` (n + 1: no k is that unlikely)."""
    _check(0, n, rate)
    if rate <= 0.0:
        return 1
    k = n + 1
    while k - 1 >= 1 and binomial_sf(k - 1, n, rate) <= alpha:
        k -= 2
    return k


mutants_x_fixed_count__mutmut["_mutmut_orig"] = x_fixed_count__mutmut_orig  # type: ignore # mutmut generated
mutants_x_fixed_count__mutmut["x_fixed_count__mutmut_1"] = x_fixed_count__mutmut_1  # type: ignore # mutmut generated
mutants_x_fixed_count__mutmut["x_fixed_count__mutmut_2"] = x_fixed_count__mutmut_2  # type: ignore # mutmut generated
mutants_x_fixed_count__mutmut["x_fixed_count__mutmut_3"] = x_fixed_count__mutmut_3  # type: ignore # mutmut generated
mutants_x_fixed_count__mutmut["x_fixed_count__mutmut_4"] = x_fixed_count__mutmut_4  # type: ignore # mutmut generated
mutants_x_fixed_count__mutmut["x_fixed_count__mutmut_5"] = x_fixed_count__mutmut_5  # type: ignore # mutmut generated
mutants_x_fixed_count__mutmut["x_fixed_count__mutmut_6"] = x_fixed_count__mutmut_6  # type: ignore # mutmut generated
mutants_x_fixed_count__mutmut["x_fixed_count__mutmut_7"] = x_fixed_count__mutmut_7  # type: ignore # mutmut generated
mutants_x_fixed_count__mutmut["x_fixed_count__mutmut_8"] = x_fixed_count__mutmut_8  # type: ignore # mutmut generated
mutants_x_fixed_count__mutmut["x_fixed_count__mutmut_9"] = x_fixed_count__mutmut_9  # type: ignore # mutmut generated
mutants_x_fixed_count__mutmut["x_fixed_count__mutmut_10"] = x_fixed_count__mutmut_10  # type: ignore # mutmut generated
mutants_x_fixed_count__mutmut["x_fixed_count__mutmut_11"] = x_fixed_count__mutmut_11  # type: ignore # mutmut generated
mutants_x_fixed_count__mutmut["x_fixed_count__mutmut_12"] = x_fixed_count__mutmut_12  # type: ignore # mutmut generated
mutants_x_fixed_count__mutmut["x_fixed_count__mutmut_13"] = x_fixed_count__mutmut_13  # type: ignore # mutmut generated
mutants_x_fixed_count__mutmut["x_fixed_count__mutmut_14"] = x_fixed_count__mutmut_14  # type: ignore # mutmut generated
mutants_x_fixed_count__mutmut["x_fixed_count__mutmut_15"] = x_fixed_count__mutmut_15  # type: ignore # mutmut generated
mutants_x_fixed_count__mutmut["x_fixed_count__mutmut_16"] = x_fixed_count__mutmut_16  # type: ignore # mutmut generated
mutants_x_fixed_count__mutmut["x_fixed_count__mutmut_17"] = x_fixed_count__mutmut_17  # type: ignore # mutmut generated
mutants_x_fixed_count__mutmut["x_fixed_count__mutmut_18"] = x_fixed_count__mutmut_18  # type: ignore # mutmut generated
mutants_x_fixed_count__mutmut["x_fixed_count__mutmut_19"] = x_fixed_count__mutmut_19  # type: ignore # mutmut generated
mutants_x_fixed_count__mutmut["x_fixed_count__mutmut_20"] = x_fixed_count__mutmut_20  # type: ignore # mutmut generated
mutants_x_fixed_count__mutmut["x_fixed_count__mutmut_21"] = x_fixed_count__mutmut_21  # type: ignore # mutmut generated
mutants_x_fixed_count__mutmut["x_fixed_count__mutmut_22"] = x_fixed_count__mutmut_22  # type: ignore # mutmut generated
mutants_x_fixed_count__mutmut["x_fixed_count__mutmut_23"] = x_fixed_count__mutmut_23  # type: ignore # mutmut generated
mutants_x_fixed_count__mutmut["x_fixed_count__mutmut_24"] = x_fixed_count__mutmut_24  # type: ignore # mutmut generated
mutants_x_fixed_count__mutmut["x_fixed_count__mutmut_25"] = x_fixed_count__mutmut_25  # type: ignore # mutmut generated
mutants_x_fixed_count__mutmut["x_fixed_count__mutmut_26"] = x_fixed_count__mutmut_26  # type: ignore # mutmut generated
mutants_x_fixed_count__mutmut["x_fixed_count__mutmut_27"] = x_fixed_count__mutmut_27  # type: ignore # mutmut generated
mutants_x_fixed_count__mutmut["x_fixed_count__mutmut_28"] = x_fixed_count__mutmut_28  # type: ignore # mutmut generated
mutants_x_fixed_count__mutmut["x_fixed_count__mutmut_29"] = x_fixed_count__mutmut_29  # type: ignore # mutmut generated
mutants_x_fixed_count__mutmut["x_fixed_count__mutmut_30"] = x_fixed_count__mutmut_30  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁrecord__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRunVerdictǁsummary__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRunVerdictǁmessage__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class RunVerdict:
    """A claim over one run's seeds: the seeds it held on, its stated rate and the decision.

    ``expected_rate``: for a known failure, the share it is expected to hold on at most (the
    run confirms the failure unless ``held`` reaches ``fixed_count``); otherwise None.
    """

    claim: str
    seeds: tuple[int, ...]
    held: tuple[int, ...]
    rate: float
    failures: Mapping[int, str]
    expected_rate: float | None = None

    @property
    def n(self) -> int:
        return len(self.seeds)

    @property
    def k(self) -> int:
        return len(self.held)

    @property
    def critical(self) -> int:
        """The run fails the claim when it held on this many seeds or fewer."""
        return critical_count(self.n, self.rate)

    @property
    def holds(self) -> bool:
        """The claim holds at its stated rate over this run (no seeds: nothing to hold)."""
        return self.n > 0 and self.k > self.critical

    @property
    def fixed(self) -> bool:
        """For a known failure: the run holds on more seeds than the failure allows."""
        return self.expected_rate is not None and self.n > 0 and self.k >= fixed_count(self.n, self.expected_rate)

    @property
    def passes(self) -> bool:
        """Whether the claim's test passes: the claim holds at its rate or, under a known
        failure (a strict xfail), the run shows the failure fixed."""
        return self.fixed if self.expected_rate is not None else self.holds

    @_mutmut_mutated(mutants_xǁRunVerdictǁrecord__mutmut)
    def record(self) -> dict:
        """The verdict as the claims report stores it."""
        return {
            "seeds": list(self.seeds),
            "held": list(self.held),
            "rate": self.rate,
            "critical": self.critical,
            "expected_rate": self.expected_rate,
        }

    def xǁRunVerdictǁrecord__mutmut_orig(self) -> dict:
        """The verdict as the claims report stores it."""
        return {
            "seeds": list(self.seeds),
            "held": list(self.held),
            "rate": self.rate,
            "critical": self.critical,
            "expected_rate": self.expected_rate,
        }

    def xǁRunVerdictǁrecord__mutmut_1(self) -> dict:
        """The verdict as the claims report stores it."""
        return {
            "XXseedsXX": list(self.seeds),
            "held": list(self.held),
            "rate": self.rate,
            "critical": self.critical,
            "expected_rate": self.expected_rate,
        }

    def xǁRunVerdictǁrecord__mutmut_2(self) -> dict:
        """The verdict as the claims report stores it."""
        return {
            "SEEDS": list(self.seeds),
            "held": list(self.held),
            "rate": self.rate,
            "critical": self.critical,
            "expected_rate": self.expected_rate,
        }

    def xǁRunVerdictǁrecord__mutmut_3(self) -> dict:
        """The verdict as the claims report stores it."""
        return {
            "seeds": list(None),
            "held": list(self.held),
            "rate": self.rate,
            "critical": self.critical,
            "expected_rate": self.expected_rate,
        }

    def xǁRunVerdictǁrecord__mutmut_4(self) -> dict:
        """The verdict as the claims report stores it."""
        return {
            "seeds": list(self.seeds),
            "XXheldXX": list(self.held),
            "rate": self.rate,
            "critical": self.critical,
            "expected_rate": self.expected_rate,
        }

    def xǁRunVerdictǁrecord__mutmut_5(self) -> dict:
        """The verdict as the claims report stores it."""
        return {
            "seeds": list(self.seeds),
            "HELD": list(self.held),
            "rate": self.rate,
            "critical": self.critical,
            "expected_rate": self.expected_rate,
        }

    def xǁRunVerdictǁrecord__mutmut_6(self) -> dict:
        """The verdict as the claims report stores it."""
        return {
            "seeds": list(self.seeds),
            "held": list(None),
            "rate": self.rate,
            "critical": self.critical,
            "expected_rate": self.expected_rate,
        }

    def xǁRunVerdictǁrecord__mutmut_7(self) -> dict:
        """The verdict as the claims report stores it."""
        return {
            "seeds": list(self.seeds),
            "held": list(self.held),
            "XXrateXX": self.rate,
            "critical": self.critical,
            "expected_rate": self.expected_rate,
        }

    def xǁRunVerdictǁrecord__mutmut_8(self) -> dict:
        """The verdict as the claims report stores it."""
        return {
            "seeds": list(self.seeds),
            "held": list(self.held),
            "RATE": self.rate,
            "critical": self.critical,
            "expected_rate": self.expected_rate,
        }

    def xǁRunVerdictǁrecord__mutmut_9(self) -> dict:
        """The verdict as the claims report stores it."""
        return {
            "seeds": list(self.seeds),
            "held": list(self.held),
            "rate": self.rate,
            "XXcriticalXX": self.critical,
            "expected_rate": self.expected_rate,
        }

    def xǁRunVerdictǁrecord__mutmut_10(self) -> dict:
        """The verdict as the claims report stores it."""
        return {
            "seeds": list(self.seeds),
            "held": list(self.held),
            "rate": self.rate,
            "CRITICAL": self.critical,
            "expected_rate": self.expected_rate,
        }

    def xǁRunVerdictǁrecord__mutmut_11(self) -> dict:
        """The verdict as the claims report stores it."""
        return {
            "seeds": list(self.seeds),
            "held": list(self.held),
            "rate": self.rate,
            "critical": self.critical,
            "XXexpected_rateXX": self.expected_rate,
        }

    def xǁRunVerdictǁrecord__mutmut_12(self) -> dict:
        """The verdict as the claims report stores it."""
        return {
            "seeds": list(self.seeds),
            "held": list(self.held),
            "rate": self.rate,
            "critical": self.critical,
            "EXPECTED_RATE": self.expected_rate,
        }

    @_mutmut_mutated(mutants_xǁRunVerdictǁsummary__mutmut)
    def summary(self) -> str:
        rate = "every seed" if self.rate >= 1.0 else f"at least {self.rate:.0%} of seeds"
        if self.critical >= 0:
            rule = f"a run of {self.n} fails it at {self.critical} or fewer"
        else:
            rule = f"no result of {self.n} seeds is unlikely enough at {ALPHA:.0%} to fail it: run more seeds"
        return f"held on {self.k}/{self.n} seeds (claimed: {rate}; {rule})"

    def xǁRunVerdictǁsummary__mutmut_orig(self) -> str:
        rate = "every seed" if self.rate >= 1.0 else f"at least {self.rate:.0%} of seeds"
        if self.critical >= 0:
            rule = f"a run of {self.n} fails it at {self.critical} or fewer"
        else:
            rule = f"no result of {self.n} seeds is unlikely enough at {ALPHA:.0%} to fail it: run more seeds"
        return f"held on {self.k}/{self.n} seeds (claimed: {rate}; {rule})"

    def xǁRunVerdictǁsummary__mutmut_1(self) -> str:
        rate = None
        if self.critical >= 0:
            rule = f"a run of {self.n} fails it at {self.critical} or fewer"
        else:
            rule = f"no result of {self.n} seeds is unlikely enough at {ALPHA:.0%} to fail it: run more seeds"
        return f"held on {self.k}/{self.n} seeds (claimed: {rate}; {rule})"

    def xǁRunVerdictǁsummary__mutmut_2(self) -> str:
        rate = "every seed" if (self.rate >= 1.0) and False else f"at least {self.rate:.0%} of seeds"
        if self.critical >= 0:
            rule = f"a run of {self.n} fails it at {self.critical} or fewer"
        else:
            rule = f"no result of {self.n} seeds is unlikely enough at {ALPHA:.0%} to fail it: run more seeds"
        return f"held on {self.k}/{self.n} seeds (claimed: {rate}; {rule})"

    def xǁRunVerdictǁsummary__mutmut_3(self) -> str:
        rate = "every seed" if (self.rate >= 1.0) or True else f"at least {self.rate:.0%} of seeds"
        if self.critical >= 0:
            rule = f"a run of {self.n} fails it at {self.critical} or fewer"
        else:
            rule = f"no result of {self.n} seeds is unlikely enough at {ALPHA:.0%} to fail it: run more seeds"
        return f"held on {self.k}/{self.n} seeds (claimed: {rate}; {rule})"

    def xǁRunVerdictǁsummary__mutmut_4(self) -> str:
        rate = "XXevery seedXX" if self.rate >= 1.0 else f"at least {self.rate:.0%} of seeds"
        if self.critical >= 0:
            rule = f"a run of {self.n} fails it at {self.critical} or fewer"
        else:
            rule = f"no result of {self.n} seeds is unlikely enough at {ALPHA:.0%} to fail it: run more seeds"
        return f"held on {self.k}/{self.n} seeds (claimed: {rate}; {rule})"

    def xǁRunVerdictǁsummary__mutmut_5(self) -> str:
        rate = "EVERY SEED" if self.rate >= 1.0 else f"at least {self.rate:.0%} of seeds"
        if self.critical >= 0:
            rule = f"a run of {self.n} fails it at {self.critical} or fewer"
        else:
            rule = f"no result of {self.n} seeds is unlikely enough at {ALPHA:.0%} to fail it: run more seeds"
        return f"held on {self.k}/{self.n} seeds (claimed: {rate}; {rule})"

    def xǁRunVerdictǁsummary__mutmut_6(self) -> str:
        rate = "every seed" if self.rate > 1.0 else f"at least {self.rate:.0%} of seeds"
        if self.critical >= 0:
            rule = f"a run of {self.n} fails it at {self.critical} or fewer"
        else:
            rule = f"no result of {self.n} seeds is unlikely enough at {ALPHA:.0%} to fail it: run more seeds"
        return f"held on {self.k}/{self.n} seeds (claimed: {rate}; {rule})"

    def xǁRunVerdictǁsummary__mutmut_7(self) -> str:
        rate = "every seed" if self.rate >= 2.0 else f"at least {self.rate:.0%} of seeds"
        if self.critical >= 0:
            rule = f"a run of {self.n} fails it at {self.critical} or fewer"
        else:
            rule = f"no result of {self.n} seeds is unlikely enough at {ALPHA:.0%} to fail it: run more seeds"
        return f"held on {self.k}/{self.n} seeds (claimed: {rate}; {rule})"

    def xǁRunVerdictǁsummary__mutmut_8(self) -> str:
        rate = "every seed" if self.rate >= 1.0 else f"at least {self.rate:.0%} of seeds"
        if self.critical > 0:
            rule = f"a run of {self.n} fails it at {self.critical} or fewer"
        else:
            rule = f"no result of {self.n} seeds is unlikely enough at {ALPHA:.0%} to fail it: run more seeds"
        return f"held on {self.k}/{self.n} seeds (claimed: {rate}; {rule})"

    def xǁRunVerdictǁsummary__mutmut_9(self) -> str:
        rate = "every seed" if self.rate >= 1.0 else f"at least {self.rate:.0%} of seeds"
        if self.critical >= 1:
            rule = f"a run of {self.n} fails it at {self.critical} or fewer"
        else:
            rule = f"no result of {self.n} seeds is unlikely enough at {ALPHA:.0%} to fail it: run more seeds"
        return f"held on {self.k}/{self.n} seeds (claimed: {rate}; {rule})"

    def xǁRunVerdictǁsummary__mutmut_10(self) -> str:
        rate = "every seed" if self.rate >= 1.0 else f"at least {self.rate:.0%} of seeds"
        if self.critical >= 0:
            rule = None
        else:
            rule = f"no result of {self.n} seeds is unlikely enough at {ALPHA:.0%} to fail it: run more seeds"
        return f"held on {self.k}/{self.n} seeds (claimed: {rate}; {rule})"

    def xǁRunVerdictǁsummary__mutmut_11(self) -> str:
        rate = "every seed" if self.rate >= 1.0 else f"at least {self.rate:.0%} of seeds"
        if self.critical >= 0:
            rule = f"a run of {self.n} fails it at {self.critical} or fewer"
        else:
            rule = None
        return f"held on {self.k}/{self.n} seeds (claimed: {rate}; {rule})"

    @_mutmut_mutated(mutants_xǁRunVerdictǁmessage__mutmut)
    def message(self) -> str:
        """What a failing assertion says: the decision, then each seed that failed and why."""
        head = f"{self.claim}: {self.summary()}"
        if self.expected_rate is not None:
            need = fixed_count(self.n, self.expected_rate)
            head += f"; a known failure here (holds on at most {self.expected_rate:.0%} of seeds): " + (
                f"fixed when it holds on {need} or more"
                if need <= self.n
                else f"{self.n} seeds cannot show it fixed at {ALPHA:.0%}"
            )
        return head + "".join(f"\n  seed {seed}: {why}" for seed, why in sorted(self.failures.items()))

    def xǁRunVerdictǁmessage__mutmut_orig(self) -> str:
        """What a failing assertion says: the decision, then each seed that failed and why."""
        head = f"{self.claim}: {self.summary()}"
        if self.expected_rate is not None:
            need = fixed_count(self.n, self.expected_rate)
            head += f"; a known failure here (holds on at most {self.expected_rate:.0%} of seeds): " + (
                f"fixed when it holds on {need} or more"
                if need <= self.n
                else f"{self.n} seeds cannot show it fixed at {ALPHA:.0%}"
            )
        return head + "".join(f"\n  seed {seed}: {why}" for seed, why in sorted(self.failures.items()))

    def xǁRunVerdictǁmessage__mutmut_1(self) -> str:
        """What a failing assertion says: the decision, then each seed that failed and why."""
        head = None
        if self.expected_rate is not None:
            need = fixed_count(self.n, self.expected_rate)
            head += f"; a known failure here (holds on at most {self.expected_rate:.0%} of seeds): " + (
                f"fixed when it holds on {need} or more"
                if need <= self.n
                else f"{self.n} seeds cannot show it fixed at {ALPHA:.0%}"
            )
        return head + "".join(f"\n  seed {seed}: {why}" for seed, why in sorted(self.failures.items()))

    def xǁRunVerdictǁmessage__mutmut_2(self) -> str:
        """What a failing assertion says: the decision, then each seed that failed and why."""
        head = f"{self.claim}: {self.summary()}"
        if self.expected_rate is None:
            need = fixed_count(self.n, self.expected_rate)
            head += f"; a known failure here (holds on at most {self.expected_rate:.0%} of seeds): " + (
                f"fixed when it holds on {need} or more"
                if need <= self.n
                else f"{self.n} seeds cannot show it fixed at {ALPHA:.0%}"
            )
        return head + "".join(f"\n  seed {seed}: {why}" for seed, why in sorted(self.failures.items()))

    def xǁRunVerdictǁmessage__mutmut_3(self) -> str:
        """What a failing assertion says: the decision, then each seed that failed and why."""
        head = f"{self.claim}: {self.summary()}"
        if self.expected_rate is not None:
            need = None
            head += f"; a known failure here (holds on at most {self.expected_rate:.0%} of seeds): " + (
                f"fixed when it holds on {need} or more"
                if need <= self.n
                else f"{self.n} seeds cannot show it fixed at {ALPHA:.0%}"
            )
        return head + "".join(f"\n  seed {seed}: {why}" for seed, why in sorted(self.failures.items()))

    def xǁRunVerdictǁmessage__mutmut_4(self) -> str:
        """What a failing assertion says: the decision, then each seed that failed and why."""
        head = f"{self.claim}: {self.summary()}"
        if self.expected_rate is not None:
            need = fixed_count(None, self.expected_rate)
            head += f"; a known failure here (holds on at most {self.expected_rate:.0%} of seeds): " + (
                f"fixed when it holds on {need} or more"
                if need <= self.n
                else f"{self.n} seeds cannot show it fixed at {ALPHA:.0%}"
            )
        return head + "".join(f"\n  seed {seed}: {why}" for seed, why in sorted(self.failures.items()))

    def xǁRunVerdictǁmessage__mutmut_5(self) -> str:
        """What a failing assertion says: the decision, then each seed that failed and why."""
        head = f"{self.claim}: {self.summary()}"
        if self.expected_rate is not None:
            need = fixed_count(self.n, None)
            head += f"; a known failure here (holds on at most {self.expected_rate:.0%} of seeds): " + (
                f"fixed when it holds on {need} or more"
                if need <= self.n
                else f"{self.n} seeds cannot show it fixed at {ALPHA:.0%}"
            )
        return head + "".join(f"\n  seed {seed}: {why}" for seed, why in sorted(self.failures.items()))

    def xǁRunVerdictǁmessage__mutmut_6(self) -> str:
        """What a failing assertion says: the decision, then each seed that failed and why."""
        head = f"{self.claim}: {self.summary()}"
        if self.expected_rate is not None:
            need = fixed_count(self.expected_rate)
            head += f"; a known failure here (holds on at most {self.expected_rate:.0%} of seeds): " + (
                f"fixed when it holds on {need} or more"
                if need <= self.n
                else f"{self.n} seeds cannot show it fixed at {ALPHA:.0%}"
            )
        return head + "".join(f"\n  seed {seed}: {why}" for seed, why in sorted(self.failures.items()))

    def xǁRunVerdictǁmessage__mutmut_7(self) -> str:
        """What a failing assertion says: the decision, then each seed that failed and why."""
        head = f"{self.claim}: {self.summary()}"
        if self.expected_rate is not None:
            need = fixed_count(
                self.n,
            )
            head += f"; a known failure here (holds on at most {self.expected_rate:.0%} of seeds): " + (
                f"fixed when it holds on {need} or more"
                if need <= self.n
                else f"{self.n} seeds cannot show it fixed at {ALPHA:.0%}"
            )
        return head + "".join(f"\n  seed {seed}: {why}" for seed, why in sorted(self.failures.items()))

    def xǁRunVerdictǁmessage__mutmut_8(self) -> str:
        """What a failing assertion says: the decision, then each seed that failed and why."""
        head = f"{self.claim}: {self.summary()}"
        if self.expected_rate is not None:
            need = fixed_count(self.n, self.expected_rate)
            head = f"; a known failure here (holds on at most {self.expected_rate:.0%} of seeds): " + (
                f"fixed when it holds on {need} or more"
                if need <= self.n
                else f"{self.n} seeds cannot show it fixed at {ALPHA:.0%}"
            )
        return head + "".join(f"\n  seed {seed}: {why}" for seed, why in sorted(self.failures.items()))

    def xǁRunVerdictǁmessage__mutmut_9(self) -> str:
        """What a failing assertion says: the decision, then each seed that failed and why."""
        head = f"{self.claim}: {self.summary()}"
        if self.expected_rate is not None:
            need = fixed_count(self.n, self.expected_rate)
            head -= f"; a known failure here (holds on at most {self.expected_rate:.0%} of seeds): " + (
                f"fixed when it holds on {need} or more"
                if need <= self.n
                else f"{self.n} seeds cannot show it fixed at {ALPHA:.0%}"
            )
        return head + "".join(f"\n  seed {seed}: {why}" for seed, why in sorted(self.failures.items()))

    def xǁRunVerdictǁmessage__mutmut_10(self) -> str:
        """What a failing assertion says: the decision, then each seed that failed and why."""
        head = f"{self.claim}: {self.summary()}"
        if self.expected_rate is not None:
            need = fixed_count(self.n, self.expected_rate)
            head += f"; a known failure here (holds on at most {self.expected_rate:.0%} of seeds): " - (
                f"fixed when it holds on {need} or more"
                if need <= self.n
                else f"{self.n} seeds cannot show it fixed at {ALPHA:.0%}"
            )
        return head + "".join(f"\n  seed {seed}: {why}" for seed, why in sorted(self.failures.items()))

    def xǁRunVerdictǁmessage__mutmut_11(self) -> str:
        """What a failing assertion says: the decision, then each seed that failed and why."""
        head = f"{self.claim}: {self.summary()}"
        if self.expected_rate is not None:
            need = fixed_count(self.n, self.expected_rate)
            head += f"; a known failure here (holds on at most {self.expected_rate:.0%} of seeds): " + (
                f"fixed when it holds on {need} or more"
                if (need <= self.n) and False
                else f"{self.n} seeds cannot show it fixed at {ALPHA:.0%}"
            )
        return head + "".join(f"\n  seed {seed}: {why}" for seed, why in sorted(self.failures.items()))

    def xǁRunVerdictǁmessage__mutmut_12(self) -> str:
        """What a failing assertion says: the decision, then each seed that failed and why."""
        head = f"{self.claim}: {self.summary()}"
        if self.expected_rate is not None:
            need = fixed_count(self.n, self.expected_rate)
            head += f"; a known failure here (holds on at most {self.expected_rate:.0%} of seeds): " + (
                f"fixed when it holds on {need} or more"
                if (need <= self.n) or True
                else f"{self.n} seeds cannot show it fixed at {ALPHA:.0%}"
            )
        return head + "".join(f"\n  seed {seed}: {why}" for seed, why in sorted(self.failures.items()))

    def xǁRunVerdictǁmessage__mutmut_13(self) -> str:
        """What a failing assertion says: the decision, then each seed that failed and why."""
        head = f"{self.claim}: {self.summary()}"
        if self.expected_rate is not None:
            need = fixed_count(self.n, self.expected_rate)
            head += f"; a known failure here (holds on at most {self.expected_rate:.0%} of seeds): " + (
                f"fixed when it holds on {need} or more"
                if need < self.n
                else f"{self.n} seeds cannot show it fixed at {ALPHA:.0%}"
            )
        return head + "".join(f"\n  seed {seed}: {why}" for seed, why in sorted(self.failures.items()))

    def xǁRunVerdictǁmessage__mutmut_14(self) -> str:
        """What a failing assertion says: the decision, then each seed that failed and why."""
        head = f"{self.claim}: {self.summary()}"
        if self.expected_rate is not None:
            need = fixed_count(self.n, self.expected_rate)
            head += f"; a known failure here (holds on at most {self.expected_rate:.0%} of seeds): " + (
                f"fixed when it holds on {need} or more"
                if need <= self.n
                else f"{self.n} seeds cannot show it fixed at {ALPHA:.0%}"
            )
        return head - "".join(f"\n  seed {seed}: {why}" for seed, why in sorted(self.failures.items()))

    def xǁRunVerdictǁmessage__mutmut_15(self) -> str:
        """What a failing assertion says: the decision, then each seed that failed and why."""
        head = f"{self.claim}: {self.summary()}"
        if self.expected_rate is not None:
            need = fixed_count(self.n, self.expected_rate)
            head += f"; a known failure here (holds on at most {self.expected_rate:.0%} of seeds): " + (
                f"fixed when it holds on {need} or more"
                if need <= self.n
                else f"{self.n} seeds cannot show it fixed at {ALPHA:.0%}"
            )
        return head + "".join(None)

    def xǁRunVerdictǁmessage__mutmut_16(self) -> str:
        """What a failing assertion says: the decision, then each seed that failed and why."""
        head = f"{self.claim}: {self.summary()}"
        if self.expected_rate is not None:
            need = fixed_count(self.n, self.expected_rate)
            head += f"; a known failure here (holds on at most {self.expected_rate:.0%} of seeds): " + (
                f"fixed when it holds on {need} or more"
                if need <= self.n
                else f"{self.n} seeds cannot show it fixed at {ALPHA:.0%}"
            )
        return head + "XXXX".join(f"\n  seed {seed}: {why}" for seed, why in sorted(self.failures.items()))

    def xǁRunVerdictǁmessage__mutmut_17(self) -> str:
        """What a failing assertion says: the decision, then each seed that failed and why."""
        head = f"{self.claim}: {self.summary()}"
        if self.expected_rate is not None:
            need = fixed_count(self.n, self.expected_rate)
            head += f"; a known failure here (holds on at most {self.expected_rate:.0%} of seeds): " + (
                f"fixed when it holds on {need} or more"
                if need <= self.n
                else f"{self.n} seeds cannot show it fixed at {ALPHA:.0%}"
            )
        return head + "".join(f"\n  seed {seed}: {why}" for seed, why in sorted(None))


mutants_xǁRunVerdictǁrecord__mutmut["_mutmut_orig"] = RunVerdict.xǁRunVerdictǁrecord__mutmut_orig  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁrecord__mutmut["xǁRunVerdictǁrecord__mutmut_1"] = RunVerdict.xǁRunVerdictǁrecord__mutmut_1  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁrecord__mutmut["xǁRunVerdictǁrecord__mutmut_2"] = RunVerdict.xǁRunVerdictǁrecord__mutmut_2  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁrecord__mutmut["xǁRunVerdictǁrecord__mutmut_3"] = RunVerdict.xǁRunVerdictǁrecord__mutmut_3  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁrecord__mutmut["xǁRunVerdictǁrecord__mutmut_4"] = RunVerdict.xǁRunVerdictǁrecord__mutmut_4  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁrecord__mutmut["xǁRunVerdictǁrecord__mutmut_5"] = RunVerdict.xǁRunVerdictǁrecord__mutmut_5  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁrecord__mutmut["xǁRunVerdictǁrecord__mutmut_6"] = RunVerdict.xǁRunVerdictǁrecord__mutmut_6  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁrecord__mutmut["xǁRunVerdictǁrecord__mutmut_7"] = RunVerdict.xǁRunVerdictǁrecord__mutmut_7  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁrecord__mutmut["xǁRunVerdictǁrecord__mutmut_8"] = RunVerdict.xǁRunVerdictǁrecord__mutmut_8  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁrecord__mutmut["xǁRunVerdictǁrecord__mutmut_9"] = RunVerdict.xǁRunVerdictǁrecord__mutmut_9  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁrecord__mutmut["xǁRunVerdictǁrecord__mutmut_10"] = RunVerdict.xǁRunVerdictǁrecord__mutmut_10  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁrecord__mutmut["xǁRunVerdictǁrecord__mutmut_11"] = RunVerdict.xǁRunVerdictǁrecord__mutmut_11  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁrecord__mutmut["xǁRunVerdictǁrecord__mutmut_12"] = RunVerdict.xǁRunVerdictǁrecord__mutmut_12  # type: ignore # mutmut generated

mutants_xǁRunVerdictǁsummary__mutmut["_mutmut_orig"] = RunVerdict.xǁRunVerdictǁsummary__mutmut_orig  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁsummary__mutmut["xǁRunVerdictǁsummary__mutmut_1"] = RunVerdict.xǁRunVerdictǁsummary__mutmut_1  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁsummary__mutmut["xǁRunVerdictǁsummary__mutmut_2"] = RunVerdict.xǁRunVerdictǁsummary__mutmut_2  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁsummary__mutmut["xǁRunVerdictǁsummary__mutmut_3"] = RunVerdict.xǁRunVerdictǁsummary__mutmut_3  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁsummary__mutmut["xǁRunVerdictǁsummary__mutmut_4"] = RunVerdict.xǁRunVerdictǁsummary__mutmut_4  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁsummary__mutmut["xǁRunVerdictǁsummary__mutmut_5"] = RunVerdict.xǁRunVerdictǁsummary__mutmut_5  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁsummary__mutmut["xǁRunVerdictǁsummary__mutmut_6"] = RunVerdict.xǁRunVerdictǁsummary__mutmut_6  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁsummary__mutmut["xǁRunVerdictǁsummary__mutmut_7"] = RunVerdict.xǁRunVerdictǁsummary__mutmut_7  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁsummary__mutmut["xǁRunVerdictǁsummary__mutmut_8"] = RunVerdict.xǁRunVerdictǁsummary__mutmut_8  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁsummary__mutmut["xǁRunVerdictǁsummary__mutmut_9"] = RunVerdict.xǁRunVerdictǁsummary__mutmut_9  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁsummary__mutmut["xǁRunVerdictǁsummary__mutmut_10"] = RunVerdict.xǁRunVerdictǁsummary__mutmut_10  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁsummary__mutmut["xǁRunVerdictǁsummary__mutmut_11"] = RunVerdict.xǁRunVerdictǁsummary__mutmut_11  # type: ignore # mutmut generated

mutants_xǁRunVerdictǁmessage__mutmut["_mutmut_orig"] = RunVerdict.xǁRunVerdictǁmessage__mutmut_orig  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁmessage__mutmut["xǁRunVerdictǁmessage__mutmut_1"] = RunVerdict.xǁRunVerdictǁmessage__mutmut_1  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁmessage__mutmut["xǁRunVerdictǁmessage__mutmut_2"] = RunVerdict.xǁRunVerdictǁmessage__mutmut_2  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁmessage__mutmut["xǁRunVerdictǁmessage__mutmut_3"] = RunVerdict.xǁRunVerdictǁmessage__mutmut_3  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁmessage__mutmut["xǁRunVerdictǁmessage__mutmut_4"] = RunVerdict.xǁRunVerdictǁmessage__mutmut_4  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁmessage__mutmut["xǁRunVerdictǁmessage__mutmut_5"] = RunVerdict.xǁRunVerdictǁmessage__mutmut_5  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁmessage__mutmut["xǁRunVerdictǁmessage__mutmut_6"] = RunVerdict.xǁRunVerdictǁmessage__mutmut_6  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁmessage__mutmut["xǁRunVerdictǁmessage__mutmut_7"] = RunVerdict.xǁRunVerdictǁmessage__mutmut_7  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁmessage__mutmut["xǁRunVerdictǁmessage__mutmut_8"] = RunVerdict.xǁRunVerdictǁmessage__mutmut_8  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁmessage__mutmut["xǁRunVerdictǁmessage__mutmut_9"] = RunVerdict.xǁRunVerdictǁmessage__mutmut_9  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁmessage__mutmut["xǁRunVerdictǁmessage__mutmut_10"] = RunVerdict.xǁRunVerdictǁmessage__mutmut_10  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁmessage__mutmut["xǁRunVerdictǁmessage__mutmut_11"] = RunVerdict.xǁRunVerdictǁmessage__mutmut_11  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁmessage__mutmut["xǁRunVerdictǁmessage__mutmut_12"] = RunVerdict.xǁRunVerdictǁmessage__mutmut_12  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁmessage__mutmut["xǁRunVerdictǁmessage__mutmut_13"] = RunVerdict.xǁRunVerdictǁmessage__mutmut_13  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁmessage__mutmut["xǁRunVerdictǁmessage__mutmut_14"] = RunVerdict.xǁRunVerdictǁmessage__mutmut_14  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁmessage__mutmut["xǁRunVerdictǁmessage__mutmut_15"] = RunVerdict.xǁRunVerdictǁmessage__mutmut_15  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁmessage__mutmut["xǁRunVerdictǁmessage__mutmut_16"] = RunVerdict.xǁRunVerdictǁmessage__mutmut_16  # type: ignore # mutmut generated
mutants_xǁRunVerdictǁmessage__mutmut["xǁRunVerdictǁmessage__mutmut_17"] = RunVerdict.xǁRunVerdictǁmessage__mutmut_17  # type: ignore # mutmut generated
mutants_x_decide__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_decide__mutmut)
def decide(
    claim: str, rate: float, outcomes: Mapping[int, tuple[bool, str]], expected_rate: float | None = None
) -> RunVerdict:
    """The verdict of one run: ``outcomes`` maps each seed to (held, why it failed or '')."""
    seeds = tuple(sorted(outcomes))
    held = tuple(s for s in seeds if outcomes[s][0])
    failures = {s: outcomes[s][1] for s in seeds if not outcomes[s][0]}
    return RunVerdict(claim, seeds, held, rate, failures, expected_rate)


def x_decide__mutmut_orig(
    claim: str, rate: float, outcomes: Mapping[int, tuple[bool, str]], expected_rate: float | None = None
) -> RunVerdict:
    """The verdict of one run: ``outcomes`` maps each seed to (held, why it failed or '')."""
    seeds = tuple(sorted(outcomes))
    held = tuple(s for s in seeds if outcomes[s][0])
    failures = {s: outcomes[s][1] for s in seeds if not outcomes[s][0]}
    return RunVerdict(claim, seeds, held, rate, failures, expected_rate)


def x_decide__mutmut_1(
    claim: str, rate: float, outcomes: Mapping[int, tuple[bool, str]], expected_rate: float | None = None
) -> RunVerdict:
    """The verdict of one run: ``outcomes`` maps each seed to (held, why it failed or '')."""
    seeds = None
    held = tuple(s for s in seeds if outcomes[s][0])
    failures = {s: outcomes[s][1] for s in seeds if not outcomes[s][0]}
    return RunVerdict(claim, seeds, held, rate, failures, expected_rate)


def x_decide__mutmut_2(
    claim: str, rate: float, outcomes: Mapping[int, tuple[bool, str]], expected_rate: float | None = None
) -> RunVerdict:
    """The verdict of one run: ``outcomes`` maps each seed to (held, why it failed or '')."""
    seeds = tuple(None)
    held = tuple(s for s in seeds if outcomes[s][0])
    failures = {s: outcomes[s][1] for s in seeds if not outcomes[s][0]}
    return RunVerdict(claim, seeds, held, rate, failures, expected_rate)


def x_decide__mutmut_3(
    claim: str, rate: float, outcomes: Mapping[int, tuple[bool, str]], expected_rate: float | None = None
) -> RunVerdict:
    """The verdict of one run: ``outcomes`` maps each seed to (held, why it failed or '')."""
    seeds = tuple(sorted(None))
    held = tuple(s for s in seeds if outcomes[s][0])
    failures = {s: outcomes[s][1] for s in seeds if not outcomes[s][0]}
    return RunVerdict(claim, seeds, held, rate, failures, expected_rate)


def x_decide__mutmut_4(
    claim: str, rate: float, outcomes: Mapping[int, tuple[bool, str]], expected_rate: float | None = None
) -> RunVerdict:
    """The verdict of one run: ``outcomes`` maps each seed to (held, why it failed or '')."""
    seeds = tuple(sorted(outcomes))
    held = None
    failures = {s: outcomes[s][1] for s in seeds if not outcomes[s][0]}
    return RunVerdict(claim, seeds, held, rate, failures, expected_rate)


def x_decide__mutmut_5(
    claim: str, rate: float, outcomes: Mapping[int, tuple[bool, str]], expected_rate: float | None = None
) -> RunVerdict:
    """The verdict of one run: ``outcomes`` maps each seed to (held, why it failed or '')."""
    seeds = tuple(sorted(outcomes))
    held = tuple(None)
    failures = {s: outcomes[s][1] for s in seeds if not outcomes[s][0]}
    return RunVerdict(claim, seeds, held, rate, failures, expected_rate)


def x_decide__mutmut_6(
    claim: str, rate: float, outcomes: Mapping[int, tuple[bool, str]], expected_rate: float | None = None
) -> RunVerdict:
    """The verdict of one run: ``outcomes`` maps each seed to (held, why it failed or '')."""
    seeds = tuple(sorted(outcomes))
    held = tuple(s for s in seeds if outcomes[s][1])
    failures = {s: outcomes[s][1] for s in seeds if not outcomes[s][0]}
    return RunVerdict(claim, seeds, held, rate, failures, expected_rate)


def x_decide__mutmut_7(
    claim: str, rate: float, outcomes: Mapping[int, tuple[bool, str]], expected_rate: float | None = None
) -> RunVerdict:
    """The verdict of one run: ``outcomes`` maps each seed to (held, why it failed or '')."""
    seeds = tuple(sorted(outcomes))
    held = tuple(s for s in seeds if outcomes[s][0])
    failures = None
    return RunVerdict(claim, seeds, held, rate, failures, expected_rate)


def x_decide__mutmut_8(
    claim: str, rate: float, outcomes: Mapping[int, tuple[bool, str]], expected_rate: float | None = None
) -> RunVerdict:
    """The verdict of one run: ``outcomes`` maps each seed to (held, why it failed or '')."""
    seeds = tuple(sorted(outcomes))
    held = tuple(s for s in seeds if outcomes[s][0])
    failures = {s: outcomes[s][2] for s in seeds if not outcomes[s][0]}
    return RunVerdict(claim, seeds, held, rate, failures, expected_rate)


def x_decide__mutmut_9(
    claim: str, rate: float, outcomes: Mapping[int, tuple[bool, str]], expected_rate: float | None = None
) -> RunVerdict:
    """The verdict of one run: ``outcomes`` maps each seed to (held, why it failed or '')."""
    seeds = tuple(sorted(outcomes))
    held = tuple(s for s in seeds if outcomes[s][0])
    failures = {s: outcomes[s][1] for s in seeds if outcomes[s][0]}
    return RunVerdict(claim, seeds, held, rate, failures, expected_rate)


def x_decide__mutmut_10(
    claim: str, rate: float, outcomes: Mapping[int, tuple[bool, str]], expected_rate: float | None = None
) -> RunVerdict:
    """The verdict of one run: ``outcomes`` maps each seed to (held, why it failed or '')."""
    seeds = tuple(sorted(outcomes))
    held = tuple(s for s in seeds if outcomes[s][0])
    failures = {s: outcomes[s][1] for s in seeds if not outcomes[s][1]}
    return RunVerdict(claim, seeds, held, rate, failures, expected_rate)


def x_decide__mutmut_11(
    claim: str, rate: float, outcomes: Mapping[int, tuple[bool, str]], expected_rate: float | None = None
) -> RunVerdict:
    """The verdict of one run: ``outcomes`` maps each seed to (held, why it failed or '')."""
    seeds = tuple(sorted(outcomes))
    held = tuple(s for s in seeds if outcomes[s][0])
    failures = {s: outcomes[s][1] for s in seeds if not outcomes[s][0]}
    return RunVerdict(None, seeds, held, rate, failures, expected_rate)


def x_decide__mutmut_12(
    claim: str, rate: float, outcomes: Mapping[int, tuple[bool, str]], expected_rate: float | None = None
) -> RunVerdict:
    """The verdict of one run: ``outcomes`` maps each seed to (held, why it failed or '')."""
    seeds = tuple(sorted(outcomes))
    held = tuple(s for s in seeds if outcomes[s][0])
    failures = {s: outcomes[s][1] for s in seeds if not outcomes[s][0]}
    return RunVerdict(claim, None, held, rate, failures, expected_rate)


def x_decide__mutmut_13(
    claim: str, rate: float, outcomes: Mapping[int, tuple[bool, str]], expected_rate: float | None = None
) -> RunVerdict:
    """The verdict of one run: ``outcomes`` maps each seed to (held, why it failed or '')."""
    seeds = tuple(sorted(outcomes))
    held = tuple(s for s in seeds if outcomes[s][0])
    failures = {s: outcomes[s][1] for s in seeds if not outcomes[s][0]}
    return RunVerdict(claim, seeds, None, rate, failures, expected_rate)


def x_decide__mutmut_14(
    claim: str, rate: float, outcomes: Mapping[int, tuple[bool, str]], expected_rate: float | None = None
) -> RunVerdict:
    """The verdict of one run: ``outcomes`` maps each seed to (held, why it failed or '')."""
    seeds = tuple(sorted(outcomes))
    held = tuple(s for s in seeds if outcomes[s][0])
    failures = {s: outcomes[s][1] for s in seeds if not outcomes[s][0]}
    return RunVerdict(claim, seeds, held, None, failures, expected_rate)


def x_decide__mutmut_15(
    claim: str, rate: float, outcomes: Mapping[int, tuple[bool, str]], expected_rate: float | None = None
) -> RunVerdict:
    """The verdict of one run: ``outcomes`` maps each seed to (held, why it failed or '')."""
    seeds = tuple(sorted(outcomes))
    held = tuple(s for s in seeds if outcomes[s][0])
    failures = {s: outcomes[s][1] for s in seeds if not outcomes[s][0]}
    return RunVerdict(claim, seeds, held, rate, None, expected_rate)


def x_decide__mutmut_16(
    claim: str, rate: float, outcomes: Mapping[int, tuple[bool, str]], expected_rate: float | None = None
) -> RunVerdict:
    """The verdict of one run: ``outcomes`` maps each seed to (held, why it failed or '')."""
    seeds = tuple(sorted(outcomes))
    held = tuple(s for s in seeds if outcomes[s][0])
    failures = {s: outcomes[s][1] for s in seeds if not outcomes[s][0]}
    return RunVerdict(claim, seeds, held, rate, failures, None)


def x_decide__mutmut_17(
    claim: str, rate: float, outcomes: Mapping[int, tuple[bool, str]], expected_rate: float | None = None
) -> RunVerdict:
    """The verdict of one run: ``outcomes`` maps each seed to (held, why it failed or '')."""
    seeds = tuple(sorted(outcomes))
    held = tuple(s for s in seeds if outcomes[s][0])
    failures = {s: outcomes[s][1] for s in seeds if not outcomes[s][0]}
    return RunVerdict(seeds, held, rate, failures, expected_rate)


def x_decide__mutmut_18(
    claim: str, rate: float, outcomes: Mapping[int, tuple[bool, str]], expected_rate: float | None = None
) -> RunVerdict:
    """The verdict of one run: ``outcomes`` maps each seed to (held, why it failed or '')."""
    seeds = tuple(sorted(outcomes))
    held = tuple(s for s in seeds if outcomes[s][0])
    failures = {s: outcomes[s][1] for s in seeds if not outcomes[s][0]}
    return RunVerdict(claim, held, rate, failures, expected_rate)


def x_decide__mutmut_19(
    claim: str, rate: float, outcomes: Mapping[int, tuple[bool, str]], expected_rate: float | None = None
) -> RunVerdict:
    """The verdict of one run: ``outcomes`` maps each seed to (held, why it failed or '')."""
    seeds = tuple(sorted(outcomes))
    held = tuple(s for s in seeds if outcomes[s][0])
    failures = {s: outcomes[s][1] for s in seeds if not outcomes[s][0]}
    return RunVerdict(claim, seeds, rate, failures, expected_rate)


def x_decide__mutmut_20(
    claim: str, rate: float, outcomes: Mapping[int, tuple[bool, str]], expected_rate: float | None = None
) -> RunVerdict:
    """The verdict of one run: ``outcomes`` maps each seed to (held, why it failed or '')."""
    seeds = tuple(sorted(outcomes))
    held = tuple(s for s in seeds if outcomes[s][0])
    failures = {s: outcomes[s][1] for s in seeds if not outcomes[s][0]}
    return RunVerdict(claim, seeds, held, failures, expected_rate)


def x_decide__mutmut_21(
    claim: str, rate: float, outcomes: Mapping[int, tuple[bool, str]], expected_rate: float | None = None
) -> RunVerdict:
    """The verdict of one run: ``outcomes`` maps each seed to (held, why it failed or '')."""
    seeds = tuple(sorted(outcomes))
    held = tuple(s for s in seeds if outcomes[s][0])
    failures = {s: outcomes[s][1] for s in seeds if not outcomes[s][0]}
    return RunVerdict(claim, seeds, held, rate, expected_rate)


def x_decide__mutmut_22(
    claim: str, rate: float, outcomes: Mapping[int, tuple[bool, str]], expected_rate: float | None = None
) -> RunVerdict:
    """The verdict of one run: ``outcomes`` maps each seed to (held, why it failed or '')."""
    seeds = tuple(sorted(outcomes))
    held = tuple(s for s in seeds if outcomes[s][0])
    failures = {s: outcomes[s][1] for s in seeds if not outcomes[s][0]}
    return RunVerdict(
        claim,
        seeds,
        held,
        rate,
        failures,
    )


mutants_x_decide__mutmut["_mutmut_orig"] = x_decide__mutmut_orig  # type: ignore # mutmut generated
mutants_x_decide__mutmut["x_decide__mutmut_1"] = x_decide__mutmut_1  # type: ignore # mutmut generated
mutants_x_decide__mutmut["x_decide__mutmut_2"] = x_decide__mutmut_2  # type: ignore # mutmut generated
mutants_x_decide__mutmut["x_decide__mutmut_3"] = x_decide__mutmut_3  # type: ignore # mutmut generated
mutants_x_decide__mutmut["x_decide__mutmut_4"] = x_decide__mutmut_4  # type: ignore # mutmut generated
mutants_x_decide__mutmut["x_decide__mutmut_5"] = x_decide__mutmut_5  # type: ignore # mutmut generated
mutants_x_decide__mutmut["x_decide__mutmut_6"] = x_decide__mutmut_6  # type: ignore # mutmut generated
mutants_x_decide__mutmut["x_decide__mutmut_7"] = x_decide__mutmut_7  # type: ignore # mutmut generated
mutants_x_decide__mutmut["x_decide__mutmut_8"] = x_decide__mutmut_8  # type: ignore # mutmut generated
mutants_x_decide__mutmut["x_decide__mutmut_9"] = x_decide__mutmut_9  # type: ignore # mutmut generated
mutants_x_decide__mutmut["x_decide__mutmut_10"] = x_decide__mutmut_10  # type: ignore # mutmut generated
mutants_x_decide__mutmut["x_decide__mutmut_11"] = x_decide__mutmut_11  # type: ignore # mutmut generated
mutants_x_decide__mutmut["x_decide__mutmut_12"] = x_decide__mutmut_12  # type: ignore # mutmut generated
mutants_x_decide__mutmut["x_decide__mutmut_13"] = x_decide__mutmut_13  # type: ignore # mutmut generated
mutants_x_decide__mutmut["x_decide__mutmut_14"] = x_decide__mutmut_14  # type: ignore # mutmut generated
mutants_x_decide__mutmut["x_decide__mutmut_15"] = x_decide__mutmut_15  # type: ignore # mutmut generated
mutants_x_decide__mutmut["x_decide__mutmut_16"] = x_decide__mutmut_16  # type: ignore # mutmut generated
mutants_x_decide__mutmut["x_decide__mutmut_17"] = x_decide__mutmut_17  # type: ignore # mutmut generated
mutants_x_decide__mutmut["x_decide__mutmut_18"] = x_decide__mutmut_18  # type: ignore # mutmut generated
mutants_x_decide__mutmut["x_decide__mutmut_19"] = x_decide__mutmut_19  # type: ignore # mutmut generated
mutants_x_decide__mutmut["x_decide__mutmut_20"] = x_decide__mutmut_20  # type: ignore # mutmut generated
mutants_x_decide__mutmut["x_decide__mutmut_21"] = x_decide__mutmut_21  # type: ignore # mutmut generated
mutants_x_decide__mutmut["x_decide__mutmut_22"] = x_decide__mutmut_22  # type: ignore # mutmut generated
