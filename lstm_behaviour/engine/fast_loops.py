"""The fast protocol's loop, one per backend: every epoch's batches through ``model.train_step``.

``fast_loop(model, x, y, values)``: ``x`` and ``y`` are NumPy arrays shaped (epochs, steps,
batch, ...); ``values`` holds the state written into the model's stateful layers' variables
(h, c per layer) at each epoch's start: zeros (the article's ``reset_states()`` before each
``fit``) or a transplanted state. Each loop does what that backend's ``fit`` does, bugs included
(``P.fast-protocol-identical`` compares the weights bit for bit):

- TensorFlow: one ``tf.function`` over all epochs; the state is assigned in the graph at each
  epoch's start, as ``fit`` sees the assignment made before it; LSTM layers that see one time
  step run unrolled (``compat.single_steps_unrolled``: the same ops without the loop).
- JAX: Keras's functional ``train_step(state, batch)`` in one jitted ``jax.lax.fori_loop``. Keras
  3 keeps an RNN's state variables out of the model's ``non_trainable_variables``, so JAX's
  ``fit`` reads them as constants when it traces and never carries or resets them (docs/
  findings.md); this loop reads them the same way, traced again whenever the epoch-start state
  differs from the one it was traced with.
- torch: a Python loop of ``train_step`` per batch, in training mode, the state assigned at each
  epoch's start, as ``fit`` runs it without its data pipeline and callbacks.
"""

from __future__ import annotations

import weakref

import numpy as np

from . import compat
from .backends import Jax, TensorFlow, Torch

__all__ = ["fast_loop", "jax_loop", "tensorflow_loop", "torch_loop"]

_LOOPS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _state_variables(model) -> list:
    return [var for layer in compat.stateful_layers(model) for var in layer.states]


def tensorflow_loop(model, x, y, values) -> None:
    tf = compat.tf
    if model not in _LOOPS:
        variables = _state_variables(model)

        @tf.function
        def run(x, y, values):
            for epoch in tf.range(tf.shape(x)[0]):
                for var, value in zip(variables, values):
                    var.assign(value)
                for step in tf.range(tf.shape(x)[1]):
                    model.train_step((x[epoch, step], y[epoch, step]))

        _LOOPS[model] = run
    with compat.single_steps_unrolled(model):  # traced (and retraced) inside: same ops, no loop
        _LOOPS[model](tf.constant(x), tf.constant(y), [tf.constant(v) for v in values])


def jax_loop(model, x, y, values) -> None:
    import jax
    import jax.numpy as jnp

    variables = _state_variables(model)
    for var, value in zip(variables, values):
        var.assign(value)  # read as a constant when traced, as JAX's fit reads it
    key = (x.shape, y.shape, tuple(np.asarray(v).tobytes() for v in values))
    loops = _LOOPS.setdefault(model, {})
    if key not in loops:
        steps = x.shape[1]
        # where a Keras carries the state through train_step (listed among the non-trainable
        # variables), each epoch starts from ``values`` again, as after the protocol's reset;
        # where it does not (Keras 3.15.1), no state variable is listed and this does nothing
        listed = [
            (j, jnp.asarray(value))
            for var, value in zip(variables, values)
            for j, other in enumerate(model.non_trainable_variables)
            if other is var
        ]

        def run(state, xs, ys):
            def body(i, state):
                if listed:
                    trainable, non_trainable, *rest = state
                    non_trainable = list(non_trainable)
                    for j, value in listed:
                        non_trainable[j] = jnp.where(i % steps == 0, value, non_trainable[j])
                    state = (trainable, non_trainable, *rest)
                _, state = model.train_step(state, (xs[i // steps, i % steps], ys[i // steps, i % steps]))
                return state

            return jax.lax.fori_loop(0, xs.shape[0] * steps, body, state)

        loops[key] = jax.jit(run)
    model._symbolic_build(data_batch=(x[0, 0], y[0, 0]))  # metrics and loss built as fit builds them
    compat.optimizer_variables(model)  # built now, as fit builds it before its first step
    state = (
        [v.value for v in model.trainable_variables],
        [v.value for v in model.non_trainable_variables],
        [v.value for v in model.optimizer.variables],
        [v.value for v in model.metrics_variables],
    )
    trainable, non_trainable, optimizer, metrics = loops[key](state, jnp.asarray(x), jnp.asarray(y))
    for group, new in (
        (model.trainable_variables, trainable),
        (model.non_trainable_variables, non_trainable),
        (model.optimizer.variables, optimizer),
        (model.metrics_variables, metrics),
    ):
        for var, value in zip(group, new):
            var.assign(value)


def torch_loop(model, x, y, values) -> None:
    import torch

    variables = _state_variables(model)
    model._symbolic_build(data_batch=(x[0, 0], y[0, 0]))  # metrics and loss built as fit builds them
    compat.optimizer_variables(model)
    model.make_train_function()
    xs, ys = torch.as_tensor(x), torch.as_tensor(y)
    for epoch in range(x.shape[0]):
        model.reset_metrics()
        for var, value in zip(variables, values):
            var.assign(value)
        model.train()
        for step in range(x.shape[1]):
            model.train_function([(xs[epoch, step], ys[epoch, step])])
        model.eval()


_LOOPS_BY_BACKEND = {TensorFlow: tensorflow_loop, Jax: jax_loop, Torch: torch_loop}


def fast_loop(model, x: np.ndarray, y: np.ndarray, values: list) -> None:
    """Run every epoch of (x, y) through ``model.train_step`` on the backend in use."""
    _LOOPS_BY_BACKEND[type(compat.backend)](model, x, y, values)
