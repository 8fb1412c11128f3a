"""Timing the rows for a benchmark comparison: one process's measurements (``compare``'s worker).

Each *train* item is a fixed number of optimizer steps of a row's model through the fast
protocol's loop (``training.train_fast``: the same ``train_step`` that ``fit`` runs, every epoch
of the row's data in its order, the stateful resets included), ``steps`` rounded up to whole
epochs; a *predict* item is one of the article's evaluations of a row's model, or ``calls``
predictions of one batch through a stateful model by one Keras API call. Every item runs once
untimed (tracing and compilation), then ``repeats`` times timed, each time by the wall clock
(``time.perf_counter``) and by the process's CPU time (``time.process_time``, every thread of
the process). The weights a timed call starts from do not change its cost.

``time_items`` takes any row objects with the fields of ``spec.experiments.Row``; the engine
knows no experiment of its own.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterable

from . import compat
from .data import EVALUATIONS

__all__ = ["CALLS", "call_item", "predict_item", "time_items", "train_item"]

CALLS = ("predict", "predict_on_batch", "call")


def _clock(run: Callable[[], object], repeats: int) -> dict[str, list[float]]:
    run()  # warm-up: trace and compile outside the timing
    wall, cpu = [], []
    for _ in range(repeats):
        w, c = time.perf_counter(), time.process_time()
        run()
        cpu.append(time.process_time() - c)
        wall.append(time.perf_counter() - w)
    return {"wall": wall, "cpu": cpu}


def _fresh(r):
    from .models import build_model

    compat.clear_session()
    return build_model(r.model, r.shape, batch_size=r.batch_size, seed=0, units=r.units)


def train_item(r, steps: int) -> Callable[[], object]:
    """``steps`` optimizer steps (whole epochs) of row ``r`` through the fast protocol."""
    from .training import train_fast

    data, model = r.data(), _fresh(r)
    epochs = max(1, math.ceil(steps / (len(data) // r.batch_size)))

    def run():
        train_fast(model, data, epochs=epochs, batch_size=r.batch_size, shuffle=r.shuffle, seed=0)
        compat.synchronize(model)  # JAX returns before its steps have run

    return run


def predict_item(r, name: str) -> Callable[[], object]:
    """One of the article's evaluations (``EVALUATIONS``) of row ``r``'s untrained model."""
    from .evaluation import evaluate

    if name not in EVALUATIONS:
        raise ValueError(f"evaluation must be one of {', '.join(EVALUATIONS)}; got {name!r}")
    data, model = r.data(), _fresh(r)

    def run():
        evaluate(name, model, data, batch_size=r.batch_size, test_every_reset=r.test_every_reset)
        compat.synchronize(model)

    return run


def call_item(r, call: str, calls: int) -> Callable[[], object]:
    """``calls`` predictions of one batch through row ``r``'s (stateful) model by ``call``."""
    if call not in CALLS:
        raise ValueError(f"call must be one of {', '.join(CALLS)}; got {call!r}")
    model = _fresh(r)
    x = r.data().x[: r.batch_size]
    how = {
        "predict": lambda: model.predict(x, batch_size=len(x), verbose=0),
        "predict_on_batch": lambda: model.predict_on_batch(x),
        "call": lambda: model(x),
    }[call]

    def run():
        for _ in range(calls):
            how()
        compat.synchronize(model)

    return run


def time_items(
    items: Iterable[tuple[str, Callable[[], Callable[[], object]]]],
    *,
    repeats: int,
    progress: Callable[[str], None] | None = None,
) -> dict[str, dict]:
    """Each named item built (by its factory) and timed: ``{"wall": [...], "cpu": [...]}``, or
    ``{"error": "..."}`` where building or running it raises (a row this setup cannot train)."""
    out: dict[str, dict] = {}
    for name, factory in items:
        try:
            out[name] = _clock(factory(), repeats)
        except Exception as error:
            out[name] = {"error": f"{type(error).__name__}: {str(error).splitlines()[0][:200] if str(error) else ''}"}
        if progress is not None:
            progress(name)
    return out
