"""Minimal reproductions, in plain Keras, of the findings on Keras 3's JAX and torch backends.

Each is a script that needs only ``keras``, numpy and the backend's package, prints what it
saw, and names the symptom it shows (``Reproduction.shows``). docs/findings.md prints them;
tests/test_reproductions.py runs the one for the backend in use and checks that it still shows
the symptom, so the docs cannot drift from what Keras does. Nothing here imports TensorFlow.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["REPRODUCTIONS", "UPSTREAM", "Reproduction"]


@dataclass(frozen=True)
class Reproduction:
    """A plain-Keras script, the backend it is for, and the line its output shows the finding with."""

    backend: str
    title: str
    script: str
    shows: str  # a line the script prints while the finding holds
    upstream: str = ""  # the public issue or pull request about it, where one exists

    def run(self, python: str | None = None, env: dict | None = None, timeout: int = 300):
        """The script run by ``python`` (this interpreter by default) from a file of its own, in
        ``env`` (this process's, quieted, by default): the completed process, output captured."""
        import os
        import subprocess
        import sys
        import tempfile
        from pathlib import Path

        env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "2"} if env is None else env
        with tempfile.TemporaryDirectory() as folder:
            script = Path(folder, "reproduce.py")
            script.write_text(self.script, encoding="utf-8")
            return subprocess.run(
                [python or sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=timeout
            )


_STATE_AFTER_CALLS = """import os

os.environ["KERAS_BACKEND"] = "jax"
import keras
import numpy as np

inputs = keras.Input(batch_shape=(1, 1, 1))
lstm = keras.layers.LSTM(4, stateful=True)
model = keras.Model(inputs, lstm(inputs))
model.compile(optimizer="sgd", loss="mse")
x, y = np.full((1, 1, 1), 0.5, "float32"), np.zeros((1, 4), "float32")


def state():
    return "zeros" if not np.any(keras.ops.convert_to_numpy(lstm.states[0])) else "advanced"


for name, call in [
    ("predict_on_batch", lambda: model.predict_on_batch(x)),
    ("predict", lambda: model.predict(x, verbose=0)),
    ("evaluate", lambda: model.evaluate(x, y, verbose=0)),
    ("train_on_batch", lambda: model.train_on_batch(x, y)),
    ("fit", lambda: model.fit(x, y, epochs=1, verbose=0)),
    ("direct call", lambda: model(x)),
]:
    lstm.reset_state()
    call()
    print(f"state after {name}: {state()}")
"""

_JAX_OTHER_LAYERS = """import os

os.environ["KERAS_BACKEND"] = "jax"
import keras
import numpy as np

x, y = np.full((1, 1, 1), 0.5, "float32"), np.zeros((1, 4), "float32")
for layer in (keras.layers.GRU(4, stateful=True), keras.layers.SimpleRNN(4, stateful=True)):
    inputs = keras.Input(batch_shape=(1, 1, 1))
    model = keras.Model(inputs, layer(inputs))
    model.compile(optimizer="sgd", loss="mse")
    calls = [("predict", lambda: model.predict(x, batch_size=1, verbose=0)), ("direct call", lambda: model(x))]
    for name, call in calls:
        layer.reset_state()
        call()
        state = "zeros" if not np.any(keras.ops.convert_to_numpy(layer.states[0])) else "advanced"
        print(f"{type(layer).__name__} state after {name}: {state}")
"""

_TORCH_FIT = """import os

os.environ["KERAS_BACKEND"] = "torch"
import keras
import numpy as np

x, y = np.full((2, 1, 1), 0.5, "float32"), np.zeros((2, 4), "float32")
for use_cudnn in ("auto", False):
    inputs = keras.Input(batch_shape=(1, 1, 1))
    model = keras.Model(inputs, keras.layers.LSTM(4, stateful=True, use_cudnn=use_cudnn)(inputs))
    model.compile(optimizer="sgd", loss="mse")
    try:
        model.fit(x, y, batch_size=1, epochs=1, shuffle=False, verbose=0)
        print(f"use_cudnn={use_cudnn!r}: fit trains")
    except RuntimeError as error:
        print(f"use_cudnn={use_cudnn!r}: RuntimeError: {str(error).split(':')[0]}")
"""

_TORCH_GRU_AND_COPIES = """import os

os.environ["KERAS_BACKEND"] = "torch"
import keras
import numpy as np

x, y = np.full((2, 1, 1), 0.5, "float32"), np.zeros((2, 4), "float32")


def fit(model):
    model.compile(optimizer="sgd", loss="mse")
    try:
        model.fit(x, y, batch_size=1, epochs=1, shuffle=False, verbose=0)
        return "fit trains"
    except RuntimeError as error:
        return f"RuntimeError: {str(error).split(':')[0]}"


inputs = keras.Input(batch_shape=(1, 1, 1))
print(f"GRU, use_cudnn='auto': {fit(keras.Model(inputs, keras.layers.GRU(4, stateful=True)(inputs)))}")
inputs = keras.Input(batch_shape=(1, 1, 1))
lstm = keras.Model(inputs, keras.layers.LSTM(4, stateful=True, use_cudnn=False)(inputs))
print(f"LSTM, use_cudnn=False: {fit(lstm)}")
print(f"its clone_model copy: {fit(keras.models.clone_model(lstm))}")
"""

REPRODUCTIONS: tuple[Reproduction, ...] = (
    Reproduction(
        "jax",
        "JAX: only a direct call carries a stateful LSTM's state",
        _STATE_AFTER_CALLS,
        "state after predict_on_batch: zeros",
    ),
    Reproduction(
        "jax",
        "JAX: GRU and SimpleRNN lose their state alike",
        _JAX_OTHER_LAYERS,
        "GRU state after predict: zeros",
    ),
    Reproduction(
        "torch",
        "torch: fit of a stateful LSTM raises unless use_cudnn=False",
        _TORCH_FIT,
        "use_cudnn='auto': RuntimeError: one of the variables needed for gradient computation has been modified by "
        "an inplace operation",
    ),
    Reproduction(
        "torch",
        "torch: a stateful GRU raises too; a copy made with clone_model loses use_cudnn=False",
        _TORCH_GRU_AND_COPIES,
        "GRU, use_cudnn='auto': RuntimeError: one of the variables needed for gradient computation has been "
        "modified by an inplace operation",
        upstream="the GRU's error is keras-team/keras#23462 (closed, fixed by #23464); use_cudnn left out of "
        "get_config, so a copy rebuilt from its config loses it, is keras-team/keras#21533 (open; the open pull "
        "request #21534 changes Bidirectional only)",
    ),
)

_UPSTREAM_LOST = """import keras
import numpy as np

x, y = np.full((1, 1, 1), 0.5, "float32"), np.zeros((1, 4), "float32")
inputs = keras.Input(batch_shape=(1, 1, 1))
lstm = keras.layers.LSTM(4, stateful=True)
model = keras.Model(inputs, lstm(inputs))
model.compile(optimizer="sgd", loss="mse")
calls = {
    "direct call": lambda: model(x),
    "predict_on_batch": lambda: model.predict_on_batch(x),
    "predict": lambda: model.predict(x, batch_size=1, verbose=0),
    "evaluate": lambda: model.evaluate(x, y, batch_size=1, verbose=0),
    "train_on_batch": lambda: model.train_on_batch(x, y),
    "fit": lambda: model.fit(x, y, batch_size=1, epochs=1, verbose=0),
}
for name, call in calls.items():
    lstm.reset_state()
    call()  # one batch of a stateful LSTM: its state must now hold that batch's (h, c)
    got = "zeros" if not np.any(keras.ops.convert_to_numpy(lstm.states[0].value)) else "advanced"
    print(f"{keras.backend.backend()}, {name}: state expected advanced, got {got}")
"""

_UPSTREAM_FROZEN = """import keras
import numpy as np

x = np.full((1, 1, 1), 0.5, "float32")
inputs = keras.Input(batch_shape=(1, 1, 1))
lstm = keras.layers.LSTM(4, stateful=True)
model = keras.Model(inputs, lstm(inputs))


def state():
    return [keras.ops.convert_to_numpy(v.value).copy() for v in lstm.states]


def put(values):
    for variable, value in zip(lstm.states, values):
        variable.assign(value)


def output_from(values):  # a direct call's output from the state `values`; the state is put back after
    kept = state()
    put(values)
    out = keras.ops.convert_to_numpy(model(x))
    put(kept)
    return out


model(x)  # a direct call: the state is no longer zero
first = state()


def two_direct_calls():
    model(x)
    model(x)


steps = [("its first call", None), ("reset_state()", lstm.reset_state), ("two direct calls", two_direct_calls)]
calls = [("predict_on_batch", model.predict_on_batch), ("predict", lambda x: model.predict(x, batch_size=1, verbose=0))]
for step, change in steps:
    if change:
        change()
    now = state()
    known = {"the state now": now, "the state at its first call": first, "zeros": [0 * s for s in now]}
    for name, call in calls:
        out = call(x)
        got = next((k for k, v in known.items() if np.allclose(out, output_from(v), atol=1e-6)), "another state")
        print(f"{keras.backend.backend()}, {name} after {step}: reads expected the state now, got {got}")
        put(now)  # the call's own step taken back, so that both calls start from the same state
"""

#: the reproductions of docs/upstream/jax-stateful-state.md: plain Keras 3 on whichever backend
#: ``KERAS_BACKEND`` names, each line ``<backend>, <what>: ... expected E, got G``; on a backend
#: that keeps a stateful layer's state every line has E == G (tests/test_upstream.py)
UPSTREAM: tuple[Reproduction, ...] = (
    Reproduction(
        "jax",
        "The state after one batch, per Keras API",
        _UPSTREAM_LOST,
        "jax, predict_on_batch: state expected advanced, got zeros",
    ),
    Reproduction(
        "jax",
        "The state a compiled predict reads: fixed at its first call",
        _UPSTREAM_FROZEN,
        "jax, predict_on_batch after reset_state(): reads expected the state now, got the state at its first call",
    ),
)
