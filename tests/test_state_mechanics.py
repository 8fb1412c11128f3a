"""State-mechanics claims: exact checks on untrained LSTMs with seeded or constant weights."""

from __future__ import annotations

import functools
import re

import numpy as np
import pytest

from lstm_behaviour.engine import compat
from lstm_behaviour.engine.compat import keras
from lstm_behaviour.engine.layer_zoo import LAYERS as LAYER_NAMES
from lstm_behaviour.engine.models import lstm_network, stateless_twin
from lstm_behaviour.engine.reference import lstm_forward

ARTICLE_SHAPES = [(1, 1), (1, 3), (3, 1)]
# float32 kernels may sum in another order for another batch size or time split
ATOL = 1e-6


def _inputs(seed: int, *shape) -> np.ndarray:
    return np.random.default_rng(seed).uniform(0, 1, size=shape).astype("float32")


def _state_is_zero(model) -> bool:
    return all(not np.any(s) for layer in compat.stateful_layers(model) for s in compat.read_state(layer))


@pytest.mark.claim("S.stateless-independent-batches")
@pytest.mark.parametrize("shape", ARTICLE_SHAPES, ids=str)
def test_stateless_lstm_batches_are_independent(claim, shape):
    net = lstm_network(shape, seed=0)
    x1, x2 = _inputs(1, 2, *shape), _inputs(2, 2, *shape)
    first = net.predict_on_batch(x2)
    net.predict_on_batch(x1)
    again = net.predict_on_batch(x2)
    assert np.array_equal(first, again), (
        f"{claim.id}: output for x2 changed after x1 by {np.abs(first - again).max():.3g}"
    )


def _call(net, x) -> np.ndarray:
    """A direct (eager) call: the one API that carries state on every backend measured."""
    return compat.to_numpy(net(x))


def _joined(net, *batches) -> np.ndarray:
    """What the stateless twin answers for the batches joined along time."""
    steps = sum(b.shape[1] for b in batches)
    return stateless_twin(net, shape=(steps,) + batches[0].shape[2:]).predict_on_batch(np.concatenate(batches, axis=1))


@pytest.mark.claim("S.call-carries-state")
@pytest.mark.parametrize("timesteps", [1, 3])
def test_direct_call_carries_state_between_batches(claim, timesteps):
    net = lstm_network((timesteps, 1), batch_size=2, stateful=True, seed=0)
    x1, x2 = _inputs(1, 2, timesteps, 1), _inputs(2, 2, timesteps, 1)
    compat.reset_states(net)
    _call(net, x1)
    h = compat.read_state(compat.stateful_layers(net)[0])[0]
    np.testing.assert_allclose(
        h, _joined(net, x1), rtol=0, atol=ATOL, err_msg=f"{claim.id}: after a call on x1, h should be x1's state"
    )
    np.testing.assert_allclose(
        _call(net, x2),
        _joined(net, x1, x2),
        rtol=0,
        atol=ATOL,
        err_msg=f"{claim.id}: the call on x2 should answer as the stateless twin does for x1+x2",
    )


@pytest.mark.claim("S.reset-zeroes-state")
def test_reset_zeroes_state_and_matches_stateless_twin(claim):
    net = lstm_network((3, 1), batch_size=2, stateful=True, seed=0)
    layer = compat.stateful_layers(net)[0]
    compat.write_state(layer, [np.full((2, 4), 0.5, "float32"), np.full((2, 4), -0.5, "float32")])
    assert not _state_is_zero(net), f"{claim.id}: the written state should read back non-zero"
    compat.reset_states(net)
    assert _state_is_zero(net), f"{claim.id}: (h, c) should be zero after reset_states"
    x = _inputs(2, 2, 3, 1)
    np.testing.assert_allclose(
        _call(net, x),
        stateless_twin(net).predict_on_batch(x),
        rtol=0,
        atol=ATOL,
        err_msg=f"{claim.id}: after a reset the stateful model should answer like its stateless twin",
    )


def _compiled_stateful_net(batch_size: int = 2):
    net = lstm_network((3, 1), batch_size=batch_size, stateful=True, seed=0)
    net.compile(loss="mse", optimizer=keras.optimizers.SGD(learning_rate=0.0))
    return net


_API = {
    "predict": lambda net, x, y: net.predict(x, batch_size=len(x), verbose=0),
    "predict_on_batch": lambda net, x, y: net.predict_on_batch(x),
    "evaluate": lambda net, x, y: net.evaluate(x, y, batch_size=len(x), verbose=0),
    "train_on_batch": lambda net, x, y: net.train_on_batch(x, y),
}


def _check_api_carries_state(claim, api: str) -> None:
    """From a reset, ``api`` on x leaves x's state: the next batch (a direct call) answers as the
    twin does for x and that batch joined. A zero learning rate keeps the weights for training."""
    net = _compiled_stateful_net()
    x, y = _inputs(1, 2, 3, 1), np.zeros((2, 4), "float32")
    compat.reset_states(net)
    _API[api](net, x, y)
    h = compat.read_state(compat.stateful_layers(net)[0])[0]
    assert np.abs(h).max() > 0, f"{claim.id}: {api} left (h, c) at zero: the state was not carried"
    x2 = _inputs(2, 2, 3, 1)
    np.testing.assert_allclose(
        _call(net, x2),
        _joined(net, x, x2),
        rtol=0,
        atol=ATOL,
        err_msg=f"{claim.id}: the state left by {api} is not x's state",
    )


_LAYER_CALLS = ("predict(batch_size)", "predict_on_batch", "evaluate(batch_size)", "train_on_batch", "fit(batch_size)")


@functools.cache
def _layer_check(layer: str):
    """``check_state`` of one zoo layer's model over the five API calls, once per process (the
    calls that trace one Keras function share a copy); its tests run on one xdist worker."""
    from lstm_behaviour.engine.layer_zoo import model_for
    from lstm_behaviour.engine.state_check import check_state

    model, x = model_for(layer)
    return check_state(model, x, calls=_LAYER_CALLS)


def _check_layer_carries_state(claim, layer: str, call: str) -> None:
    """Keras's other recurrent layers (engine.layer_zoo): from a reset, ``call`` over two batches
    leaves the state direct calls leave (``engine.state_check``)."""
    result = _layer_check(layer).result(call)
    assert result.outcome == "carried", f"{claim.id} ({layer}): {call} {result.outcome}: {result.detail}"


# the article's LSTM is checked against its stateless twin; every other layer against direct calls
LAYERS = pytest.mark.parametrize(
    "layer", [pytest.param(n, marks=pytest.mark.xdist_group("layer-" + re.sub(r"\W+", "-", n))) for n in LAYER_NAMES]
)


@pytest.mark.claim("S.predict-carries-state")
@LAYERS
def test_predict_carries_state(claim, layer):
    if layer != "LSTM":
        return _check_layer_carries_state(claim, layer, "predict(batch_size)")
    _check_api_carries_state(claim, "predict")


@pytest.mark.claim("S.predict-on-batch-carries-state")
@LAYERS
def test_predict_on_batch_carries_state(claim, layer):
    if layer != "LSTM":
        return _check_layer_carries_state(claim, layer, "predict_on_batch")
    _check_api_carries_state(claim, "predict_on_batch")


@pytest.mark.claim("S.evaluate-carries-state")
@LAYERS
def test_evaluate_carries_state(claim, layer):
    if layer != "LSTM":
        return _check_layer_carries_state(claim, layer, "evaluate(batch_size)")
    _check_api_carries_state(claim, "evaluate")


@pytest.mark.claim("S.train-on-batch-carries-state")
@LAYERS
def test_train_on_batch_carries_state(claim, layer):
    if layer != "LSTM":
        return _check_layer_carries_state(claim, layer, "train_on_batch")
    _check_api_carries_state(claim, "train_on_batch")


@pytest.mark.claim("S.fit-never-resets")
@LAYERS
def test_fit_carries_state_across_batches_and_epochs(claim, layer):
    if layer != "LSTM":
        return _check_layer_carries_state(claim, layer, "fit(batch_size)")
    net = _compiled_stateful_net(batch_size=2)
    x = _inputs(1, 4, 3, 1)
    compat.reset_states(net)
    net.fit(x, np.zeros((4, 4), "float32"), batch_size=2, epochs=2, shuffle=False, verbose=0)
    h = compat.read_state(compat.stateful_layers(net)[0])[0]
    # Row r of the state saw x[r], x[r+2] in each of the two epochs.
    expected = _joined(net, x[0:2], x[2:4], x[0:2], x[2:4])
    np.testing.assert_allclose(
        h, expected, rtol=0, atol=ATOL, err_msg=f"{claim.id}: after fit, h should be the state over all 4 batches"
    )
    compat.reset_states(net)
    assert _state_is_zero(net), f"{claim.id}: only a reset should clear the state"


@pytest.mark.claim("S.io-shapes")
@pytest.mark.parametrize("shape", ARTICLE_SHAPES, ids=str)
@pytest.mark.parametrize("layers", [1, 2])
@pytest.mark.parametrize("return_sequences", [False, True], ids=["last", "sequences"])
def test_lstm_input_and_output_shapes(claim, shape, layers, return_sequences):
    units, batch = 5, 3
    net = lstm_network(shape, units=units, layers=layers, return_sequences=return_sequences, seed=0)
    out = net.predict_on_batch(_inputs(0, batch, *shape))
    expected = (batch, shape[0], units) if return_sequences else (batch, units)
    assert out.shape == expected, (
        f"{claim.id}: input {(batch,) + shape} through {layers} layer(s) should give {expected}, got {out.shape}"
    )


@pytest.mark.claim("S.fixed-batch-size")
@pytest.mark.parametrize("wrong", [1, 2, 8])
def test_stateful_model_refuses_other_batch_size(claim, wrong):
    net = lstm_network((3, 1), batch_size=4, stateful=True, seed=0)
    assert compat.fixed_batch_size(net) == 4, f"{claim.id}: the model should report its batch size 4"
    assert compat.predict(net, _inputs(0, 4, 3, 1)).shape == (4, 4), f"{claim.id}: its own batch size is accepted"
    with pytest.raises(ValueError, match=rf"batch size of a stateful model is fixed at 4; got a batch of {wrong}$"):
        compat.predict(net, _inputs(0, wrong, 3, 1))


@pytest.mark.claim("S.batch-padding-neutral")
@pytest.mark.parametrize("stateful", [False, True], ids=["stateless", "stateful"])
@pytest.mark.parametrize("batch_size", [1, 23])
def test_padded_batch_rows_equal_single_window(claim, stateful, batch_size):
    window = _inputs(0, 1, 3, 1)
    net = lstm_network((3, 1), batch_size=batch_size if stateful else None, stateful=stateful, seed=0)
    single = stateless_twin(net).predict_on_batch(window) if stateful else net.predict_on_batch(window)
    compat.reset_states(net)
    padded = compat.predict(net, np.repeat(window, batch_size, axis=0))
    np.testing.assert_allclose(
        padded,
        np.repeat(single, batch_size, axis=0),
        rtol=0,
        atol=ATOL,
        err_msg=f"{claim.id}: every padded row should equal the single window",
    )


@pytest.mark.claim("S.state-read-write")
def test_state_read_from_one_model_written_into_another(claim):
    source = lstm_network((3, 1), batch_size=2, stateful=True, seed=0)
    target = lstm_network((3, 1), batch_size=2, stateful=True, seed=0)
    for x in (_inputs(1, 2, 3, 1), _inputs(2, 2, 3, 1)):
        _call(source, x)
    state = compat.read_state(compat.stateful_layers(source)[0])
    assert np.abs(state[0]).max() > 0, f"{claim.id}: the source's state should be non-zero after two batches"
    compat.write_state(compat.stateful_layers(target)[0], state)
    for a, b in zip(compat.read_state(compat.stateful_layers(target)[0]), state):
        assert np.array_equal(a, b), f"{claim.id}: the written state should read back unchanged"
    for seed in (3, 4):
        x = _inputs(seed, 2, 3, 1)
        assert np.array_equal(_call(source, x), _call(target, x)), (
            f"{claim.id}: models with the same weights and state should answer identically"
        )


def _constant_weights(net):
    kernel, recurrent, bias = net.get_weights()
    return [np.full_like(kernel, 0.5), np.full_like(recurrent, -0.25), np.linspace(-1, 1, bias.size, dtype="float32")]


@pytest.mark.claim("S.gate-equations")
@pytest.mark.parametrize("weights", ["seeded", "constant"])
def test_keras_lstm_matches_numpy_gate_equations(claim, weights):
    net = lstm_network((4, 2), units=3, batch_size=2, stateful=True, return_sequences=True, seed=0)
    if weights == "constant":
        net.set_weights(_constant_weights(net))
    x = _inputs(5, 2, 4, 2)
    expected, h, c = lstm_forward(x, *net.get_weights())
    np.testing.assert_allclose(
        _call(net, x),
        expected,
        rtol=0,
        atol=1e-5,
        err_msg=f"{claim.id}: Keras LSTM outputs differ from the NumPy gate equations",
    )
    got_h, got_c = compat.read_state(compat.stateful_layers(net)[0])
    np.testing.assert_allclose(got_h, h, rtol=0, atol=1e-5, err_msg=f"{claim.id}: h differs")
    np.testing.assert_allclose(got_c, c, rtol=0, atol=1e-5, err_msg=f"{claim.id}: c differs")


def test_reference_gates_by_hand():
    """One step, one unit, worked out by hand: all pre-activations 0 give i=f=o=1/2, g=0."""
    _, h, c = lstm_forward(
        np.zeros((1, 1, 1)), np.zeros((1, 4)), np.zeros((1, 4)), np.zeros(4), h0=np.zeros((1, 1)), c0=np.ones((1, 1))
    )
    assert c[0, 0] == pytest.approx(0.5)  # f * c0 + i * tanh(0) = 0.5
    assert h[0, 0] == pytest.approx(0.5 * np.tanh(0.5))
