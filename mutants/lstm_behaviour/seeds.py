"""Seed lists: parse ``"0-2"``, ``"0,3,7"`` or ``"0-4,9"`` into a sorted tuple of integers.

A seed is what ``keras.utils.set_random_seed`` accepts, 0 to 2**32 - 1, less the offset that
experiment 5 adds for its second model (``MAX_SEED``); one list holds at most ``MAX_SEEDS``
seeds (a run of that many takes days), checked before any list is built.
"""

from __future__ import annotations

import re

__all__ = ["CALIBRATION_SEEDS", "DEFAULT_SEEDS", "MAX_SEED", "MAX_SEEDS", "parse_seeds"]

DEFAULT_SEEDS = "0-2"
CALIBRATION_SEEDS = "0-99"
MAX_SEED = 2**32 - 1 - 10_000  # experiments.TRANSPLANT.target_seed_offset: seed + 10,000 must be a seed too
MAX_SEEDS = 10_000

_PART = re.compile(r"^(\d+)(?:-(\d+))?$")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict

mutants_x_parse_seeds__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_seeds__mutmut)
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
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_orig(text: str) -> tuple[int, ...]:
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
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_1(text: str) -> tuple[int, ...]:
    """Parse a seed list of ranges and numbers; a ValueError says what was expected and got."""
    if not isinstance(text, str) and not text.strip():
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
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_2(text: str) -> tuple[int, ...]:
    """Parse a seed list of ranges and numbers; a ValueError says what was expected and got."""
    if isinstance(text, str) or not text.strip():
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
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_3(text: str) -> tuple[int, ...]:
    """Parse a seed list of ranges and numbers; a ValueError says what was expected and got."""
    if not isinstance(text, str) or text.strip():
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
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_4(text: str) -> tuple[int, ...]:
    """Parse a seed list of ranges and numbers; a ValueError says what was expected and got."""
    if not isinstance(text, str) or not text.strip():
        raise ValueError(None)
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
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_5(text: str) -> tuple[int, ...]:
    """Parse a seed list of ranges and numbers; a ValueError says what was expected and got."""
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"seeds must be a list like '0-2' or '0,3,7', got {text!r}")
    spans: list[tuple[int, int]] = None
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
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_6(text: str) -> tuple[int, ...]:
    """Parse a seed list of ranges and numbers; a ValueError says what was expected and got."""
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"seeds must be a list like '0-2' or '0,3,7', got {text!r}")
    spans: list[tuple[int, int]] = []
    for part in text.split(None):
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
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_7(text: str) -> tuple[int, ...]:
    """Parse a seed list of ranges and numbers; a ValueError says what was expected and got."""
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"seeds must be a list like '0-2' or '0,3,7', got {text!r}")
    spans: list[tuple[int, int]] = []
    for part in text.split("XX,XX"):
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
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_8(text: str) -> tuple[int, ...]:
    """Parse a seed list of ranges and numbers; a ValueError says what was expected and got."""
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"seeds must be a list like '0-2' or '0,3,7', got {text!r}")
    spans: list[tuple[int, int]] = []
    for part in text.split(","):
        match = None
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
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_9(text: str) -> tuple[int, ...]:
    """Parse a seed list of ranges and numbers; a ValueError says what was expected and got."""
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"seeds must be a list like '0-2' or '0,3,7', got {text!r}")
    spans: list[tuple[int, int]] = []
    for part in text.split(","):
        match = _PART.match(None)
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
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_10(text: str) -> tuple[int, ...]:
    """Parse a seed list of ranges and numbers; a ValueError says what was expected and got."""
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"seeds must be a list like '0-2' or '0,3,7', got {text!r}")
    spans: list[tuple[int, int]] = []
    for part in text.split(","):
        match = _PART.match(part.strip())
        if match:
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
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_11(text: str) -> tuple[int, ...]:
    """Parse a seed list of ranges and numbers; a ValueError says what was expected and got."""
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"seeds must be a list like '0-2' or '0,3,7', got {text!r}")
    spans: list[tuple[int, int]] = []
    for part in text.split(","):
        match = _PART.match(part.strip())
        if not match:
            raise ValueError(None)
        if any(len(g) > 12 for g in match.groups() if g):
            raise ValueError(f"seeds must be from 0 to {MAX_SEED}, got {part.strip()!r}")
        low = int(match.group(1))
        high = int(match.group(2)) if match.group(2) is not None else low
        if high < low:
            raise ValueError(f"seed range must go up, got {part.strip()!r} in {text!r}")
        if high > MAX_SEED:
            raise ValueError(f"seeds must be from 0 to {MAX_SEED} (Keras takes seeds below 2**32), got {high}")
        spans.append((low, high))
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_12(text: str) -> tuple[int, ...]:
    """Parse a seed list of ranges and numbers; a ValueError says what was expected and got."""
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"seeds must be a list like '0-2' or '0,3,7', got {text!r}")
    spans: list[tuple[int, int]] = []
    for part in text.split(","):
        match = _PART.match(part.strip())
        if not match:
            raise ValueError(f"seeds must be numbers or ranges like '0-2' or '0,3,7', got {part.strip()!r} in {text!r}")
        if any(None):
            raise ValueError(f"seeds must be from 0 to {MAX_SEED}, got {part.strip()!r}")
        low = int(match.group(1))
        high = int(match.group(2)) if match.group(2) is not None else low
        if high < low:
            raise ValueError(f"seed range must go up, got {part.strip()!r} in {text!r}")
        if high > MAX_SEED:
            raise ValueError(f"seeds must be from 0 to {MAX_SEED} (Keras takes seeds below 2**32), got {high}")
        spans.append((low, high))
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_13(text: str) -> tuple[int, ...]:
    """Parse a seed list of ranges and numbers; a ValueError says what was expected and got."""
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"seeds must be a list like '0-2' or '0,3,7', got {text!r}")
    spans: list[tuple[int, int]] = []
    for part in text.split(","):
        match = _PART.match(part.strip())
        if not match:
            raise ValueError(f"seeds must be numbers or ranges like '0-2' or '0,3,7', got {part.strip()!r} in {text!r}")
        if any(len(g) >= 12 for g in match.groups() if g):
            raise ValueError(f"seeds must be from 0 to {MAX_SEED}, got {part.strip()!r}")
        low = int(match.group(1))
        high = int(match.group(2)) if match.group(2) is not None else low
        if high < low:
            raise ValueError(f"seed range must go up, got {part.strip()!r} in {text!r}")
        if high > MAX_SEED:
            raise ValueError(f"seeds must be from 0 to {MAX_SEED} (Keras takes seeds below 2**32), got {high}")
        spans.append((low, high))
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_14(text: str) -> tuple[int, ...]:
    """Parse a seed list of ranges and numbers; a ValueError says what was expected and got."""
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"seeds must be a list like '0-2' or '0,3,7', got {text!r}")
    spans: list[tuple[int, int]] = []
    for part in text.split(","):
        match = _PART.match(part.strip())
        if not match:
            raise ValueError(f"seeds must be numbers or ranges like '0-2' or '0,3,7', got {part.strip()!r} in {text!r}")
        if any(len(g) > 13 for g in match.groups() if g):
            raise ValueError(f"seeds must be from 0 to {MAX_SEED}, got {part.strip()!r}")
        low = int(match.group(1))
        high = int(match.group(2)) if match.group(2) is not None else low
        if high < low:
            raise ValueError(f"seed range must go up, got {part.strip()!r} in {text!r}")
        if high > MAX_SEED:
            raise ValueError(f"seeds must be from 0 to {MAX_SEED} (Keras takes seeds below 2**32), got {high}")
        spans.append((low, high))
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_15(text: str) -> tuple[int, ...]:
    """Parse a seed list of ranges and numbers; a ValueError says what was expected and got."""
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"seeds must be a list like '0-2' or '0,3,7', got {text!r}")
    spans: list[tuple[int, int]] = []
    for part in text.split(","):
        match = _PART.match(part.strip())
        if not match:
            raise ValueError(f"seeds must be numbers or ranges like '0-2' or '0,3,7', got {part.strip()!r} in {text!r}")
        if any(len(g) > 12 for g in match.groups() if g):
            raise ValueError(None)
        low = int(match.group(1))
        high = int(match.group(2)) if match.group(2) is not None else low
        if high < low:
            raise ValueError(f"seed range must go up, got {part.strip()!r} in {text!r}")
        if high > MAX_SEED:
            raise ValueError(f"seeds must be from 0 to {MAX_SEED} (Keras takes seeds below 2**32), got {high}")
        spans.append((low, high))
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_16(text: str) -> tuple[int, ...]:
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
        low = None
        high = int(match.group(2)) if match.group(2) is not None else low
        if high < low:
            raise ValueError(f"seed range must go up, got {part.strip()!r} in {text!r}")
        if high > MAX_SEED:
            raise ValueError(f"seeds must be from 0 to {MAX_SEED} (Keras takes seeds below 2**32), got {high}")
        spans.append((low, high))
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_17(text: str) -> tuple[int, ...]:
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
        low = int(None)
        high = int(match.group(2)) if match.group(2) is not None else low
        if high < low:
            raise ValueError(f"seed range must go up, got {part.strip()!r} in {text!r}")
        if high > MAX_SEED:
            raise ValueError(f"seeds must be from 0 to {MAX_SEED} (Keras takes seeds below 2**32), got {high}")
        spans.append((low, high))
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_18(text: str) -> tuple[int, ...]:
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
        low = int(match.group(None))
        high = int(match.group(2)) if match.group(2) is not None else low
        if high < low:
            raise ValueError(f"seed range must go up, got {part.strip()!r} in {text!r}")
        if high > MAX_SEED:
            raise ValueError(f"seeds must be from 0 to {MAX_SEED} (Keras takes seeds below 2**32), got {high}")
        spans.append((low, high))
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_19(text: str) -> tuple[int, ...]:
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
        low = int(match.group(2))
        high = int(match.group(2)) if match.group(2) is not None else low
        if high < low:
            raise ValueError(f"seed range must go up, got {part.strip()!r} in {text!r}")
        if high > MAX_SEED:
            raise ValueError(f"seeds must be from 0 to {MAX_SEED} (Keras takes seeds below 2**32), got {high}")
        spans.append((low, high))
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_20(text: str) -> tuple[int, ...]:
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
        high = None
        if high < low:
            raise ValueError(f"seed range must go up, got {part.strip()!r} in {text!r}")
        if high > MAX_SEED:
            raise ValueError(f"seeds must be from 0 to {MAX_SEED} (Keras takes seeds below 2**32), got {high}")
        spans.append((low, high))
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_21(text: str) -> tuple[int, ...]:
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
        high = int(match.group(2)) if (match.group(2) is not None) and False else low
        if high < low:
            raise ValueError(f"seed range must go up, got {part.strip()!r} in {text!r}")
        if high > MAX_SEED:
            raise ValueError(f"seeds must be from 0 to {MAX_SEED} (Keras takes seeds below 2**32), got {high}")
        spans.append((low, high))
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_22(text: str) -> tuple[int, ...]:
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
        high = int(match.group(2)) if (match.group(2) is not None) or True else low
        if high < low:
            raise ValueError(f"seed range must go up, got {part.strip()!r} in {text!r}")
        if high > MAX_SEED:
            raise ValueError(f"seeds must be from 0 to {MAX_SEED} (Keras takes seeds below 2**32), got {high}")
        spans.append((low, high))
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_23(text: str) -> tuple[int, ...]:
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
        high = int(None) if match.group(2) is not None else low
        if high < low:
            raise ValueError(f"seed range must go up, got {part.strip()!r} in {text!r}")
        if high > MAX_SEED:
            raise ValueError(f"seeds must be from 0 to {MAX_SEED} (Keras takes seeds below 2**32), got {high}")
        spans.append((low, high))
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_24(text: str) -> tuple[int, ...]:
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
        high = int(match.group(None)) if match.group(2) is not None else low
        if high < low:
            raise ValueError(f"seed range must go up, got {part.strip()!r} in {text!r}")
        if high > MAX_SEED:
            raise ValueError(f"seeds must be from 0 to {MAX_SEED} (Keras takes seeds below 2**32), got {high}")
        spans.append((low, high))
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_25(text: str) -> tuple[int, ...]:
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
        high = int(match.group(3)) if match.group(2) is not None else low
        if high < low:
            raise ValueError(f"seed range must go up, got {part.strip()!r} in {text!r}")
        if high > MAX_SEED:
            raise ValueError(f"seeds must be from 0 to {MAX_SEED} (Keras takes seeds below 2**32), got {high}")
        spans.append((low, high))
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_26(text: str) -> tuple[int, ...]:
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
        high = int(match.group(2)) if match.group(None) is not None else low
        if high < low:
            raise ValueError(f"seed range must go up, got {part.strip()!r} in {text!r}")
        if high > MAX_SEED:
            raise ValueError(f"seeds must be from 0 to {MAX_SEED} (Keras takes seeds below 2**32), got {high}")
        spans.append((low, high))
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_27(text: str) -> tuple[int, ...]:
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
        high = int(match.group(2)) if match.group(3) is not None else low
        if high < low:
            raise ValueError(f"seed range must go up, got {part.strip()!r} in {text!r}")
        if high > MAX_SEED:
            raise ValueError(f"seeds must be from 0 to {MAX_SEED} (Keras takes seeds below 2**32), got {high}")
        spans.append((low, high))
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_28(text: str) -> tuple[int, ...]:
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
        high = int(match.group(2)) if match.group(2) is None else low
        if high < low:
            raise ValueError(f"seed range must go up, got {part.strip()!r} in {text!r}")
        if high > MAX_SEED:
            raise ValueError(f"seeds must be from 0 to {MAX_SEED} (Keras takes seeds below 2**32), got {high}")
        spans.append((low, high))
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_29(text: str) -> tuple[int, ...]:
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
        if high <= low:
            raise ValueError(f"seed range must go up, got {part.strip()!r} in {text!r}")
        if high > MAX_SEED:
            raise ValueError(f"seeds must be from 0 to {MAX_SEED} (Keras takes seeds below 2**32), got {high}")
        spans.append((low, high))
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_30(text: str) -> tuple[int, ...]:
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
            raise ValueError(None)
        if high > MAX_SEED:
            raise ValueError(f"seeds must be from 0 to {MAX_SEED} (Keras takes seeds below 2**32), got {high}")
        spans.append((low, high))
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_31(text: str) -> tuple[int, ...]:
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
        if high >= MAX_SEED:
            raise ValueError(f"seeds must be from 0 to {MAX_SEED} (Keras takes seeds below 2**32), got {high}")
        spans.append((low, high))
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_32(text: str) -> tuple[int, ...]:
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
            raise ValueError(None)
        spans.append((low, high))
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_33(text: str) -> tuple[int, ...]:
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
        spans.append(None)
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_34(text: str) -> tuple[int, ...]:
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
        if sum(None) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_35(text: str) -> tuple[int, ...]:
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
        if sum(h - lo - 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_36(text: str) -> tuple[int, ...]:
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
        if sum(h + lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_37(text: str) -> tuple[int, ...]:
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
        if sum(h - lo + 2 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_38(text: str) -> tuple[int, ...]:
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
        if sum(h - lo + 1 for lo, h in spans) >= MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_39(text: str) -> tuple[int, ...]:
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
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(None)
    return tuple(sorted({s for low, high in spans for s in range(low, high + 1)}))


def x_parse_seeds__mutmut_40(text: str) -> tuple[int, ...]:
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
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(None)


def x_parse_seeds__mutmut_41(text: str) -> tuple[int, ...]:
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
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted(None))


def x_parse_seeds__mutmut_42(text: str) -> tuple[int, ...]:
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
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(None, high + 1)}))


def x_parse_seeds__mutmut_43(text: str) -> tuple[int, ...]:
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
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, None)}))


def x_parse_seeds__mutmut_44(text: str) -> tuple[int, ...]:
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
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(high + 1)}))


def x_parse_seeds__mutmut_45(text: str) -> tuple[int, ...]:
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
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(
        sorted(
            {
                s
                for low, high in spans
                for s in range(
                    low,
                )
            }
        )
    )


def x_parse_seeds__mutmut_46(text: str) -> tuple[int, ...]:
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
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high - 1)}))


def x_parse_seeds__mutmut_47(text: str) -> tuple[int, ...]:
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
        if sum(h - lo + 1 for lo, h in spans) > MAX_SEEDS:
            raise ValueError(f"a seed list holds at most {MAX_SEEDS} seeds, got more in {text!r}")
    return tuple(sorted({s for low, high in spans for s in range(low, high + 2)}))


mutants_x_parse_seeds__mutmut["_mutmut_orig"] = x_parse_seeds__mutmut_orig  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_1"] = x_parse_seeds__mutmut_1  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_2"] = x_parse_seeds__mutmut_2  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_3"] = x_parse_seeds__mutmut_3  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_4"] = x_parse_seeds__mutmut_4  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_5"] = x_parse_seeds__mutmut_5  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_6"] = x_parse_seeds__mutmut_6  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_7"] = x_parse_seeds__mutmut_7  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_8"] = x_parse_seeds__mutmut_8  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_9"] = x_parse_seeds__mutmut_9  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_10"] = x_parse_seeds__mutmut_10  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_11"] = x_parse_seeds__mutmut_11  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_12"] = x_parse_seeds__mutmut_12  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_13"] = x_parse_seeds__mutmut_13  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_14"] = x_parse_seeds__mutmut_14  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_15"] = x_parse_seeds__mutmut_15  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_16"] = x_parse_seeds__mutmut_16  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_17"] = x_parse_seeds__mutmut_17  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_18"] = x_parse_seeds__mutmut_18  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_19"] = x_parse_seeds__mutmut_19  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_20"] = x_parse_seeds__mutmut_20  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_21"] = x_parse_seeds__mutmut_21  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_22"] = x_parse_seeds__mutmut_22  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_23"] = x_parse_seeds__mutmut_23  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_24"] = x_parse_seeds__mutmut_24  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_25"] = x_parse_seeds__mutmut_25  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_26"] = x_parse_seeds__mutmut_26  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_27"] = x_parse_seeds__mutmut_27  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_28"] = x_parse_seeds__mutmut_28  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_29"] = x_parse_seeds__mutmut_29  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_30"] = x_parse_seeds__mutmut_30  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_31"] = x_parse_seeds__mutmut_31  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_32"] = x_parse_seeds__mutmut_32  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_33"] = x_parse_seeds__mutmut_33  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_34"] = x_parse_seeds__mutmut_34  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_35"] = x_parse_seeds__mutmut_35  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_36"] = x_parse_seeds__mutmut_36  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_37"] = x_parse_seeds__mutmut_37  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_38"] = x_parse_seeds__mutmut_38  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_39"] = x_parse_seeds__mutmut_39  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_40"] = x_parse_seeds__mutmut_40  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_41"] = x_parse_seeds__mutmut_41  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_42"] = x_parse_seeds__mutmut_42  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_43"] = x_parse_seeds__mutmut_43  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_44"] = x_parse_seeds__mutmut_44  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_45"] = x_parse_seeds__mutmut_45  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_46"] = x_parse_seeds__mutmut_46  # type: ignore # mutmut generated
mutants_x_parse_seeds__mutmut["x_parse_seeds__mutmut_47"] = x_parse_seeds__mutmut_47  # type: ignore # mutmut generated
