"""Brownlee's experiments B1-B5 as rows the engine runs (``engine.rows.run_row``).

Every experiment learns the alphabet's pairs (a letter, or three, and the next letter), inputs
divided by 26, targets one-hot over 26 classes, ``Dense(26, softmax)``, categorical
cross-entropy, Adam, and reports ``model.evaluate`` on the training pairs: the in-order accuracy
here (a stateless model scores the same in any order; B5 evaluates from a reset, in order, at
batch 1). B6 (variable-length input, 1000 random sub-sequences for 500 epochs at batch 1) is
not a row: the engine's windows are fixed-length.

The tutorial's runs used ``numpy.random.seed(7)`` once each; ``measure`` trains every row over
many seeds with the fast protocol (``engine.training``), the same optimizer steps as ``fit``.
Importing this module does not import a backend.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ...engine.data import Windows, windows

__all__ = ["CHECKS", "COMPARED", "ROWS", "BrownleeRow", "measure", "row", "weight_difference"]


@dataclass(frozen=True)
class BrownleeRow:
    """One of the tutorial's experiments as a row: its model, protocol and reported accuracy."""

    key: str
    title: str
    model: str  # "lstm" (stateless) or "lstm_ful" (stateful, reset before each epoch)
    units: int
    seq_length: int
    shape: tuple[int, ...]
    batch_size: int
    epochs: int
    shuffle: bool
    reported: float | None  # the tutorial's accuracy, in [0, 1]; None for a row it does not run
    test_every_reset: bool = False  # reset before every prediction (a cold start at each letter)

    @property
    def stateful(self) -> bool:
        return self.model == "lstm_ful"

    def data(self) -> Windows:
        return windows(self.seq_length, self.shape)


ROWS: dict[str, BrownleeRow] = {
    r.key: r
    for r in (
        BrownleeRow("B1/lstm", "naive LSTM, one letter to one letter", "lstm", 32, 1, (1, 1), 1, 500, True, 0.84),
        BrownleeRow("B2/lstm", "three-letter feature window", "lstm", 32, 3, (1, 3), 1, 500, True, 0.8696),
        BrownleeRow("B3/lstm", "three-letter time-step window", "lstm", 32, 3, (3, 1), 1, 500, True, 1.0),
        BrownleeRow("B4/lstm", "state within a batch (all data)", "lstm", 16, 1, (1, 1), 25, 5000, False, 1.0),
        BrownleeRow("B5/lstm_ful", "stateful LSTM, one letter to one", "lstm_ful", 50, 1, (1, 1), 1, 300, False, 1.0),
    )
}
#: Rows the tutorial does not run, that test what it says of its own: B4 with the samples of its
#: one batch permuted every epoch (its explanation: the LSTM uses "the context of the sequences
#: in the batch"), and B5's model predicting each letter from a reset (its "New start: K" gives
#: K -> B, "replaying the first n sequences").
CHECKS: dict[str, BrownleeRow] = {
    r.key: r
    for r in (
        BrownleeRow(
            "B4/lstm+permuted", "B4, the batch's samples permuted", "lstm", 16, 1, (1, 1), 25, 5000, True, None
        ),
        BrownleeRow(
            "B5/lstm_ful+cold-start",
            "B5, each letter from a reset",
            "lstm_ful",
            50,
            1,
            (1, 1),
            1,
            300,
            False,
            None,
            True,
        ),
    )
}


#: a check row -> the row it changes one thing of: its record also gives how far its trained
#: weights lie from that row's, trained with the same seed (``weight_difference``)
COMPARED = {"B4/lstm+permuted": "B4/lstm"}


def weight_difference(weights, others) -> dict[str, float]:
    """The largest absolute difference between two models' weights, and the largest absolute weight."""
    import numpy as np

    return {
        "max_weight_difference": max(float(np.max(np.abs(a - b))) for a, b in zip(weights, others, strict=True)),
        "max_weight": max(float(np.max(np.abs(a))) for a in weights),
    }


def row(key: str) -> BrownleeRow:
    """The row with this key (e.g. ``"B5/lstm_ful"``), or a ValueError naming the known ones."""
    known = {**ROWS, **CHECKS}
    if key not in known:
        raise ValueError(f"row must be one of {', '.join(known)}; got {key!r}")
    return known[key]


def measure(
    path: str | Path, seeds: Iterable[int], keys: Iterable[str] = (*ROWS, *CHECKS), *, progress=sys.stderr
) -> list[dict]:
    """Train and evaluate the rows ``keys`` for every seed, adding to the file ``path``.

    The file holds the versions it was measured on and one record per (row, seed), as the
    calibration files of data/calibration/ do (a row of ``COMPARED`` adds its weights' distance
    from its base row's); records already there are kept, and it is
    rewritten whole after each seed, so a stopped run resumes where it stopped. A file measured
    on other versions is refused.
    """
    from ...engine.compat import versions_record
    from ...engine.rows import run_row
    from ...files import read_json, write_json

    rows = [row(k) for k in keys]
    path, current = Path(path), versions_record()
    old: list[dict] = []
    if path.exists():
        content = read_json(path, "a measurement of Brownlee's rows")
        if not isinstance(content, dict) or content.get("versions") != current:
            got = content.get("versions") if isinstance(content, dict) else content
            raise ValueError(f"{path} was measured on {got!r}, not on {current!r}; write these seeds to another file")
        old = list(content["records"])
    done = {(rec["row"], rec["seed"]) for rec in old}
    new: list[dict] = []
    for seed in seeds:
        todo = [r for r in rows if (r.key, seed) not in done]
        weights = {}
        for r in todo:
            result = run_row(r, seed)
            weights[r.key] = result.weights
            record = result.record()
            if r.key in COMPARED:
                base = COMPARED[r.key]
                if base not in weights:
                    weights[base] = run_row(row(base), seed).weights
                record.update(weight_difference(result.weights, weights[base]))
            new.append(record)
            if progress is not None:
                acc = " ".join(f"{k}={v:.2f}" for k, v in result.accuracy.items())
                print(f"{r.key} seed={seed} {acc} fit={result.fit_s:.1f}s", file=progress, flush=True)
        if todo:
            write_json(path, {"versions": current, "records": old + new})
    return old + new
