"""Keras's recurrent layers as small stateful models, for ``check_state`` to measure side by side.

``LAYERS`` maps a name to a builder of a compiled stateful model (batch 2, three time steps):
LSTM, GRU, SimpleRNN, two stacked LSTMs (``return_sequences=True``), ``Bidirectional(LSTM)``,
``RNN`` over a minimal cell written here, and ``ConvLSTM1D``. ``layer_matrix()`` checks every one
on the backend in use (``python -m lstm_behaviour check-state --layers``).
"""

from __future__ import annotations

import numpy as np

from . import compat

__all__ = ["BATCH", "LAYERS", "layer_matrix", "model_for", "write_layer_matrix"]

BATCH, STEPS, UNITS = 2, 3, 4


def _minimal_cell_class():
    """A recurrent cell of the fewest parts Keras accepts: h = tanh(x W + h U)."""
    keras = compat.keras
    ops = keras.ops if not compat.IS_KERAS_2 else __import__("tensorflow")

    class MinimalCell(keras.layers.Layer):
        def __init__(self, units, **kwargs):
            super().__init__(**kwargs)
            self.units, self.state_size = units, units

        def build(self, input_shape):
            self.kernel = self.add_weight(shape=(input_shape[-1], self.units), initializer="glorot_uniform", name="w")
            self.recurrent = self.add_weight(shape=(self.units, self.units), initializer="orthogonal", name="u")

        def call(self, inputs, states):
            h = ops.tanh(ops.matmul(inputs, self.kernel) + ops.matmul(states[0], self.recurrent))
            return h, [h]

        def get_config(self):
            return {**super().get_config(), "units": self.units}

    return MinimalCell


def _lstm(**kwargs):
    return compat.keras.layers.LSTM(UNITS, stateful=True, **compat.lstm_options(), **kwargs)


def _layers(name: str) -> tuple[list, tuple[int, ...]]:
    keras = compat.keras
    if name == "ConvLSTM1D":
        return [keras.layers.ConvLSTM1D(2, 2, stateful=True), keras.layers.Flatten()], (STEPS, 4, 1)
    return {
        "LSTM": lambda: [_lstm()],
        # the no-cudnn variant's use_cudnn=False is the torch workaround for GRU too
        "GRU": lambda: [keras.layers.GRU(UNITS, stateful=True, **compat.lstm_options())],
        "SimpleRNN": lambda: [keras.layers.SimpleRNN(UNITS, stateful=True)],
        "stacked LSTM": lambda: [_lstm(return_sequences=True), _lstm()],
        "Bidirectional(LSTM)": lambda: [keras.layers.Bidirectional(_lstm())],
        "RNN(custom cell)": lambda: [keras.layers.RNN(_minimal_cell_class()(UNITS), stateful=True)],
    }[name](), (STEPS, 1)


LAYERS = ("LSTM", "GRU", "SimpleRNN", "stacked LSTM", "Bidirectional(LSTM)", "RNN(custom cell)", "ConvLSTM1D")


def model_for(name: str, seed: int = 0):
    """A compiled stateful model of layer ``name`` (one of ``LAYERS``) and inputs of two batches."""
    if name not in LAYERS:
        raise ValueError(f"layer must be one of {', '.join(LAYERS)}; got {name!r}")
    keras = compat.keras
    compat.seed(seed)
    layers, shape = _layers(name)
    first = (
        keras.layers.InputLayer(batch_input_shape=(BATCH, *shape))
        if compat.IS_KERAS_2
        else keras.Input(batch_shape=(BATCH, *shape))
    )
    model = keras.Sequential([first, *layers])
    model.compile(loss="mse", optimizer="adam")
    x = np.random.default_rng(seed + 1).uniform(0, 1, (2 * BATCH, *shape)).astype("float32")
    return model, x


def layer_matrix(progress=None) -> dict:
    """``check_state`` on every layer: the calls' outcomes per layer, with the versions."""
    from .state_check import check_state

    out: dict = {"versions": compat.versions_record(), "layers": {}}
    for name in LAYERS:
        try:
            model, x = model_for(name)
        except Exception as error:  # a layer this Keras cannot make stateful is a finding
            out["layers"][name] = {"build": ["raises", f"{type(error).__name__}: {str(error).splitlines()[0][:200]}"]}
            continue
        result = check_state(model, x)
        out["layers"][name] = {r.call: [r.outcome, r.detail] for r in result.results}
        if progress is not None:
            progress(name, result)
    return out


def write_layer_matrix(out=None, progress=None) -> list:
    """``layer_matrix`` written whole to ``out`` (checked writable before any layer runs); the
    paths written (none without ``out``)."""
    from ..files import check_writable, existing_json, write_json

    if out is not None:
        check_writable(out)
        exists, data = existing_json(out, "a layers' state check")
        if exists and not (isinstance(data, dict) and set(data) == {"versions", "layers"}):
            raise ValueError(f"{out} exists and is not a layers' state check (data/state/*.json); give a new path")
    data = layer_matrix(progress=progress)
    if out is None:
        return []
    write_json(out, data)
    return [out]
