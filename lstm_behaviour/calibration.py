"""Calibration runs: every row over many seeds, saved as raw data for the thresholds.

``calibrate(rows, seeds)`` trains each (row, seed) with the fast protocol and returns the
records; ``save(path, records)`` writes them with the versions they were measured on. The
files live in ``data/calibration/`` and ``docs/calibration.md`` is generated from them.
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Iterable
from pathlib import Path

from . import compat
from .experiments import Row, run_row
from .files import write_json

__all__ = ["calibrate", "load", "save"]


def calibrate(rows: Iterable[Row], seeds: Iterable[int], *, progress=sys.stderr) -> list[dict]:
    """Train and evaluate every (row, seed); report progress on ``progress``."""
    rows, seeds = list(rows), list(seeds)
    records = []
    total = len(rows) * len(seeds)
    for seed in seeds:
        for r in rows:
            result = run_row(r, seed)
            records.append(result.record())
            if progress:
                acc = " ".join(f"{k}={v:.2f}" for k, v in result.accuracy.items())
                print(f"[{len(records)}/{total}] {r.key} seed={seed} {acc} fit={result.fit_s:.1f}s",
                      file=progress, flush=True)
    return records


def save(path, records: list[dict]) -> None:
    """Write the records and the versions they were measured on, whole or not at all."""
    versions = compat.versions()
    write_json(path, {"versions": versions.__dict__, "records": records})


def load(paths: Iterable[str | Path]) -> tuple[dict, list[dict]]:
    """Read calibration files measured on one set of versions; return (versions, records)."""
    versions, records = None, []
    for path in sorted(map(Path, paths)):
        content = json.loads(path.read_text(encoding="utf-8"))
        if versions is not None and content["versions"] != versions:
            raise ValueError(f"calibration files must share one set of versions; {path} has {content['versions']}")
        versions = content["versions"]
        records.extend(content["records"])
    return versions, records


#: A "fails" bound never goes above this: past it a model is no longer failing in the article's sense.
FAIL_CAP = 0.25


def policy_value(kind: str, article: float, measured: list[float], windows: int, *, exact: bool = False) -> float:
    """The bound docs/calibration.md's rule gives, on the grid of one window (1/windows).

    ``article`` and ``measured`` are the bound's quantity (accuracy, gap or drop) in the
    article and on each calibration seed.
    """
    def down(v):
        return math.floor(v * windows + 1e-6)

    def up(v):
        return math.ceil(v * windows - 1e-6)

    if kind == "at_least":
        return (down(min(article, *measured)) - 1) / windows
    if kind == "below":
        return max(down(min(article, *measured)) - 1, 0) / windows
    if kind == "at_most":
        return min((up(max(article, *measured)) + 1) / windows, FAIL_CAP)
    if kind == "within":
        return 0.0 if exact else (up(max(article, *measured)) + 1) / windows
    raise ValueError(f"bound kind must be one of at_least, at_most, within, below; got {kind!r}")
