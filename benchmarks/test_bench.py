"""Train and predict times of the article's rows, to compare TensorFlow versions.

Run serially: ``pytest -p no:xdist --benchmark-only benchmarks``. Groups read like the
article's tables: ``train`` (fast protocol, every row), ``protocol`` (article against fast on
the same batch-1 rows, so their ratio comes from one run), ``evaluate`` (the three evaluations)
and ``predict-call`` (one batch through a stateful model).
"""

from __future__ import annotations

import pytest

from lstm_behaviour.articles.qiita.experiments import ROWS
from lstm_behaviour.engine import compat
from lstm_behaviour.engine.evaluation import EVALUATIONS, evaluate
from lstm_behaviour.engine.models import build_model
from lstm_behaviour.engine.training import train
from lstm_behaviour.spec.experiments import row

#: Batch-1 rows timed with both protocols: one stateful (reset loop), one stateless (fit(epochs)).
PROTOCOL_ROWS = ("E1/lstm_ful", "E3/lstm")


def _fresh(key: str):
    r = row(key)
    compat.clear_session()
    return build_model(r.model, r.shape, batch_size=r.batch_size, seed=0)


def _train_round(benchmark, key: str, protocol: str, rounds: int):
    r = row(key)
    data = r.data()
    steps = r.epochs * (len(data) // r.batch_size)
    benchmark.extra_info.update(row=key, protocol=protocol, epochs=r.epochs, steps=steps)

    def setup():
        return (_fresh(key),), {}

    def target(model):
        return train(protocol, model, data, epochs=r.epochs, batch_size=r.batch_size, shuffle=r.shuffle, seed=0)

    try:
        result = benchmark.pedantic(target, setup=setup, rounds=rounds, iterations=1)
    except RuntimeError as error:  # torch with use_cudnn='auto': stateful training raises (docs/findings.md)
        pytest.skip(f"{key} cannot be trained on this setup: {str(error).splitlines()[0][:120]}")
    assert result.steps == steps


@pytest.mark.parametrize("key", list(ROWS))
def test_train(benchmark, key):
    benchmark.group = "train (fast protocol, full epochs, fresh model per round)"
    _train_round(benchmark, key, "fast", rounds=2)


@pytest.mark.parametrize("protocol", ["article", "fast"])
@pytest.mark.parametrize("key", PROTOCOL_ROWS)
def test_protocol(benchmark, key, protocol):
    benchmark.group = f"protocol {key}"
    _train_round(benchmark, key, protocol, rounds=1)


@pytest.mark.parametrize("name", EVALUATIONS)
@pytest.mark.parametrize("key", ["E3/lstm_ful", "E4/lstm_ful"])
def test_evaluate(benchmark, key, name):
    """One evaluation of an untrained model: its cost does not depend on the weights."""
    benchmark.group = f"evaluate {key}"
    r = row(key)
    data, model = r.data(), _fresh(key)
    benchmark.extra_info.update(row=key, evaluation=name, windows=len(data))
    result = benchmark.pedantic(
        evaluate,
        args=(name, model, data),
        kwargs={"batch_size": r.batch_size, "test_every_reset": r.test_every_reset},
        rounds=5,
        warmup_rounds=1,
    )
    assert result.total == len(data)


_CALLS = {
    "predict": lambda model, x: model.predict(x, batch_size=len(x), verbose=0),
    "predict_on_batch": lambda model, x: model.predict_on_batch(x),
    "call": lambda model, x: model(x),
}


@pytest.mark.parametrize("call", list(_CALLS))
def test_predict_call(benchmark, call):
    """Per-call cost of one batch of one window through a stateful model (all advance its state)."""
    benchmark.group = "predict-call (stateful, batch 1)"
    model = _fresh("E3/lstm_ful")
    x = row("E3/lstm_ful").data().x[:1]
    benchmark.extra_info.update(row="E3/lstm_ful", call=call)
    _CALLS[call](model, x)  # trace outside the timing
    out = benchmark(_CALLS[call], model, x)
    assert tuple(out.shape) == (1, 26)  # a NumPy array or the backend's tensor (torch's still needs grad)
