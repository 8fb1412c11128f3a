"""Keras 2 / Keras 3 and backend compatibility: the one module that asks which Keras and which
backend it runs on.

Everything else in the package (and in the tests) builds, resets, reads and writes stateful
layers through the functions here:

- ``keras``: Keras 2 (``tf.keras`` on TF <= 2.15, ``tf_keras`` when ``TF_USE_LEGACY_KERAS=1``) or
  Keras 3 on the backend ``KERAS_BACKEND`` names (tensorflow, jax or torch); ``backend``, its
  ``backends.Backend`` (chosen here once), and ``BACKEND``, its name.
- ``versions()``: the backend and its version, TensorFlow (where it is the backend or gives
  Keras 2), Keras, TensorFlow's oneDNN mode, the CPU features that decide it, the variant.
- ``seed()``, ``clear_session()``: one door for randomness and for the Keras session.
- ``stateful_layers()``, ``reset_states()``, ``read_state()``, ``write_state()``.
- ``fixed_batch_size()``, ``predict()``: prediction that refuses a batch of the wrong size.
- ``single_steps_unrolled()``: the TensorFlow fast loop's one-time-step LSTM layers without the
  symbolic loop (same ops, less overhead).

TensorFlow is imported only for the TensorFlow backend and Keras 2. Thread pools are capped from
``TF_NUM_INTRAOP_THREADS`` / ``TF_NUM_INTEROP_THREADS`` when this module is imported, before the
backend runs its first op.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import inspect
import os
import platform
from dataclasses import dataclass

import numpy as np

from .backends import BACKENDS
from .environment import backend as _backend_name
from .environment import check_environment, variant, verbose

check_environment()  # one clear error for a bad thread count, backend or switch, before anything reads them
if not verbose():
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

_LEGACY = os.environ.get("TF_USE_LEGACY_KERAS") == "1"
#: The Keras backend (``backends.Backend``): TensorFlow (Keras 2 always), JAX or PyTorch; ``BACKEND`` its name.
backend = BACKENDS[_backend_name()]
BACKEND: str = backend.name


def _caps() -> tuple[int | None, int | None]:
    intra = os.environ.get("TF_NUM_INTRAOP_THREADS")
    inter = os.environ.get("TF_NUM_INTEROP_THREADS")
    return (int(intra) if intra else None), (int(inter) if inter else None)


#: TensorFlow's module where it is the backend (the thread caps applied before its first op), else None
tf = backend.start(*_caps(), quiet=not verbose())

if _LEGACY:
    import tf_keras as keras
else:
    import keras

#: True on Keras 2 (``tf.keras`` up to TF 2.15, or ``tf_keras``); detected by feature.
IS_KERAS_2: bool = hasattr(keras.Model, "reset_states")

__all__ = [
    "BACKEND",
    "IS_KERAS_2",
    "Versions",
    "backend",
    "clear_session",
    "fixed_batch_size",
    "gpu_visible",
    "keras",
    "lstm_options",
    "optimizer_variables",
    "predict",
    "read_state",
    "reset_states",
    "seed",
    "single_steps_unrolled",
    "stateful_layers",
    "synchronize",
    "to_numpy",
    "versions",
    "versions_record",
    "write_state",
]


@dataclass(frozen=True)
class Versions:
    """The software a result was measured on, and the CPU features that change its numbers.

    ``onednn``: whether TensorFlow runs its oneDNN custom operations, as TensorFlow reports it
    (on by default only on CPUs with some of ``cpu_features``; ``TF_ENABLE_ONEDNN_OPTS=0/1``
    forces it); results are bit-identical only within one mode.
    """

    python: str
    tensorflow: str | None
    keras: str
    keras_major: int
    backend: str
    backend_version: str
    platform: str
    onednn: bool | None
    cpu_features: tuple[str, ...]
    variant: str | None = None

    @property
    def label(self) -> str:
        """Short label such as ``TF 2.21.0 / Keras 3.15.1 / oneDNN off`` or ``jax 0.10.2 / Keras 3.15.1``."""
        mode = "" if self.onednn is None else f" / oneDNN {'on' if self.onednn else 'off'}"
        head = (
            f"TF {self.tensorflow}" if BACKENDS[self.backend].tensorflow else f"{self.backend} {self.backend_version}"
        )
        return f"{head} / Keras {self.keras}{mode}" + (f" / {self.variant}" if self.variant else "")


def _distribution_version(*names: str) -> str:
    for name in names:
        try:
            return importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            continue
    return "unknown"


#: CPU features that decide TensorFlow's default oneDNN mode on x86 (and which kernels it picks).
CPU_FEATURES = ("avx2", "fma", "avx512f", "avx512_vnni", "avx512_bf16", "avx_vnni", "amx_tile", "amx_bf16", "amx_int8")


def onednn_enabled() -> bool | None:
    """Whether TensorFlow runs its oneDNN custom operations, as TensorFlow itself reports it."""
    try:
        from tensorflow.python.util import _pywrap_util_port
    except ImportError:  # pragma: no cover - every supported TensorFlow has it
        return None
    return bool(_pywrap_util_port.IsMklEnabled())


def cpu_features(cpuinfo: str = "/proc/cpuinfo") -> tuple[str, ...]:
    """The ``CPU_FEATURES`` this CPU has, from the Linux ``flags`` line (empty elsewhere)."""
    try:
        with open(cpuinfo, encoding="utf-8", errors="replace") as handle:
            flags = next((line.split(":", 1)[1].split() for line in handle if line.startswith("flags")), [])
    except OSError:
        return ()
    return tuple(f for f in CPU_FEATURES if f in flags)


def versions() -> Versions:
    """Return the Python, backend, TensorFlow, Keras versions and TensorFlow's oneDNN mode."""
    if IS_KERAS_2:
        keras_version = _distribution_version("tf-keras" if _LEGACY else "keras")
    else:
        keras_version = keras.__version__
    return Versions(
        python=platform.python_version(),
        tensorflow=tf.__version__ if tf is not None else None,
        keras=keras_version,
        keras_major=2 if IS_KERAS_2 else 3,
        backend=backend.name,
        backend_version=backend.version(),
        platform=f"{platform.system()}-{platform.machine()}",
        onednn=onednn_enabled() if tf is not None else None,
        cpu_features=cpu_features(),
        variant=variant(),
    )


def lstm_options() -> dict:
    """Keyword arguments every LSTM layer of the article's models gets: none, or the variant's."""
    if variant() == "no-cudnn":
        if IS_KERAS_2:
            raise ValueError("the no-cudnn variant needs Keras 3 (its LSTM takes use_cudnn); this is Keras 2")
        return {"use_cudnn": False}
    return {}


def versions_record() -> dict:
    """``versions()`` as plain JSON data: what reports, calibration files and the known failures
    read (one place turns the versions into a dict)."""
    import dataclasses
    import json

    return json.loads(json.dumps(dataclasses.asdict(versions())))


def seed(value: int) -> None:
    """Seed Python, NumPy and TensorFlow; call right before building each model."""
    keras.utils.set_random_seed(int(value))


def clear_session() -> None:
    """Drop Keras's global state (layer name counters, graphs) between tests and models.

    Keras >= 3.5 also runs a full garbage collection by default (about 0.4 s with TensorFlow
    loaded); it is skipped here, the next collection frees the same memory.
    """
    if "free_memory" in inspect.signature(keras.backend.clear_session).parameters:
        keras.backend.clear_session(free_memory=False)
    else:
        keras.backend.clear_session()


def stateful_layers(model) -> list:
    """Return the stateful RNN layers of ``model``, in order, looking inside nested models; a
    ``Bidirectional`` gives its two layers (its state is theirs, on Keras 2 and 3)."""
    found = []
    for layer in model.layers:
        if hasattr(layer, "forward_layer"):
            found += [i for i in (layer.forward_layer, layer.backward_layer) if getattr(i, "stateful", False)]
        elif hasattr(layer, "layers"):
            found += stateful_layers(layer)
        elif getattr(layer, "stateful", False):
            found.append(layer)
    return found


def reset_states(model) -> None:
    """Zero the state of every stateful layer of ``model`` (Keras 2 ``model.reset_states()``)."""
    for layer in stateful_layers(model):
        layer.reset_states()


def _require_stateful(layer) -> None:
    if not getattr(layer, "stateful", False):
        raise ValueError(f"layer {layer.name!r} must be a stateful RNN layer (got stateful=False)")
    if layer.states is None or layer.states[0] is None:
        raise ValueError(f"layer {layer.name!r} must be built before its state is used")


def read_state(layer) -> tuple[np.ndarray, ...]:
    """Return copies of the state arrays of a stateful layer: ``(h, c)`` for an LSTM."""
    _require_stateful(layer)
    return tuple(np.array(to_numpy(var), copy=True) for var in layer.states)


def to_numpy(variable) -> np.ndarray:
    """A variable's (or tensor's) value as a NumPy array, on any Keras and backend."""
    return np.asarray(variable.numpy() if IS_KERAS_2 else keras.ops.convert_to_numpy(variable))


def write_state(layer, state) -> None:
    """Set the state of a stateful layer; shapes must match exactly.

    Keras 2 wrote it with ``layer.reset_states(states=[h, c])``, which Keras 3 refuses; both
    accept an assignment to the state variables, which is what this does.
    """
    _require_stateful(layer)
    state = [np.asarray(s, dtype="float32") for s in state]
    if len(state) != len(layer.states):
        raise ValueError(
            f"state for layer {layer.name!r} must have {len(layer.states)} arrays (h, c), got {len(state)}"
        )
    for i, (var, value) in enumerate(zip(layer.states, state)):
        expected, name = tuple(var.shape), "hc"[i] if len(state) <= 2 else str(i)
        if value.shape != expected:
            raise ValueError(f"state {name} for layer {layer.name!r} must have shape {expected}, got {value.shape}")
    for var, value in zip(layer.states, state):
        var.assign(value)


def fixed_batch_size(model) -> int | None:
    """Return the batch size a model was built for, or None when it takes any."""
    dim = model.inputs[0].shape[0]
    return None if dim is None else int(dim)


def predict(model, x) -> np.ndarray:
    """Run one batch through ``model`` (advancing any state), refusing a wrong batch size.

    Keras 2 and Keras <= 3.11 broadcast a smaller batch into a stateful model silently, and the
    others fail with messages that differ by version; this check gives one error everywhere.
    """
    x = np.asarray(x, dtype="float32")
    expected = fixed_batch_size(model)
    if expected is not None and stateful_layers(model) and x.shape[0] != expected:
        raise ValueError(f"batch size of a stateful model is fixed at {expected}; got a batch of {x.shape[0]}")
    return np.asarray(model.predict_on_batch(x))


def optimizer_variables(model) -> list:
    """Build ``model``'s optimizer now (it is otherwise built in the first train step) and
    return its variables: step counter, moments and any learning-rate variable."""
    optimizer = model.optimizer
    if not getattr(optimizer, "built", False):
        optimizer.build(model.trainable_variables)
    variables = optimizer.variables
    return list(variables() if callable(variables) else variables)


def synchronize(model) -> None:
    """Wait until the model's variables hold their values: JAX dispatches asynchronously, so a
    training call can return before its steps have run (a timing must wait for them)."""
    backend.synchronize(model)


def gpu_visible() -> bool:
    """Whether the backend in use sees a GPU (so LSTM layers may take cuDNN kernels)."""
    return backend.gpu_visible()


def _time_steps(layer) -> int | None:
    try:
        return layer.input.shape[1]
    except (AttributeError, ValueError, IndexError):
        return None


@contextlib.contextmanager
def single_steps_unrolled(model):
    """While inside, the LSTM layers of ``model`` that see one time step run unrolled.

    With one time step, the symbolic loop (``tf.while_loop`` and its gradient's accumulators)
    runs one iteration of the same cell ops that the unrolled graph runs once; only the loop's
    overhead goes. Used around the fast training loop, whose weights
    ``P.fast-protocol-identical`` checks bit for bit against ``fit`` on every Keras (1.6x faster
    a step on Keras 3.15, 2.6x on Keras 2.15, measured here on CPU). Layers that see more time
    steps are left alone (unrolling them changes the summation order of the gradient), and so
    is everything when a GPU is visible (unrolling would switch cuDNN off). Keras 2 decides its
    kernel in ``__init__`` (``_could_use_gpu_kernel``), Keras 3 in each call (``unroll``).
    """
    layers = []
    if backend.unrolls_single_steps():
        layers = [
            layer
            for layer in model.layers
            if isinstance(layer, keras.layers.LSTM) and not layer.unroll and _time_steps(layer) == 1
        ]
    saved = [(layer.unroll, getattr(layer, "_could_use_gpu_kernel", None)) for layer in layers]
    try:
        for layer in layers:
            layer.unroll = True
            if IS_KERAS_2:
                layer._could_use_gpu_kernel = False
        yield layers
    finally:
        for layer, (unroll, gpu_kernel) in zip(layers, saved):
            layer.unroll = unroll
            if IS_KERAS_2:
                layer._could_use_gpu_kernel = gpu_kernel
