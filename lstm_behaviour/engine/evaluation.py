"""The article's three evaluations: in order, reverse, loop (autoregressive).

Each takes a trained model and the windows and returns an ``Evaluation``: the accuracy and a
transcript of ``"ABC -> D"`` lines. As in the article, a stateful model is reset before each
evaluation. In order is the article's ``evaluate(x, y, batch_size)``: consecutive windows,
``batch_size`` at a time. Reverse and loop predict one window at a time, the window repeated
``batch_size`` times (row 0 is read), and ``test_every_reset`` resets a stateful model before
every single one of those predictions.

The article runs in-order with ``evaluate`` and the others with ``predict``; here every
prediction goes through ``compat.predict`` (``predict_on_batch``), which advances a stateful
model's state in the same way and gives the same outputs (claim ``S.inference-advances-state``)
at a hundredth of the cost.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import compat
from .data import ALPHABET, EVALUATIONS, N_CLASSES, Windows, decode

__all__ = ["EVALUATIONS", "Evaluation", "evaluate", "evaluate_all", "predict_letter"]


@dataclass(frozen=True)
class Evaluation:
    """Result of one evaluation: accuracy in [0, 1], hits, and the transcript."""

    name: str
    correct: int
    total: int
    transcript: tuple[str, ...]

    @property
    def accuracy(self) -> float:
        return self.correct / self.total


def predict_letter(model, window: np.ndarray, batch_size: int = 1, every_reset: bool = False) -> int:
    """The letter a model predicts for one window, padded to ``batch_size`` (row 0 is read)."""
    if every_reset:
        compat.reset_states(model)
    batch = np.repeat(window[np.newaxis], batch_size, axis=0)
    return int(np.argmax(compat.predict(model, batch)[0]))


def evaluate(name: str, model, data: Windows, *, batch_size: int = 1, test_every_reset: bool = False) -> Evaluation:
    """Run evaluation ``name`` (one of ``EVALUATIONS``) as the article does."""
    if name not in EVALUATIONS:
        raise ValueError(f"evaluation must be one of {', '.join(EVALUATIONS)}; got {name!r}")
    compat.reset_states(model)
    targets = data.targets
    lines, correct = [], 0
    if name == "loop":
        window = data.x[0]
        for i in range(len(data)):
            guess = predict_letter(model, window, batch_size, test_every_reset)
            lines.append(f"{decode(window)} -> {ALPHABET[guess]}")
            correct += guess == targets[i]
            flat = np.append(window.reshape(-1)[1:], guess / float(N_CLASSES))
            window = flat.reshape(data.shape).astype("float32")
    elif name == "in_order":
        for start in range(0, len(data), batch_size):
            rows = slice(start, start + batch_size)
            guesses = np.argmax(compat.predict(model, data.x[rows]), axis=1)
            for i, guess in zip(range(start, start + len(guesses)), guesses):
                lines.append(f"{data.text(i)} -> {ALPHABET[guess]}")
                correct += guess == targets[i]
    else:
        for i in reversed(range(len(data))):
            guess = predict_letter(model, data.x[i], batch_size, test_every_reset)
            lines.append(f"{data.text(i)} -> {ALPHABET[guess]}")
            correct += guess == targets[i]
    return Evaluation(name=name, correct=int(correct), total=len(data), transcript=tuple(lines))


def evaluate_all(model, data: Windows, *, batch_size: int = 1, test_every_reset: bool = False):
    """The three evaluations, as a dict from name to ``Evaluation``."""
    return {
        name: evaluate(name, model, data, batch_size=batch_size, test_every_reset=test_every_reset)
        for name in EVALUATIONS
    }
