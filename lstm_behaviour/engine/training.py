"""Training protocols: the article's, and a fast one that takes the same optimizer steps.

- ``train_article``: ``fit(epochs=E, shuffle=...)`` for stateless models; for stateful ones,
  ``reset_states(); fit(epochs=1)`` in a loop of E epochs, as the article does.
- ``train_fast``: every epoch laid end to end, the per-epoch order drawn from the seed
  (``epoch_orders``), each batch through the model's own ``train_step`` (the function ``fit``
  calls), the per-epoch reset or transplanted state written where ``fit`` would see it; the
  loop itself is the backend's (``fast_loops``): one ``tf.function`` on TensorFlow, one jitted
  ``jax.lax.fori_loop`` over Keras's functional ``train_step`` on JAX, a plain loop on torch.
  Only ``fit``'s per-call and data-pipeline overhead is gone (claim ``P.fast-protocol-identical``,
  bit-identical weights on every backend).

Keras's own shuffle cannot be replayed, so both protocols accept explicit ``orders``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from . import compat
from .data import Windows

PROTOCOLS = ("fast", "article")

__all__ = ["PROTOCOLS", "Training", "epoch_orders", "train", "train_article", "train_fast"]


@dataclass(frozen=True)
class Training:
    """What a training run did and how long it took."""

    protocol: str
    epochs: int
    steps: int
    seconds: float


def epoch_orders(n: int, epochs: int, *, shuffle: bool, seed: int) -> np.ndarray:
    """The sample order of each epoch, shape (epochs, n): permutations from ``seed`` or 0..n-1."""
    if not shuffle:
        return np.tile(np.arange(n), (epochs, 1))
    rng = np.random.default_rng(seed)
    return np.stack([rng.permutation(n) for _ in range(epochs)])


def _check_batch(model, data: Windows, batch_size: int) -> None:
    fixed = compat.fixed_batch_size(model)
    if fixed is not None and fixed != batch_size:
        raise ValueError(f"batch_size must be the model's fixed batch size {fixed}, got {batch_size}")
    if compat.stateful_layers(model) and len(data) % batch_size:
        raise ValueError(f"batch_size must divide the {len(data)} samples of a stateful model (got {batch_size})")


def _epoch_start_values(model, initial_state):
    """The state written into each stateful layer at each epoch's start: zeros (a reset) or given."""
    layers = compat.stateful_layers(model)
    if initial_state is None:
        return [tuple(np.zeros(tuple(var.shape), dtype="float32") for var in layer.states) for layer in layers]
    if len(initial_state) != len(layers):
        raise ValueError(
            f"initial_state must hold one state per stateful layer ({len(layers)}), got {len(initial_state)}"
        )
    for layer, state in zip(layers, initial_state):
        compat.write_state(layer, state)  # validates the shapes now, not inside the graph
    return [tuple(np.asarray(a, dtype="float32") for a in state) for state in initial_state]


def train_fast(
    model,
    data: Windows,
    *,
    epochs: int,
    batch_size: int,
    shuffle: bool,
    seed: int = 0,
    orders: np.ndarray | None = None,
    initial_state: list | None = None,
) -> Training:
    """Train all epochs in one compiled loop of ``model.train_step``; see the module docstring.

    A stateful model's state is set at each epoch's start, in the graph: to zeros (the
    article's ``reset_states()`` before each ``fit``) or to ``initial_state``, one ``(h, c)`` per
    stateful layer (experiment 5's transplant).
    """
    _check_batch(model, data, batch_size)
    if orders is None:
        orders = epoch_orders(len(data), epochs, shuffle=shuffle, seed=seed)
    from .fast_loops import fast_loop

    steps_per_epoch = len(data) // batch_size
    index = np.asarray(orders).reshape(-1)
    per_step = (epochs, steps_per_epoch, batch_size)
    x = data.x[index].reshape(per_step + data.x.shape[1:])
    y = data.y[index].reshape(per_step + data.y.shape[1:])
    values = [v for state in _epoch_start_values(model, initial_state) for v in state]
    start = time.perf_counter()
    fast_loop(model, x, y, values)
    compat.synchronize(model)  # JAX returns before its steps have run
    return Training("fast", epochs, epochs * steps_per_epoch, time.perf_counter() - start)


def train_article(
    model,
    data: Windows,
    *,
    epochs: int,
    batch_size: int,
    shuffle: bool,
    orders: np.ndarray | None = None,
    initial_state: list | None = None,
) -> Training:
    """Train as the article does; with ``orders``, each epoch takes its samples in that order.

    A stateful model is reset before each epoch's ``fit``, or given ``initial_state`` (one
    ``(h, c)`` per stateful layer) as the article's experiment 5 does with ``reset_states(state)``.
    """
    _check_batch(model, data, batch_size)
    steps = epochs * (len(data) // batch_size)
    layers = compat.stateful_layers(model)
    if initial_state is not None and len(initial_state) != len(layers):
        raise ValueError(
            f"initial_state must hold one state per stateful layer ({len(layers)}), got {len(initial_state)}"
        )

    def action(model):
        for i, layer in enumerate(layers):
            if initial_state is None:
                layer.reset_states()
            else:
                compat.write_state(layer, initial_state[i])

    start = time.perf_counter()
    if orders is None and not layers:
        model.fit(data.x, data.y, epochs=epochs, batch_size=batch_size, shuffle=shuffle, verbose=0)
    else:
        for epoch in range(epochs):
            action(model)
            x, y, mix = data.x, data.y, shuffle
            if orders is not None:
                x, y, mix = x[orders[epoch]], y[orders[epoch]], False
            model.fit(x, y, epochs=1, batch_size=batch_size, shuffle=mix, verbose=0)
    return Training("article", epochs, steps, time.perf_counter() - start)


def train(
    protocol: str,
    model,
    data: Windows,
    *,
    epochs: int,
    batch_size: int,
    shuffle: bool,
    seed: int = 0,
    initial_state: list | None = None,
) -> Training:
    """Train with the named protocol (``fast`` draws its shuffle from ``seed``)."""
    if protocol == "fast":
        return train_fast(
            model, data, epochs=epochs, batch_size=batch_size, shuffle=shuffle, seed=seed, initial_state=initial_state
        )
    if protocol == "article":
        return train_article(
            model, data, epochs=epochs, batch_size=batch_size, shuffle=shuffle, initial_state=initial_state
        )
    raise ValueError(f"protocol must be one of {', '.join(PROTOCOLS)}; got {protocol!r}")
