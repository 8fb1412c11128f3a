"""Brownlee's rows trained over seeds into a measurement file (``measure``), resumable.

Each row is trained and evaluated by ``engine.rows.run_row`` with the fast protocol (the
optimizer steps of ``fit`` in one compiled loop, ``engine.training``). The file is checked
(``records.problem``) before it is added to, and rewritten whole after each seed. Several
processes may add to one file (B6 at minutes a seed, one process a core, each its own seeds):
each reads the file again before a seed and before it writes, holding a lock on the file's
folder, so no process drops another's records or trains a (row, seed) already there.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .experiments import BASES, CHECKS, COMPARED, ROWS, row
from .records import problem

__all__ = ["measure", "weight_difference"]


def weight_difference(weights, others) -> dict[str, float]:
    """The largest absolute difference between two models' weights, and the largest absolute weight."""
    import numpy as np

    return {
        "max_weight_difference": max(float(np.max(np.abs(a - b))) for a, b in zip(weights, others, strict=True)),
        "max_weight": max(float(np.max(np.abs(a))) for a in weights),
    }


@contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``folder`` (flock on the folder itself: no lock file is left)."""
    import fcntl

    handle = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)  # closing releases the lock


def _known_raise(key: str, error: BaseException):
    """The known failure of this setup whose exception ``error`` is, for a claim reading row ``key``, or None."""
    from ...spec.known_failures import expected_failure
    from .trained import TRAINED_DEFINITIONS

    for claim in TRAINED_DEFINITIONS:
        failure = expected_failure(claim.id) if key in claim.rows else None
        if failure is not None and type(error).__name__ in failure.raises:
            return failure
    return None


def _existing(path: Path, current: dict) -> list[dict]:
    """The records of the measurement file ``path`` (none where it is absent), checked."""
    from ...files import read_json

    if not path.exists():
        return []
    content = read_json(path, "a measurement of Brownlee's rows")
    found = problem(content)
    if found:
        raise ValueError(f"{path} is not a measurement of Brownlee's rows to add to: {found}")
    if content["versions"] != current:
        raise ValueError(
            f"{path} was measured on {content['versions']!r}, not on {current!r}; write these seeds to another file"
        )
    return list(content["records"])


def measure(
    path: str | Path, seeds: Iterable[int], keys: Iterable[str] = (*ROWS, *CHECKS), *, progress=sys.stderr
) -> list[dict]:
    """Train and evaluate the rows ``keys`` for every seed, adding to the file ``path``.

    The file holds the versions it was measured on and one record per (row, seed), as the
    calibration files of data/calibration/ do (a row of ``COMPARED`` adds its weights' distance
    from its base row's); records already there are kept, and it is
    rewritten whole after each seed, so a stopped run resumes where it stopped; what other
    processes add to the file meanwhile is kept, and a (row, seed) they measured is not trained
    again. A file measured on other versions, or that is no such measurement
    (``records.problem``), is refused. Returns the file's records as last written or read.
    """
    from ...engine.compat import versions_record
    from ...engine.rows import run_row
    from ...files import write_json

    rows = [row(k) for k in keys]
    path, current = Path(path), versions_record()
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)  # as ``write_json`` makes it: the lock needs it first
    with _locked(folder):
        records = _existing(path, current)
    for seed in seeds:
        with _locked(folder):  # another process may have measured this seed meanwhile
            records = _existing(path, current)
        done = {(rec["row"], rec["seed"]) for rec in records}
        todo = [r for r in rows if (r.key, seed) not in done]
        weights, new = {}, []
        for r in todo:
            try:
                result = run_row(r, seed)
            except Exception as error:
                known = _known_raise(r.key, error)
                if known is None:
                    raise
                raise ValueError(
                    f"{r.key} seed {seed}: training raised {type(error).__name__}, the known failure of "
                    f"{known.claim} on this setup ({known.reason}; docs/findings.md); the seeds before it are "
                    f"in {path}; leave experiment {r.key[1 : r.key.index('/')]} out (--experiment)"
                ) from error
            weights[r.key] = result.weights
            record = result.record()
            if r.key in COMPARED:
                base = BASES[r.key]
                if base not in weights:
                    weights[base] = run_row(row(base), seed).weights
                record.update(weight_difference(result.weights, weights[base]))
            new.append(record)
            if progress is not None:
                acc = " ".join(f"{k}={v:.2f}" for k, v in result.accuracy.items())
                print(f"{r.key} seed={seed} {acc} fit={result.fit_s:.1f}s", file=progress, flush=True)
        if new:
            with _locked(folder):
                records = _existing(path, current)
                done = {(rec["row"], rec["seed"]) for rec in records}
                records += [rec for rec in new if (rec["row"], rec["seed"]) not in done]
                write_json(path, {"versions": current, "records": records})
    return records
