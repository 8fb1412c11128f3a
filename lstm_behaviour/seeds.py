"""Seed lists: parse ``"0-2"``, ``"0,3,7"`` or ``"0-4,9"`` into a sorted tuple of integers."""

from __future__ import annotations

import re

__all__ = ["DEFAULT_SEEDS", "CALIBRATION_SEEDS", "parse_seeds"]

DEFAULT_SEEDS = "0-2"
CALIBRATION_SEEDS = "0-19"

_PART = re.compile(r"^(\d+)(?:-(\d+))?$")


def parse_seeds(text: str) -> tuple[int, ...]:
    """Parse a seed list of ranges and numbers; a ValueError says what was expected and got."""
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"seeds must be a list like '0-2' or '0,3,7', got {text!r}")
    seeds: set[int] = set()
    for part in text.split(","):
        match = _PART.match(part.strip())
        if not match:
            raise ValueError(f"seeds must be numbers or ranges like '0-2' or '0,3,7', got {part.strip()!r} in {text!r}")
        low = int(match.group(1))
        high = int(match.group(2)) if match.group(2) is not None else low
        if high < low:
            raise ValueError(f"seed range must go up, got {part.strip()!r} in {text!r}")
        seeds.update(range(low, high + 1))
    return tuple(sorted(seeds))
