"""models.stateless_twin on stacks of every shape it is used with (no training)."""

from __future__ import annotations

import numpy as np
import pytest

from lstm_behaviour.engine import compat
from lstm_behaviour.engine.compat import keras
from lstm_behaviour.engine.models import lstm_network, stateless_twin

X = np.linspace(0.0, 1.0, 2 * 3).reshape(2, 3, 1).astype("float32")


@pytest.fixture(autouse=True)
def _fresh():
    compat.clear_session()


def test_twin_of_a_two_layer_stack_predicts_alike():
    net = lstm_network((3, 1), units=3, layers=2, seed=1)
    twin = stateless_twin(net)
    assert [layer.return_sequences for layer in twin.layers] == [True, False]
    np.testing.assert_array_equal(twin.predict_on_batch(X), net.predict_on_batch(X))


def test_twin_takes_a_new_shape_and_may_return_sequences():
    net = lstm_network((3, 1), units=3, layers=2, seed=1)
    twin = stateless_twin(net, shape=(5, 1), return_sequences=True)
    assert tuple(twin.inputs[0].shape[1:]) == (5, 1)
    assert [layer.return_sequences for layer in twin.layers] == [True, True]
    assert tuple(twin.predict_on_batch(np.zeros((2, 5, 1), "float32")).shape) == (2, 5, 3)
    kept = stateless_twin(lstm_network((3, 1), units=3, return_sequences=True, seed=1))
    assert kept.layers[-1].return_sequences, "by default the last layer returns what the original's did"


def test_twin_refuses_a_stack_with_other_layers():
    model = keras.Sequential([keras.Input(shape=(3, 1)), keras.layers.LSTM(2), keras.layers.Dense(3)])
    with pytest.raises(
        ValueError, match=r"^stateless_twin needs a stack of LSTM layers only; got \['LSTM', 'Dense'\]$"
    ):
        stateless_twin(model)


@pytest.mark.skipif(compat.IS_KERAS_2, reason="use_cudnn is a Keras 3 option")
def test_twin_keeps_the_variants_lstm_options(monkeypatch):
    monkeypatch.setenv("LSTM_BEHAVIOUR_VARIANT", "no-cudnn")
    twin = stateless_twin(lstm_network((3, 1), units=3, layers=2, seed=1))
    assert [layer.use_cudnn for layer in twin.layers] == [False, False]


def test_lstm_network_defaults_to_seed_zero_and_names_a_missing_batch_size():
    np.testing.assert_array_equal(
        lstm_network((3, 1), units=2).get_weights()[0], lstm_network((3, 1), units=2, seed=0).get_weights()[0]
    )
    with pytest.raises(ValueError, match=r"^batch_size of a stateful network must be a positive integer, got None$"):
        lstm_network((3, 1), stateful=True)


@pytest.mark.skipif(compat.IS_KERAS_2, reason="use_cudnn is a Keras 3 option")
def test_lstm_network_takes_the_variants_lstm_options(monkeypatch):
    monkeypatch.setenv("LSTM_BEHAVIOUR_VARIANT", "no-cudnn")
    assert [layer.use_cudnn for layer in lstm_network((3, 1), units=2, layers=2).layers] == [False, False]


@pytest.mark.parametrize(
    ("kind", "batch", "stateful"), [("dense", None, None), ("lstm", None, False), ("lstm_ful", 5, True)]
)
def test_build_model_gives_the_articles_three_models(kind, batch, stateful):
    """The article's models, compiled with Adam, categorical cross-entropy and accuracy; the LSTM
    is named "lstm" in every model, however many were built before (its messages name it)."""
    from lstm_behaviour.engine.models import build_model

    models = [build_model(kind, (1, 3), batch_size=5, seed=0) for _ in range(2)]
    for model in models:
        layers = [type(layer).__name__ for layer in model.layers]
        assert layers == (["Flatten", "Dense", "Dense"] if kind == "dense" else ["LSTM", "Dense"]), layers
        assert model.inputs[0].shape[0] == batch and tuple(model.inputs[0].shape[1:]) == (1, 3)
        if stateful is not None:
            assert (model.layers[0].name, model.layers[0].stateful, model.layers[0].units) == ("lstm", stateful, 16)
        assert type(model.optimizer).__name__ == "Adam"
        x, y = np.linspace(0.1, 0.9, 15, dtype="float32").reshape(5, 1, 3), np.eye(26, dtype="float32")[:5]
        scores = model.evaluate(x, y, batch_size=5, verbose=0, return_dict=True)
        assert set(scores) == {"loss", "accuracy"}, scores
        compat.reset_states(model)  # evaluate started from zeros; so does this prediction
        probs = np.asarray(model.predict_on_batch(x))[np.arange(5), np.arange(5)]
        assert scores["loss"] == pytest.approx(-np.mean(np.log(probs)), rel=1e-5), "categorical cross-entropy"


@pytest.mark.skipif(compat.IS_KERAS_2, reason="use_cudnn is a Keras 3 option")
@pytest.mark.parametrize("kind", ["lstm", "lstm_ful"])
def test_build_model_takes_the_variants_lstm_options(monkeypatch, kind):
    from lstm_behaviour.engine.models import build_model

    monkeypatch.setenv("LSTM_BEHAVIOUR_VARIANT", "no-cudnn")
    assert build_model(kind, (1, 1), batch_size=1, seed=0).layers[0].use_cudnn is False
    monkeypatch.delenv("LSTM_BEHAVIOUR_VARIANT")
    assert build_model(kind, (1, 1), batch_size=1, seed=0).layers[0].use_cudnn == "auto"


@pytest.mark.parametrize("kind", ["dense", "lstm", "lstm_ful"])
def test_a_rows_units_set_the_width_of_its_model(kind):
    """A row's ``units`` reach the model (Brownlee's LSTM(32) and LSTM(50)); the article's rows keep 16."""
    from dataclasses import replace

    from lstm_behaviour.engine.rows import seeded_model
    from lstm_behaviour.spec.experiments import row

    key = {"dense": "E1/dense", "lstm": "E1/lstm", "lstm_ful": "E1/lstm_ful"}[kind]
    assert row(key).units == 16
    widths = {
        units: seeded_model(replace(row(key), key=f"units-test/{key}/{units}", units=units), 0, reuse=False)
        .layers[-2 if kind == "dense" else 0]
        .units
        for units in (16, 32, 50)
    }
    assert widths == {16: 16, 32: 32, 50: 50}


def test_build_model_takes_one_unit():
    """The smallest width is one unit (the check refuses below it, not at it)."""
    from lstm_behaviour.engine.models import build_model

    assert build_model("lstm", (1, 1), seed=0, units=1).layers[0].units == 1


@pytest.mark.parametrize("units", [0, -3, 2.0, True, "32"])
def test_build_model_names_units_that_are_no_width(units):
    from lstm_behaviour.engine.models import build_model

    with pytest.raises(ValueError, match=rf"units must be a positive integer, got {units!r}"):
        build_model("lstm", (1, 1), seed=0, units=units)
