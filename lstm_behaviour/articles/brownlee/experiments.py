"""Brownlee's experiments B1-B6 as rows the engine runs (``engine.rows.run_row``).

Every experiment learns the alphabet's pairs (a letter, or three, and the next letter), inputs
divided by 26, targets one-hot over 26 classes, ``Dense(26, softmax)``, categorical
cross-entropy, Adam, and reports ``model.evaluate`` on the training pairs: the in-order accuracy
here (a stateless model scores the same in any order; B5 evaluates from a reset, in order, at
batch 1). B6 learns the tutorial's 1000 random sub-sequences of one to five letters, pre-padded
with zeros to five (``padded_windows``): the same 1000 windows on every seed, the ones its
listing draws after ``numpy.random.seed(7)``; its reverse and loop measures are kept in the
records but no claim reads them (its windows are no sequence).

The tutorial's runs used ``numpy.random.seed(7)`` once each; ``measure`` trains every row over
many seeds (``measure``). Importing this module does not import a backend.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from ...engine.data import N_CLASSES, Windows, windows

__all__ = [
    "BASES",
    "CHECKS",
    "COMPARED",
    "LONG",
    "NUMBERS",
    "ROWS",
    "BrownleeRow",
    "Reported",
    "keys_of",
    "padded_windows",
    "reads_long",
    "row",
]

#: B6's data as the tutorial draws it: how many sub-sequences, their longest, the numpy seed
B6_SAMPLES, B6_MAX_LEN, B6_DATA_SEED = 1000, 5, 7


def padded_windows(samples: int = B6_SAMPLES, max_len: int = B6_MAX_LEN, seed: int = B6_DATA_SEED) -> Windows:
    """The tutorial's variable-length data: ``samples`` runs of consecutive letters and the letter
    after each, drawn as its listing does after ``numpy.random.seed(seed)`` (start uniform in
    0..23, end uniform in start..min(start + max_len, 25) - 1), pre-padded with zeros to
    ``max_len`` as ``pad_sequences(..., dtype="float32")`` does, divided by 26, shape
    ``(samples, max_len, 1)``. A padding zero reads as "A", as in the tutorial. Drawn once; each
    call gets arrays of its own."""
    x, y = _padded(samples, max_len, seed)
    return Windows(seq_length=max_len, shape=(max_len, 1), x=x.copy(), y=y.copy())


@functools.cache
def _padded(samples: int, max_len: int, seed: int):
    import numpy as np

    rng = np.random.RandomState(seed)
    x = np.zeros((samples, max_len), dtype="float32")
    targets = np.zeros(samples, dtype=int)
    for i in range(samples):
        start = rng.randint(N_CLASSES - 2)
        end = rng.randint(start, min(start + max_len, N_CLASSES - 1))
        x[i, max_len - (end + 1 - start) :] = np.arange(start, end + 1)
        targets[i] = end + 1
    x = (x.reshape(samples, max_len, 1) / float(N_CLASSES)).astype("float32")
    return x, np.eye(N_CLASSES, dtype="float32")[targets]


@dataclass(frozen=True)
class Reported:
    """The accuracies the tutorial prints for a row, by evaluation (a KeyError for one it has none of)."""

    accuracies: dict

    def accuracy(self, evaluation: str) -> float:
        return self.accuracies[evaluation]


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
    padded: bool = False  # B6: the tutorial's random sub-sequences (``padded_windows``), not the alphabet's windows

    @property
    def stateful(self) -> bool:
        return self.model == "lstm_ful"

    @property
    def article(self) -> Reported | None:
        """The tutorial's numbers for the row: its accuracy in order and, for the stateful B5, the
        alphabet it generates from A (every pair right); None for a row it does not run."""
        if self.reported is None:
            return None
        return Reported({"in_order": self.reported, **({"loop": 1.0} if self.stateful else {})})

    def data(self) -> Windows:
        return padded_windows() if self.padded else windows(self.seq_length, self.shape)


ROWS: dict[str, BrownleeRow] = {
    r.key: r
    for r in (
        BrownleeRow("B1/lstm", "naive LSTM, one letter to one letter", "lstm", 32, 1, (1, 1), 1, 500, True, 0.84),
        BrownleeRow("B2/lstm", "three-letter feature window", "lstm", 32, 3, (1, 3), 1, 500, True, 0.8696),
        BrownleeRow("B3/lstm", "three-letter time-step window", "lstm", 32, 3, (3, 1), 1, 500, True, 1.0),
        BrownleeRow("B4/lstm", "state within a batch (all data)", "lstm", 16, 1, (1, 1), 25, 5000, False, 1.0),
        BrownleeRow("B5/lstm_ful", "stateful LSTM, one letter to one", "lstm_ful", 50, 1, (1, 1), 1, 300, False, 1.0),
        BrownleeRow(
            "B6/lstm", "variable-length input, padded", "lstm", 32, 5, (5, 1), 1, 500, True, 0.989, padded=True
        ),
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


#: the rows that train for minutes a seed, and what they train: their claims' tests are marked long
#: (run with ``pytest --long``), and their calibration covers fewer seeds (docs/brownlee.md)
LONG = {"B6/lstm": "B6 trains 1000 sub-sequences for 500 epochs at batch 1, 500,000 steps a seed"}


def reads_long(claim) -> bool:
    """Whether a claim reads a row of ``LONG`` (its test is then marked long)."""
    return any(key in LONG for key in claim.rows)


#: a check row -> the row it changes one thing of, read beside it on the same seeds
BASES = {"B4/lstm+permuted": "B4/lstm", "B5/lstm_ful+cold-start": "B5/lstm_ful"}
#: the check rows whose record also gives how far their trained weights lie from their base
#: row's, trained with the same seed (``measure.weight_difference``)
COMPARED = ("B4/lstm+permuted",)


#: the tutorial's experiments by number: B1 to B6 (``calibrate --article brownlee --experiment``)
NUMBERS = (1, 2, 3, 4, 5, 6)


def keys_of(numbers) -> tuple[str, ...]:
    """The rows and checks of the numbered experiments (6: ``B6/lstm``), in ``measure``'s order."""
    return tuple(key for key in (*ROWS, *CHECKS) if int(key[1 : key.index("/")]) in set(numbers))


def row(key: str) -> BrownleeRow:
    """The row with this key (e.g. ``"B5/lstm_ful"``), or a ValueError naming the known ones."""
    known = {**ROWS, **CHECKS}
    if key not in known:
        raise ValueError(f"row must be one of {', '.join(known)}; got {key!r}")
    return known[key]
