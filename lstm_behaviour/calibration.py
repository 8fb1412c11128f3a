"""Calibration runs: every row over many seeds, saved as raw data for the thresholds.

``run(experiments, seeds)`` trains each (row, seed) and returns the records; ``save(path, records)`` writes them with the versions they were measured on. The
files live in ``data/calibration/`` and ``docs/calibration.md`` is generated from them.
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Iterable
from pathlib import Path

from . import compat
from .experiments import EXPERIMENTS, run_row
from .files import write_json

__all__ = ["DROP_FLOOR", "FAIL_CAP", "LEARN_FLOOR", "SAME_CAP", "load", "policy_value", "run", "save"]


def run(numbers: Iterable[int], seeds: Iterable[int], *, protocol: str = "fast", progress=sys.stderr) -> list[dict]:
    """Train and evaluate every row of the numbered experiments (5: the transplant) per seed.

    Returns the raw records; reports each one on ``progress`` as it is done.
    """
    from .transplant import run_transplant

    numbers, seeds = sorted(set(numbers)), list(seeds)
    jobs = [(n, r) for n in numbers for r in (EXPERIMENTS[n].rows if n in EXPERIMENTS else (None,))]
    records, total = [], len(jobs) * len(seeds)
    for seed in seeds:
        for number, r in jobs:
            result = run_transplant(seed, protocol=protocol) if r is None else run_row(r, seed, protocol=protocol)
            records.append(result.record())
            if progress:
                acc = " ".join(f"{k}={v:.2f}" for k, v in result.accuracy.items())
                label = r.key if r is not None else "E5/transplant"
                print(f"[{len(records)}/{total}] {label} seed={seed} {acc} fit={result.fit_s:.1f}s",
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


#: Limits that keep a bound saying what the article says, whatever the seeds do. Where the
#: calibrated spread would push a bound past one of them, the bound stops there and the seeds
#: that fail it are findings (``known_failures``), not reasons to weaken the claim.
LEARN_FLOOR = 0.5  # "learns", "scores well": right on at least half the windows
FAIL_CAP = 0.25  # "fails": right on at most a quarter (chance is 1/26)
SAME_CAP = 0.2  # "the same", "like": at most a fifth apart
DROP_FLOOR = 0.25  # "far below", "degrades": at least a quarter lower


def policy_value(kind: str, article: float, measured: list[float], windows: int, *, exact: bool = False,
                 beats: bool = False) -> float:
    """The bound docs/calibration.md's rule gives, on the grid of one window (1/windows).

    ``article`` and ``measured`` are the bound's quantity (accuracy, gap or drop) in the
    article and on each calibration seed. ``exact``: the sides agree by construction (0);
    ``beats``: a drop of one window is the whole claim.
    """
    def down(v):
        return math.floor(v * windows + 1e-6)

    def up(v):
        return math.ceil(v * windows - 1e-6)

    if kind == "at_least":
        return max((down(min(article, *measured)) - 1) / windows, math.ceil(LEARN_FLOOR * windows) / windows)
    if kind == "below" and beats:  # "beats": higher by one window, whatever the seeds show
        return 1 / windows
    if kind == "below":
        return max((down(min(article, *measured)) - 1) / windows, math.ceil(DROP_FLOOR * windows) / windows)
    if kind == "at_most":
        return min((up(max(article, *measured)) + 1) / windows, math.floor(FAIL_CAP * windows) / windows)
    if kind == "within":
        if exact:
            return 0.0
        return min((up(max(article, *measured)) + 1) / windows, math.floor(SAME_CAP * windows) / windows)
    raise ValueError(f"bound kind must be one of at_least, at_most, within, below; got {kind!r}")
