"""What a measurement file of Brownlee's rows must be (``problem``): ``measure.measure`` checks
a file before it adds to it, ``summary.load`` before it renders one.

A file is an object with ``versions`` (the setup, as ``engine.compat.versions_record`` gives it)
and ``records``: one per (row, seed), each a row of ``experiments``, a seed, and the three
accuracies, each a whole number of the row's pairs (k/n); a compared row's record adds its
weights' distance from its base row's (``experiments.COMPARED``), and a check row needs its base
row (``experiments.BASES``) measured on the same seeds. The first problem found is named, with
what was expected and what was got.
"""

from __future__ import annotations

from ...engine.backends import BACKENDS, backend_of
from ...engine.data import EVALUATIONS
from ...files import control_character
from .experiments import BASES, CHECKS, COMPARED, ROWS

__all__ = ["problem"]

#: versions and the types they hold: text, whole numbers, yes/no; None where a setup has none
TEXT = ("tensorflow", "keras", "backend", "backend_version", "python", "platform", "variant")
REQUIRED = ("keras", "backend")
MAX_SEED = 2**32 - 1


def _number(value) -> bool:
    return not isinstance(value, bool) and isinstance(value, (int, float)) and value == value and abs(value) < 1e300


def _versions_problem(versions) -> str | None:
    if not isinstance(versions, dict):
        return f"versions must be an object, got {type(versions).__name__}"
    for key in REQUIRED:
        if not isinstance(versions.get(key), str) or not versions[key]:
            return f"versions must name the {key} as text, got {versions.get(key)!r}"
    for key in TEXT:
        value = versions.get(key)
        if value is not None and not isinstance(value, str):
            return f"versions' {key} must be text or null, got {value!r:.80}"
        bad = control_character(value) if isinstance(value, str) else None
        if bad:
            return f"versions' {key} must be plain text, got {bad} in {value!r:.80}"
    backend = backend_of(versions)
    if backend is None:
        return f"versions' backend must be one of {', '.join(BACKENDS)}, got {versions['backend']!r:.80}"
    if backend.tensorflow and not isinstance(versions.get("tensorflow"), str):
        got = versions.get("tensorflow")
        return f"versions must name the tensorflow of a {backend.name} setup as text, got {got!r:.80}"
    major = versions.get("keras_major")
    if major is not None and (isinstance(major, bool) or major not in (2, 3)):
        return f"versions' keras_major must be 2 or 3, got {major!r:.80}"
    onednn = versions.get("onednn")
    if onednn is not None and not isinstance(onednn, bool):
        return f"versions' onednn must be true, false or null, got {onednn!r:.80}"
    return None


def _record_problem(i: int, rec, known: dict) -> str | None:
    row = rec.get("row") if isinstance(rec, dict) else None
    if not isinstance(row, str) or row not in known:
        return f"record {i} must name a row of {', '.join(known)}, got {rec!r:.80}"
    seed = rec.get("seed")
    if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed <= MAX_SEED:
        return f"record {i} ({row}) must have a seed from 0 to {MAX_SEED}, got {seed!r:.80}"
    pairs = len(known[row].data())
    for name in EVALUATIONS:
        value = rec.get(name)
        if not _number(value) or not 0.0 <= value <= 1.0 or abs(value * pairs - round(value * pairs)) > 1e-6:
            return (
                f"record {i} ({row} seed {seed}) must have {name} in [0, 1], a whole number of its {pairs} pairs, "
                f"got {value!r:.80}"
            )
    if row in COMPARED:
        weight, difference = rec.get("max_weight"), rec.get("max_weight_difference")
        if not _number(weight) or weight <= 0:
            return f"record {i} ({row} seed {seed}) must have max_weight, a number > 0, got {weight!r:.80}"
        if not _number(difference) or difference < 0:
            return (
                f"record {i} ({row} seed {seed}) must have max_weight_difference, a number >= 0, got {difference!r:.80}"
            )
    return None


def problem(content) -> str | None:
    """What is wrong with a measurement file's content, or None."""
    if not isinstance(content, dict) or set(content) != {"versions", "records"}:
        got = sorted(content) if isinstance(content, dict) else type(content).__name__
        return f"must be an object with exactly 'versions' and 'records', got {got!r:.80}"
    found = _versions_problem(content["versions"])
    if found:
        return found
    records = content["records"]
    if not isinstance(records, list):
        return f"records must be a list, got {type(records).__name__}"
    known, seeds = {**ROWS, **CHECKS}, {}
    for i, rec in enumerate(records):
        found = _record_problem(i, rec, known)
        if found:
            return found
        if rec["seed"] in seeds.setdefault(rec["row"], set()):
            return f"record {i} repeats {rec['row']} seed {rec['seed']}"
        seeds[rec["row"]].add(rec["seed"])
    for check, base in BASES.items():
        missing = sorted(seeds.get(check, set()) - seeds.get(base, set()))
        if missing:
            return f"{check} is read beside {base}, which has no record for seed {missing[0]}"
    return None
