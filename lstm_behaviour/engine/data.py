"""The article's data: the alphabet as sliding windows, scaled, reshaped and one-hot encoded.

``windows(seq_length, shape)`` gives what the article builds with
``TimeseriesGenerator(ints, ints, length=seq_length)``: window ``i`` holds letters
``i .. i+seq_length-1`` and its target is letter ``i+seq_length``; x is divided by 26 and
reshaped to ``(n,) + shape``, y is one-hot over 26 classes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
N_CLASSES = len(ALPHABET)
EVALUATIONS = ("in_order", "reverse", "loop")  # the article's three tests (lstm_behaviour.engine.evaluation)
#: Experiment 5's yes/no measure beside its accuracies: two warm-ups gave bit-identical (h, c).
WARMUP_REPRODUCIBLE = "warmup_reproducible"

__all__ = ["ALPHABET", "EVALUATIONS", "N_CLASSES", "WARMUP_REPRODUCIBLE", "Windows", "decode", "encode", "windows"]


@dataclass(frozen=True, eq=False)
class Windows:
    """Alphabet windows: inputs ``x`` (n, *shape), one-hot targets ``y`` (n, 26)."""

    seq_length: int
    shape: tuple[int, ...]
    x: np.ndarray
    y: np.ndarray

    def __len__(self) -> int:
        return len(self.x)

    @property
    def targets(self) -> np.ndarray:
        """The target letters as integers 0..25."""
        return np.argmax(self.y, axis=1)

    def text(self, i: int) -> str:
        """Window ``i`` as letters, e.g. ``"ABC"``."""
        return decode(self.x[i])


def windows(seq_length: int, shape: tuple[int, ...]) -> Windows:
    """Build the article's windows of ``seq_length`` letters, reshaped to ``shape``."""
    if isinstance(seq_length, bool) or not isinstance(seq_length, (int, np.integer)):
        raise ValueError(f"seq_length must be an integer from 1 to 25, got {seq_length!r}")
    if not 1 <= seq_length <= N_CLASSES - 1:
        raise ValueError(f"seq_length must be from 1 to {N_CLASSES - 1}, got {seq_length}")
    shape = tuple(int(d) for d in shape)
    if int(np.prod(shape)) != seq_length or any(d < 1 for d in shape):
        raise ValueError(f"shape must hold seq_length={seq_length} values, got {shape}")
    ints = np.arange(N_CLASSES)
    n = N_CLASSES - seq_length
    x = np.stack([ints[i : i + seq_length] for i in range(n)]).astype("float32")
    x = (x / float(N_CLASSES)).reshape((n,) + shape)
    y = np.eye(N_CLASSES, dtype="float32")[ints[seq_length:]]
    return Windows(seq_length=seq_length, shape=shape, x=x, y=y)


def encode(letters: str) -> np.ndarray:
    """Letters to scaled values, flat: ``"ABC"`` -> ``[0, 1/26, 2/26]``."""
    bad = [c for c in letters if c not in ALPHABET]
    if bad:
        raise ValueError(f"letters must be capitals A-Z, got {''.join(bad)!r} in {letters!r}")
    return np.array([ALPHABET.index(c) for c in letters], dtype="float32") / float(N_CLASSES)


def decode(window: np.ndarray) -> str:
    """A scaled window back to letters; rounds, where the article's ``int()`` truncated.

    The article decodes with ``int(c * 26)``; 15/26*26 is 14.999... in float64, so its
    transcripts print "NOO" for "NOP". Rounding gives the letter that was encoded.
    """
    codes = np.rint(np.asarray(window, dtype="float64").reshape(-1) * N_CLASSES).astype(int)
    return "".join(ALPHABET[c] for c in codes)
