"""The floor per backend: how much of a training step's time is Keras's own.

The step of the article's E3/lstm row (LSTM(16) over 3 time steps of 1 feature, Dense(26) with
softmax, categorical cross-entropy, Adam at Keras's defaults, batch 1) written in plain backend
code, timed beside Keras's step on the same backend:

- TensorFlow: one ``tf.function`` looping ``tf.range`` over the steps, a ``GradientTape`` per step;
- JAX: one jitted ``jax.lax.fori_loop`` over the steps, ``jax.value_and_grad`` per step;
- torch: a Python loop of ``torch.nn.LSTM``, ``torch.nn.Linear``, ``torch.optim.Adam``.

Keras's step is ``timing.train_item`` (the fast protocol's loop of ``model.train_step``, what
``fit`` runs without its data pipeline). On torch, ``torch_profile`` says where a Keras step's
milliseconds go (``torch.profiler``: the aten operators' own time against the whole).

``measure(row)`` takes any row object with the fields of ``spec.experiments.Row``;
``python -m lstm_behaviour.compare --floor OUT.json`` measures E3/lstm on the backend in use.
"""

from __future__ import annotations

import time

import numpy as np

from . import compat
from .backends import Jax, TensorFlow, Torch

__all__ = ["jax_plain", "measure", "plain_loop", "tensorflow_plain", "torch_plain", "torch_profile"]

UNITS, CLASSES, LR, BETA1, BETA2, EPS = 16, 26, 1e-3, 0.9, 0.999, 1e-7


def _initial(rng) -> dict[str, np.ndarray]:
    def glorot(shape):
        limit = np.sqrt(6 / sum(shape))
        return rng.uniform(-limit, limit, shape).astype("float32")

    return {
        "kernel": glorot((1, 4 * UNITS)),
        "recurrent": glorot((UNITS, 4 * UNITS)),
        "bias": np.zeros(4 * UNITS, "float32"),
        "dense": glorot((UNITS, CLASSES)),
        "dense_bias": np.zeros(CLASSES, "float32"),
    }


def tensorflow_plain(xs, ys):
    tf = compat.tf
    init = _initial(np.random.default_rng(0))
    params = [tf.Variable(init[k]) for k in ("kernel", "recurrent", "bias", "dense", "dense_bias")]
    moments = [(tf.Variable(tf.zeros_like(p)), tf.Variable(tf.zeros_like(p))) for p in params]
    step_count = tf.Variable(0.0)

    @tf.function
    def run(xs, ys, n):
        for i in tf.range(n):
            x, y = xs[i % xs.shape[0]][None], ys[i % xs.shape[0]][None]
            with tf.GradientTape() as tape:
                kernel, recurrent, bias, dense, dense_bias = params
                h = c = tf.zeros((1, UNITS))
                for t in range(xs.shape[1]):
                    gi, gf, gc, go = tf.split(x[:, t] @ kernel + h @ recurrent + bias, 4, axis=1)
                    c = tf.sigmoid(gf) * c + tf.sigmoid(gi) * tf.tanh(gc)
                    h = tf.sigmoid(go) * tf.tanh(c)
                loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(y, h @ dense + dense_bias))
            grads = tape.gradient(loss, params)
            step_count.assign_add(1.0)
            for p, g, (m, v) in zip(params, grads, moments):
                m.assign(BETA1 * m + (1 - BETA1) * g)
                v.assign(BETA2 * v + (1 - BETA2) * g * g)
                m_hat = m / (1 - BETA1**step_count)
                v_hat = v / (1 - BETA2**step_count)
                p.assign_sub(LR * m_hat / (tf.sqrt(v_hat) + EPS))

    xs, ys = tf.constant(xs), tf.constant(ys)
    return lambda n: run(xs, ys, tf.constant(n))


def jax_plain(xs, ys):
    import jax
    import jax.numpy as jnp

    params = {k: jnp.asarray(v) for k, v in _initial(np.random.default_rng(0)).items()}
    xs, ys = jnp.asarray(xs), jnp.asarray(ys)

    def loss(p, x, y):
        h = c = jnp.zeros((1, UNITS))
        for t in range(x.shape[1]):
            gi, gf, gc, go = jnp.split(x[:, t] @ p["kernel"] + h @ p["recurrent"] + p["bias"], 4, axis=1)
            c = jax.nn.sigmoid(gf) * c + jax.nn.sigmoid(gi) * jnp.tanh(gc)
            h = jax.nn.sigmoid(go) * jnp.tanh(c)
        return -jnp.mean(jnp.sum(y * jax.nn.log_softmax(h @ p["dense"] + p["dense_bias"]), axis=1))

    grad = jax.grad(loss)

    def body(i, state):
        p, m, v = state
        x, y = xs[i % xs.shape[0]][None], ys[i % xs.shape[0]][None]
        g = grad(p, x, y)
        t = (i + 1).astype("float32")
        m = jax.tree.map(lambda a, b: BETA1 * a + (1 - BETA1) * b, m, g)
        v = jax.tree.map(lambda a, b: BETA2 * a + (1 - BETA2) * b * b, v, g)
        p = jax.tree.map(lambda w, a, b: w - LR * (a / (1 - BETA1**t)) / (jnp.sqrt(b / (1 - BETA2**t)) + EPS), p, m, v)
        return p, m, v

    zeros = jax.tree.map(jnp.zeros_like, params)
    run = jax.jit(lambda n: jax.lax.fori_loop(0, n, body, (params, zeros, zeros)), static_argnums=0)
    return lambda n: jax.block_until_ready(run(n))


def torch_plain(xs, ys):
    import torch

    torch.manual_seed(0)
    lstm, dense = torch.nn.LSTM(1, UNITS, batch_first=True), torch.nn.Linear(UNITS, CLASSES)
    optimizer = torch.optim.Adam([*lstm.parameters(), *dense.parameters()], lr=LR, betas=(BETA1, BETA2), eps=EPS)
    xs, ys = torch.as_tensor(xs), torch.as_tensor(ys).argmax(dim=1)

    def run(n):
        for i in range(n):
            x, y = xs[i % len(xs)][None], ys[i % len(xs)][None]
            optimizer.zero_grad()
            _, (h, _) = lstm(x)
            torch.nn.functional.cross_entropy(dense(h[-1]), y).backward()
            optimizer.step()

    return run


def plain_loop(xs: np.ndarray, ys: np.ndarray):
    """A function of ``n`` that runs ``n`` plain training steps on the backend in use."""
    return {TensorFlow: tensorflow_plain, Jax: jax_plain, Torch: torch_plain}[type(compat.backend)](xs, ys)


def _per_step(run, steps: int, repeats: int) -> float:
    run(steps)  # trace and compile
    times = []
    for _ in range(repeats):
        start = time.process_time()
        run(steps)
        times.append(time.process_time() - start)
    return min(times) / steps


def torch_profile(r, steps: int = 200) -> dict:
    """Where a Keras training step's CPU time goes on torch: the aten operators' own time, the
    ten costliest of them per step, and the rest (Keras and Python)."""
    from torch.profiler import ProfilerActivity, profile

    from .timing import train_item

    run = train_item(r, steps)
    run()
    start = time.process_time()
    with profile(activities=[ProfilerActivity.CPU]) as prof:
        run()
    total = (time.process_time() - start) / steps * 1000
    ops = [e for e in prof.key_averages() if e.key.startswith("aten::")]
    aten = sum(e.self_cpu_time_total for e in ops) / 1000 / steps
    top = sorted(ops, key=lambda e: e.self_cpu_time_total, reverse=True)[:10]
    return {
        "steps": steps,
        "step_ms_profiled": round(total, 4),
        "aten_self_ms": round(aten, 4),
        "top": [
            {"op": e.key, "self_ms": round(e.self_cpu_time_total / 1000 / steps, 4), "calls": round(e.count / steps, 2)}
            for e in top
        ],
    }


def measure(r, steps: int = 1000, repeats: int = 3) -> dict:
    """Keras's step of row ``r`` (E3/lstm: the plain step's shapes) and the plain step on the
    backend in use, per step (CPU time, the least of ``repeats`` timings of ``steps`` steps); on
    torch also ``torch_profile``."""
    from .timing import train_item

    data = r.data()
    item = train_item(r, steps)
    keras_step = _per_step(lambda n: item(), steps, repeats)
    plain_step = _per_step(plain_loop(data.x.astype("float32"), data.y.astype("float32")), steps, repeats)
    out = {
        "versions": compat.versions_record(),
        "row": r.key,
        "steps": steps,
        "keras_step_ms": round(keras_step * 1000, 4),
        "plain_step_ms": round(plain_step * 1000, 4),
    }
    if isinstance(compat.backend, Torch):  # where a Keras step's time goes: torch.profiler
        out["profile"] = torch_profile(r, min(steps, 200))
    return out
