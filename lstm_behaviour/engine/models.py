"""The article's three models, built on Keras 2 or Keras 3 with a seed.

``dense``: Flatten + Dense(16); ``lstm``: LSTM(16); ``lstm_ful``: LSTM(16, stateful=True) with a
fixed batch size. Each ends in Dense(26, softmax), compiled with Adam, categorical
cross-entropy and accuracy, as in the article.
"""

from __future__ import annotations

from .compat import keras, lstm_options
from .compat import seed as _seed
from .data import N_CLASSES

MODEL_KINDS = ("dense", "lstm", "lstm_ful")
UNITS = 16

__all__ = ["MODEL_KINDS", "UNITS", "build_model", "lstm_network", "stateless_twin"]


def _check_kind(kind: str) -> None:
    if kind not in MODEL_KINDS:
        raise ValueError(f"model kind must be one of {', '.join(MODEL_KINDS)}; got {kind!r}")


def build_model(kind: str, shape: tuple[int, ...], *, batch_size: int | None = None, seed: int, units: int = UNITS):
    """Build and compile the article's ``kind`` model for inputs of ``shape``.

    ``batch_size`` is required for ``lstm_ful`` (a stateful model has a fixed batch size) and
    ignored otherwise. ``units``: the width of the LSTM or of the first Dense layer (the
    article's 16 unless a row says otherwise). The seed is set right before the weights are drawn.
    """
    _check_kind(kind)
    if isinstance(units, bool) or not isinstance(units, int) or units < 1:
        raise ValueError(f"units must be a positive integer, got {units!r}")
    shape = tuple(int(d) for d in shape)
    if kind == "lstm_ful" and (batch_size is None or int(batch_size) < 1):
        raise ValueError(f"batch_size of an lstm_ful model must be a positive integer, got {batch_size!r}")
    _seed(seed)
    if kind == "dense":
        body = [keras.Input(shape=shape), keras.layers.Flatten(), keras.layers.Dense(units)]
    elif kind == "lstm":
        body = [keras.Input(shape=shape), keras.layers.LSTM(units, name="lstm", **lstm_options())]
    else:
        body = [
            keras.Input(batch_shape=(int(batch_size),) + shape),
            keras.layers.LSTM(units, stateful=True, name="lstm", **lstm_options()),
        ]
    model = keras.Sequential(body + [keras.layers.Dense(N_CLASSES, activation="softmax")])
    model.compile(loss="categorical_crossentropy", optimizer="adam", metrics=["accuracy"])
    return model


def lstm_network(
    shape: tuple[int, ...],
    *,
    units: int = 4,
    batch_size: int | None = None,
    stateful: bool = False,
    return_sequences: bool = False,
    layers: int = 1,
    seed: int = 0,
):
    """A bare stack of LSTM layers (no head), for the state-mechanics claims."""
    if stateful and batch_size is None:
        raise ValueError("batch_size of a stateful network must be a positive integer, got None")
    _seed(seed)
    if batch_size is None:
        inputs = keras.Input(shape=tuple(shape))
    else:
        inputs = keras.Input(batch_shape=(int(batch_size),) + tuple(shape))
    stack = [inputs]
    for i in range(layers):
        last = i == layers - 1
        stack.append(
            keras.layers.LSTM(
                units,
                stateful=stateful,
                return_sequences=return_sequences or not last,
                name=f"lstm_{i}",
                **lstm_options(),
            )
        )
    return keras.Sequential(stack)


def stateless_twin(model, shape: tuple[int, ...] | None = None, return_sequences: bool | None = None):
    """A stateless copy of an LSTM stack with the same weights, for any batch size.

    ``shape`` overrides the per-sample input shape (for example more time steps); the weights do
    not depend on the number of time steps.
    """
    lstm_layers = [layer for layer in model.layers if isinstance(layer, keras.layers.LSTM)]
    if len(lstm_layers) != len(model.layers):
        raise ValueError(
            f"stateless_twin needs a stack of LSTM layers only; got {[type(layer).__name__ for layer in model.layers]}"
        )
    shape = tuple(model.inputs[0].shape[1:]) if shape is None else tuple(shape)
    last = lstm_layers[-1].return_sequences if return_sequences is None else return_sequences
    twin = keras.Sequential(
        [keras.Input(shape=shape)]
        + [
            keras.layers.LSTM(
                layer.units,
                return_sequences=layer.return_sequences if i < len(lstm_layers) - 1 else last,
                **lstm_options(),
            )
            for i, layer in enumerate(lstm_layers)
        ]
    )
    twin.set_weights(model.get_weights())
    return twin
