"""Experiment 5, run: read a stateful model's (h, c) after a warm-up, and train another from it.

The article runs a trained stateful model (experiment 3's setup) from a reset over the first
11 windows (ABC .. KLM), reads its state, and writes it into a fresh stateful model before each
of that model's 500 training epochs (Keras 2's ``lstm.reset_states(state)``; Keras 3 has no
such call, ``compat.write_state`` assigns). Then it tests the second model three ways. The
experiment's data (source row, warm-up, epochs, tests, the article's results) is
``articles.qiita.experiments.TRANSPLANT``, passed in: the engine knows no experiment of its own.

- ``Snapshot``, ``take_snapshot(model, windows)``, ``restore(model, snapshot)``: the state API.
- ``run_transplant(spec, seed)``: the whole experiment, as a ``TransplantResult``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace

import numpy as np

from . import compat
from .data import ALPHABET, WARMUP_REPRODUCIBLE, Windows
from .evaluation import predict_letter
from .models import build_model
from .rows import run_row, seeded_model
from .training import train, train_article

__all__ = ["Snapshot", "TransplantResult", "restore", "run_transplant", "take_snapshot"]


@dataclass(frozen=True, eq=False)
class Snapshot:
    """The state of each stateful layer of a model: one tuple of arrays (h, c) per layer."""

    states: tuple[tuple[np.ndarray, ...], ...]

    def equals(self, other: Snapshot) -> bool:
        return len(self.states) == len(other.states) and all(
            np.array_equal(a, b) for s, t in zip(self.states, other.states) for a, b in zip(s, t)
        )


def _layers(model, what: str) -> list:
    layers = compat.stateful_layers(model)
    if not layers:
        raise ValueError(f"{what} must have stateful RNN layers; got a model with none")
    return layers


def take_snapshot(model, warmup: np.ndarray | None = None) -> Snapshot:
    """Reset ``model``, feed it ``warmup`` one window at a time, and return its state."""
    layers = _layers(model, "a model to snapshot")
    if warmup is not None:
        compat.reset_states(model)
        batch = compat.fixed_batch_size(model)
        for window in warmup:
            compat.predict(model, np.repeat(window[np.newaxis], batch, axis=0))
    return Snapshot(tuple(compat.read_state(layer) for layer in layers))


def restore(model, snapshot: Snapshot) -> None:
    """Write ``snapshot`` into the stateful layers of ``model``; shapes must match exactly."""
    layers = _layers(model, "a model to restore into")
    if len(layers) != len(snapshot.states):
        raise ValueError(f"snapshot must hold one state per stateful layer ({len(layers)}), got {len(snapshot.states)}")
    for layer, state in zip(layers, snapshot.states):
        expected = [tuple(v.shape) for v in layer.states]
        got = [np.shape(a) for a in state]
        if got != expected:
            raise ValueError(f"snapshot state for layer {layer.name!r} must have shapes {expected}, got {got}")
    for layer, state in zip(layers, snapshot.states):
        compat.write_state(layer, state)


@dataclass(frozen=True)
class TransplantResult:
    """One seed of experiment 5: the three tests' accuracies and transcripts, and timings."""

    key: str
    seed: int
    protocol: str
    accuracy: dict[str, float]
    transcripts: dict[str, tuple[str, ...]]
    warmup_reproducible: bool
    fit_s: float

    @property
    def measures(self) -> dict[str, float]:
        """The three accuracies and the warm-up check (1.0: bit-identical), as claims read them."""
        return {**self.accuracy, WARMUP_REPRODUCIBLE: float(self.warmup_reproducible)}

    def record(self) -> dict:
        return {
            "row": self.key,
            "seed": self.seed,
            "protocol": self.protocol,
            **self.accuracy,
            WARMUP_REPRODUCIBLE: self.warmup_reproducible,
            "fit_s": round(self.fit_s, 3),
        }


def _run(model, data: Windows, start: int, snapshot: Snapshot | None) -> tuple[float, tuple[str, ...]]:
    """From a reset (or the snapshot), predict windows ``start..`` one at a time."""
    compat.reset_states(model)
    if snapshot is not None:
        restore(model, snapshot)
    targets, lines, correct = data.targets, [], 0
    for i in range(start, len(data)):
        guess = predict_letter(model, data.x[i])
        lines.append(f"{data.text(i)} -> {ALPHABET[guess]}")
        correct += guess == targets[i]
    return correct / (len(data) - start), tuple(lines)


def run_transplant(spec, seed: int, *, protocol: str = "fast", source_weights=None) -> TransplantResult:
    """Train the source row, take its warm-up state, train a fresh model from it, run the tests.

    ``spec``: the experiment as data (``spec.experiments.Transplant``: its ``source_row``,
    warm-up, epochs and tests). ``source_weights``: the source row already trained with this seed and protocol (its
    ``RowResult.weights``), to skip training it again. Accuracies are over the windows each
    test runs (``Transplant.article_accuracy``).
    """
    src = spec.source_row
    data = src.data()
    if source_weights is None:
        source_weights = run_row(src, seed, protocol=protocol).weights
    source = build_model(src.model, src.shape, batch_size=src.batch_size, seed=seed, units=src.units)
    source.set_weights(list(source_weights))
    warmup = data.x[: spec.warmup_windows]
    snapshot = take_snapshot(source, warmup)
    reproducible = snapshot.equals(take_snapshot(source, warmup))
    # the fresh model's own key, after the experiment's: never the source row's reused model
    target = seeded_model(replace(src, key=f"{spec.key}:target"), seed + spec.target_seed_offset)
    start = time.perf_counter()
    if protocol == "article":  # the article recomputes the warm-up before every epoch
        for _ in range(spec.epochs):
            state = take_snapshot(source, warmup)
            train_article(
                target, data, epochs=1, batch_size=src.batch_size, shuffle=False, initial_state=list(state.states)
            )
    else:
        train(
            "fast",
            target,
            data,
            epochs=spec.epochs,
            batch_size=src.batch_size,
            shuffle=False,
            initial_state=list(snapshot.states),
        )
    fit_s = time.perf_counter() - start
    runs = {t.name: _run(target, data, t.start, snapshot if t.transplanted else None) for t in spec.tests}
    return TransplantResult(
        key=spec.key,
        seed=seed,
        protocol=protocol,
        accuracy={k: v[0] for k, v in runs.items()},
        transcripts={k: v[1] for k, v in runs.items()},
        warmup_reproducible=reproducible,
        fit_s=fit_s,
    )
