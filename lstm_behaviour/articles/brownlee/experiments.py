"""Brownlee's experiments B1-B5 as rows the engine runs (``engine.rows.run_row``).

Every experiment learns the alphabet's pairs (a letter, or three, and the next letter), inputs
divided by 26, targets one-hot over 26 classes, ``Dense(26, softmax)``, categorical
cross-entropy, Adam, and reports ``model.evaluate`` on the training pairs: the in-order accuracy
here (a stateless model scores the same in any order; B5 evaluates from a reset, in order, at
batch 1). B6 (variable-length input, 1000 random sub-sequences for 500 epochs at batch 1) is
not a row: the engine's windows are fixed-length.

The tutorial's runs used ``numpy.random.seed(7)`` once each; ``measure`` trains every row over
many seeds (``measure``). Importing this module does not import a backend.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...engine.data import Windows, windows

__all__ = ["BASES", "CHECKS", "COMPARED", "ROWS", "BrownleeRow", "Reported", "row"]


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


#: a check row -> the row it changes one thing of, read beside it on the same seeds
BASES = {"B4/lstm+permuted": "B4/lstm", "B5/lstm_ful+cold-start": "B5/lstm_ful"}
#: the check rows whose record also gives how far their trained weights lie from their base
#: row's, trained with the same seed (``measure.weight_difference``)
COMPARED = ("B4/lstm+permuted",)


def row(key: str) -> BrownleeRow:
    """The row with this key (e.g. ``"B5/lstm_ful"``), or a ValueError naming the known ones."""
    known = {**ROWS, **CHECKS}
    if key not in known:
        raise ValueError(f"row must be one of {', '.join(known)}; got {key!r}")
    return known[key]
