"""The claim and bound types: ``Claim`` (one statement of the article and how it is checked),
``Bound`` (one comparison on a seed's accuracies) and ``SeedCheck`` (a claim on one seed).

A trained claim carries its per-seed predicate, ``Bound``s on the accuracies of one seed's
trained rows (``Claim.on_seed``), and its stated rate: the share of seeds it holds on, 1 ("every
seed") where ``by_construction`` says why it cannot fail, else the lower confidence bound
that ``thresholds.stated_rate`` gives from the calibration.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from .experiments import article_accuracy, window_count

__all__ = ["BOUND_KINDS", "UNSET", "Bound", "Claim", "SeedCheck"]

BoundKind = Literal["at_least", "at_most", "within", "below"]
BOUND_KINDS = ("at_least", "at_most", "within", "below")
#: a bound's value before ``calibrated.apply`` sets it
UNSET = float("nan")


@dataclass(frozen=True)
class Bound:
    """One comparison on a seed's accuracies.

    - ``at_least`` / ``at_most``: ``left`` is >= / <= ``value``;
    - ``within``: ``abs(left - right) <= value``;
    - ``below``: ``left <= right - value`` (left falls at least ``value`` below right).

    ``left`` and ``right`` name a row key and an evaluation, e.g. ``("E1/lstm", "in_order")``.
    ``value`` is set from the article and the calibration data by ``thresholds.bound_value``.
    """

    kind: BoundKind
    left: tuple[str, str]
    value: float
    right: tuple[str, str] | None = None
    reason: str = ""
    fixed: bool = False  # value fixed by construction, not calibrated: 0 (the same predictions) or 1 (a yes/no)
    beats: bool = False  # a "below" that claims only "lower", not "far lower": one window suffices

    def __post_init__(self):
        if self.kind not in BOUND_KINDS:
            raise ValueError(f"bound kind must be one of {', '.join(BOUND_KINDS)}; got {self.kind!r}")
        one_sided = self.kind in ("at_least", "at_most")
        if (self.right is None) != one_sided:
            raise ValueError(f"a {self.kind!r} bound must {'not ' if one_sided else ''}have a right side")

    @property
    def rows(self) -> tuple[str, ...]:
        return tuple(side[0] for side in (self.left, self.right) if side)

    def shown(self, value: float) -> str:
        """A value of the bound's quantity with the decimals its grid needs: two up to 100
        windows (25 windows: 0.04 a step), three up to 1000, and so on."""
        return f"{value:.{max(2, math.ceil(math.log10(self.windows)))}f}"

    def describe(self) -> str:
        left = f"{self.left[0]} {self.left[1]}"
        right = f"{self.right[0]} {self.right[1]}" if self.right else ""
        value = self.shown(self.value)
        return {
            "at_least": f"{left} >= {value}",
            "at_most": f"{left} <= {value}",
            "within": f"{left} within {value} of {right}",
            "below": f"{left} <= {right} - {value}",
        }[self.kind]

    def measure(self, acc: Mapping[str, Mapping[str, float]]) -> float:
        """The measured quantity: the accuracy, the gap |l - r|, or the drop r - l."""
        left = acc[self.left[0]][self.left[1]]
        if self.right is None:
            return left
        right = acc[self.right[0]][self.right[1]]
        return abs(left - right) if self.kind == "within" else right - left

    def article_value(self) -> float:
        """The measured quantity as the article's numbers give it (KeyError: it gives none)."""
        sides = [side for side in (self.left, self.right) if side]
        acc: dict[str, dict[str, float]] = {}
        for key, evaluation in sides:
            acc.setdefault(key, {})[evaluation] = article_accuracy(key, evaluation)
        return self.measure(acc)

    @property
    def windows(self) -> int:
        """Windows the left side's evaluation runs: the grid of its accuracies."""
        return window_count(*self.left)

    def holds(self, acc: Mapping[str, Mapping[str, float]]) -> bool:
        """Whether the bound holds on one seed's accuracies (1e-9 absorbs float rounding of k/n)."""
        m = self.measure(acc)
        eps = 1e-9
        if self.kind in ("at_least", "below"):
            return m >= self.value - eps
        return m <= self.value + eps


@dataclass(frozen=True)
class SeedCheck:
    """Whether a claim held on one seed, and the numbers behind it."""

    claim: str
    ok: bool
    lines: tuple[str, ...]
    values: dict[str, float]

    def message(self) -> str:
        return "; ".join(self.lines)


@dataclass(frozen=True)
class Claim:
    """One statement of the article, and how this project checks it."""

    id: str
    group: str
    quote: str
    statement: str
    check: str
    bounds: tuple[Bound, ...] = field(default=())
    trained: bool = False
    by_construction: str = ""  # why the claim holds on every seed by construction (its rate is then 1)
    rate: float = 1.0  # the share of seeds it is stated to hold on (thresholds.stated_rate)
    alpha: float | None = None  # a trained claim's false-alarm rate a run: its article's share (spec.claims)

    def __post_init__(self):
        if not 0.0 < self.rate <= 1.0:
            raise ValueError(f"{self.id}: rate must be in (0, 1], got {self.rate!r}")
        if self.by_construction and self.rate != 1.0:
            raise ValueError(f"{self.id}: a claim exact by construction holds on every seed (rate 1), got {self.rate}")

    @property
    def rows(self) -> tuple[str, ...]:
        """The experiment rows this claim reads, in order of first use."""
        return tuple(dict.fromkeys(r for b in self.bounds for r in b.rows))

    @property
    def experiment(self) -> int | None:
        return int(self.id[1]) if self.id[0] == "E" else None

    def rate_text(self) -> str:
        """``every seed`` or ``at least 85% of seeds``."""
        return "every seed" if self.rate >= 1.0 else f"at least {self.rate:.0%} of seeds"

    def on_seed(self, acc: Mapping[str, Mapping[str, float]]) -> SeedCheck:
        """Apply every bound to one seed's accuracies (row key -> evaluation -> accuracy)."""
        lines, values, ok = [], {}, True
        for bound in self.bounds:
            measured = bound.measure(acc)
            holds = bound.holds(acc)
            ok &= holds
            values[bound.describe()] = measured
            lines.append(f"{bound.describe()} {'holds' if holds else 'FAILS'} (measured {bound.shown(measured)})")
        return SeedCheck(self.id, ok, tuple(lines), values)
