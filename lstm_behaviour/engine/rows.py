"""Running one row: a seeded model, trained by a protocol, evaluated three ways.

``run_row(row, seed)`` takes any row description with the fields of ``spec.experiments.Row``
(key, model, units, shape, batch_size, epochs, shuffle, test_every_reset, and ``data()``); the engine
knows no experiment of its own.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from .data import EVALUATIONS

__all__ = ["RowResult", "run_row", "seeded_model"]


@dataclass(frozen=True)
class RowResult:
    """One row trained with one seed: the three evaluations and the times."""

    key: str
    seed: int
    protocol: str
    accuracy: dict[str, float]
    transcripts: dict[str, tuple[str, ...]]
    fit_s: float
    predict_s: float
    weights: tuple = ()  # the trained weights (experiment 5 starts from E3/lstm_ful's)

    def record(self) -> dict:
        """The raw-data record committed for calibration (no transcripts)."""
        return {
            "row": self.key,
            "seed": self.seed,
            "protocol": self.protocol,
            **{name: self.accuracy[name] for name in EVALUATIONS},
            "fit_s": round(self.fit_s, 3),
            "predict_s": round(self.predict_s, 3),
        }


_REUSED: dict[str, tuple] = {}


def seeded_model(r, seed: int, *, reuse: bool = True):
    """The row's model with the weights ``seed`` draws and a fresh optimizer.

    With ``reuse``, one model object per row and process is re-seeded (weights copied from a
    fresh seeded build, optimizer variables set back to their initial values), so its compiled
    training loop is traced once, not once per seed; a test shows the result is bit-identical
    to a freshly built model's.
    """
    from . import compat
    from .models import build_model

    fresh = build_model(r.model, r.shape, batch_size=r.batch_size, seed=seed, units=r.units)
    if not reuse:
        return fresh
    if r.key not in _REUSED:
        _REUSED[r.key] = (fresh, [compat.to_numpy(v).copy() for v in compat.optimizer_variables(fresh)])
        return fresh
    model, optimizer_start = _REUSED[r.key]
    model.set_weights(fresh.get_weights())
    for var, value in zip(compat.optimizer_variables(model), optimizer_start):
        var.assign(value)
    compat.reset_states(model)
    return model


def run_row(r, seed: int, *, protocol: str = "fast", reuse: bool = True) -> RowResult:
    """Build the row's model with ``seed``, train it with ``protocol``, run the three evaluations."""
    from .evaluation import evaluate_all
    from .training import train

    data = r.data()
    model = seeded_model(r, seed, reuse=reuse)
    fit = train(protocol, model, data, epochs=r.epochs, batch_size=r.batch_size, shuffle=r.shuffle, seed=seed)
    start = time.perf_counter()
    results = evaluate_all(model, data, batch_size=r.batch_size, test_every_reset=r.test_every_reset)
    predict_s = time.perf_counter() - start
    return RowResult(
        key=r.key,
        seed=seed,
        protocol=protocol,
        accuracy={name: res.accuracy for name, res in results.items()},
        transcripts={name: res.transcript for name, res in results.items()},
        fit_s=fit.seconds,
        predict_s=predict_s,
        weights=tuple(model.get_weights()),
    )
