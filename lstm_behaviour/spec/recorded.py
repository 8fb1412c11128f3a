"""Rows read from a calibration file instead of trained: ``pytest --recorded FILE``.

A long claim on a slow backend (Brownlee's B6 on torch: minutes a seed, at least 17 seeds) does
not fit in one sitting. ``calibrate`` trains the same rows with the same protocol and seeds, one
process a core, resumable, into a file of data/; a claims run given that file reads a seed's rows
from it where it holds them all and trains the rest. Each seed read is marked ``recorded`` in the
claims report. The file must be of the setup the run is on (``calibration.SETUP_KEYS``, the
versions that make one setup, as for the calibration itself); where it was measured with another
Python, platform or set of CPU features, the run says so in its terminal summary, and the file,
which the report names, holds its own.

tests/test_recorded.py checks that the committed reports and the committed calibration files of
one setup agree on every (row, seed) both hold: a row trained again in another process gives the
accuracies it recorded.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

__all__ = ["MACHINE_KEYS", "MAX_NAME", "Recorded", "read_recorded"]

#: what a calibration file records of its machine besides the setup: the run says where they differ
MACHINE_KEYS = ("python", "platform", "cpu_features")
#: the longest file name a report records (the schema's maxLength of a measured entry's ``recorded``)
MAX_NAME = 300


@dataclass(frozen=True)
class Recorded:
    """A calibration file's measures by seed, as ``Claim.on_seed`` reads them."""

    path: str  # as given: what the report names
    seeds: dict  # seed -> row key -> measure -> value (``calibration.per_seed``)
    #: where the file's machine differs from this run's: "python '3.9.0' (this run: '3.11.7')"
    machine: tuple[str, ...] = ()

    def measures(self, rows: Iterable[str], seed: int) -> dict | None:
        """The measures of ``rows`` on ``seed``, or None where the file lacks one of them."""
        held = self.seeds.get(seed, {})
        rows = tuple(rows)
        if not rows or any(key not in held for key in rows):
            return None
        return {key: dict(held[key]) for key in rows}


def read_recorded(path: str | Path) -> Recorded:
    """The calibration file ``path``, checked as the calibration reads its files, and of the setup
    in use; a ValueError names the file and what is wrong."""
    from ..engine.compat import versions_record
    from ..files import control_character, shown
    from .calibration import SETUP_KEYS, load_sets, normalized

    name = str(path)
    try:
        name.encode("utf-8")
        why = control_character(name) or (None if 0 < len(name) <= MAX_NAME else f"{len(name)} characters")
    except UnicodeEncodeError:
        why = "not UTF-8"
    if why:
        raise ValueError(
            f"the report names the file: a name of 1 to {MAX_NAME} characters, plain text; "
            f"got {shown(name)[:80]!r} ({why})"
        )
    (found,) = load_sets([path])
    current = normalized(versions_record())
    theirs, ours = ({k: v.get(k) for k in SETUP_KEYS} for v in (found.versions, current))
    if theirs != ours:
        differ = ", ".join(f"{k} {theirs[k]!r} (this run: {ours[k]!r})" for k in SETUP_KEYS if theirs[k] != ours[k])
        raise ValueError(f"{path} was measured on another setup: {differ}; give a calibration file of this run's setup")
    machine = tuple(
        f"{k} {found.versions.get(k)!r} (this run: {current.get(k)!r})"
        for k in MACHINE_KEYS
        if found.versions.get(k) != current.get(k)
    )
    return Recorded(name, found.per_seed(), machine)
