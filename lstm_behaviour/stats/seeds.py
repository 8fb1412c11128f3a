"""Seed lists: parse ``"0-2"``, ``"0,3,7"`` or ``"0-4,9"`` into a sorted tuple of integers; a
run's seed plan (``SeedPlan``): such a list, or ``auto`` / ``auto:100`` for seeds added from a
start until each trained claim's sequential test decides, parsed once and written one way.

A seed is what ``keras.utils.set_random_seed`` accepts, 0 to 2**32 - 1, less the offset that
experiment 5 adds for its second model (``MAX_SEED``); one list holds at most ``MAX_SEEDS``
seeds (a run of that many takes days), checked before any list is built.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = [
    "AUTO",
    "CALIBRATION_SEEDS",
    "DEFAULT_SEEDS",
    "MAX_SEED",
    "MAX_SEEDS",
    "SeedPlan",
    "auto_start",
    "auto_text",
    "parse_seeds",
    "seed_range",
    "seed_words",
]

DEFAULT_SEEDS = "0-2"
#: ``--seeds auto``: seeds 0, 1, 2, ... until each trained claim's sequential test decides;
#: ``auto:100``: seeds 100, 101, ... (held-out seeds, outside the calibration's 0-99).
AUTO = "auto"
_AUTO = re.compile(r"auto(?::([0-9]{1,12}))?\Z")
CALIBRATION_SEEDS = "0-99"
MAX_SEED = 2**32 - 1 - 10_000  # experiments.TRANSPLANT.target_seed_offset: seed + 10,000 must be a seed too
MAX_SEEDS = 10_000

_PART = re.compile(r"([0-9]+)(?:-([0-9]+))?\Z")  # ASCII digits only


def auto_start(text) -> int | None:
    """The first seed of a sequential run (``auto`` -> 0, ``auto:100`` -> 100), or None when
    ``text`` is not one; a ValueError for a start past ``MAX_SEED`` less the cap on seeds."""
    match = _AUTO.match(text.strip()) if isinstance(text, str) else None
    if match is None:
        return None
    start = int(match.group(1) or 0)
    if start > MAX_SEED - MAX_SEEDS:
        raise ValueError(f"a sequential run starts at a seed from 0 to {MAX_SEED - MAX_SEEDS}, got {start}")
    return start


def auto_text(start: int) -> str:
    """How a report names a sequential run's seeds: ``auto`` from 0, ``auto:100`` from 100."""
    return AUTO if start == 0 else f"{AUTO}:{start}"


def parse_seeds(text: str) -> tuple[int, ...]:
    """Parse a seed list of ranges and numbers; a ValueError says what was expected and got."""
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"seeds must be a list like '0-2' or '0,3,7', got {text!r}")
    spans: list[tuple[int, int]] = []
    for part in text.split(","):
        match = _PART.match(part.strip())
        if not match:
            raise ValueError(f"seeds must be numbers or ranges like '0-2' or '0,3,7', got {part.strip()!r} in {text!r}")
        if any(len(g) > 12 for g in match.groups() if g):
            raise ValueError(f"seeds must be from 0 to {MAX_SEED}, got {part.strip()!r}")
        low = int(match.group(1))
        high = int(match.group(2)) if match.group(2) is not None else low
        if high < low:
            raise ValueError(f"seed range must go up, got {part.strip()!r} in {text!r}")
        if high > MAX_SEED:
            raise ValueError(f"seeds must be from 0 to {MAX_SEED} (Keras takes seeds below 2**32), got {high}")
        spans.append((low, high))
    if _distinct(spans) > MAX_SEEDS:  # counted before any list of them is made
        raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got {_distinct(spans)} in {text[:80]!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def _distinct(spans: list[tuple[int, int]]) -> int:
    """How many seeds the ranges cover together (overlaps once): the sorted ranges merged."""
    count, reach = 0, -1
    for low, high in sorted(spans):
        if high > reach:
            count += high - max(low, reach + 1) + 1
            reach = high
    return count


def seed_range(seeds) -> str:
    """Seeds as a person reads them: ``0-99`` for a run of three or more, else ``0,3``."""
    seeds = list(seeds)
    if len(seeds) > 2 and seeds == list(range(seeds[0], seeds[-1] + 1)):
        return f"{seeds[0]}-{seeds[-1]}"
    return ",".join(map(str, seeds))


def seed_words(seeds) -> str:
    """Seeds as a message names them, whatever they are: a seed rule's text as its repr; a list
    sorted, whole up to eight seeds, else its ends and its count (``[3, ..., 11] (9 seeds)``)."""
    if isinstance(seeds, str):
        return repr(seeds)
    seeds = sorted(seeds)
    return str(seeds) if len(seeds) <= 8 else f"[{seeds[0]}, ..., {seeds[-1]}] ({len(seeds)} seeds)"


@dataclass(frozen=True)
class SeedPlan:
    """The seeds a run asks for (``--seeds``): a fixed list (``fixed``), or seeds ``start``,
    ``start + 1``, ... until each trained claim's sequential test decides (``start`` not None)."""

    fixed: tuple[int, ...] = ()
    start: int | None = None

    @classmethod
    def parse(cls, text) -> SeedPlan:
        """``0-2``, ``0,3,7``, ``auto`` or ``auto:100``; a ValueError says what was expected and got."""
        start = auto_start(text)
        return cls(start=start) if start is not None else cls(fixed=parse_seeds(text))

    @classmethod
    def from_report(cls, value) -> SeedPlan:
        """The plan a claims report's ``environment.seeds`` records (``report_value``'s inverse)."""
        return cls.parse(value) if isinstance(value, str) else cls(fixed=tuple(value))

    @property
    def sequential(self) -> bool:
        return self.start is not None

    def seeds(self) -> Iterator[int]:
        """The seeds in the order a run trains them (without end for a sequential plan)."""
        return itertools.count(self.start) if self.sequential else iter(self.fixed)

    def report_value(self) -> str | list[int]:
        """What a claims report records: ``auto`` / ``auto:100``, or the list of seeds."""
        return auto_text(self.start) if self.sequential else list(self.fixed)

    def __str__(self) -> str:
        return auto_text(self.start) if self.sequential else seed_range(self.fixed)
