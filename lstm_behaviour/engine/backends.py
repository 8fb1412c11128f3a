"""Keras's backends, one object each (``BACKENDS``), chosen once from the name Keras reads.

Importing this module loads no backend. A ``Backend`` holds what the environment check, the
tables and the reports need: its name (``KERAS_BACKEND``), the label tables give it, the
package and extra that install it, its place in tables, whether its versions are TensorFlow's
(TensorFlow's version and oneDNN mode recorded; Keras 2 possible), and the workaround that
carries a stateful layer's state where the backend drops or refuses it (docs/findings.md). Its
methods import the backend when a run calls them: thread caps at start-up, the version, the GPU
probe, waiting for asynchronous work, whether one-time-step LSTM layers run unrolled. Each
backend is a class (``TensorFlow``, ``Jax``, ``Torch``): the code written once per backend (the
fast training loop in ``fast_loops``, the plain training step and its profile in ``floor``) is
keyed by it there.

No other module of the package branches on a backend's name (tests/test_layout.py checks):
they ask the backend in use (``compat.backend``) or the one a record names (``backend_of``).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["BACKENDS", "DEFAULT", "Backend", "Jax", "TensorFlow", "Torch", "backend_of", "on_tensorflow"]


@contextlib.contextmanager
def _quiet_stderr(quiet: bool):
    """Hide what TensorFlow's C++ start-up writes to stderr (CUDA probing on a machine without a
    GPU) where ``quiet``; Python errors raised inside still propagate."""
    if not quiet:
        yield
        return
    saved = os.dup(2)
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(devnull)


@dataclass(frozen=True)
class Backend:
    """One Keras backend: its facts, and what a run on it does differently."""

    name: str  # what KERAS_BACKEND and Keras's config name it
    label: str  # what tables and the badge call it
    package: str  # the module that must be installed, and the extra that installs it
    order: int  # its place in tables
    tensorflow: bool = False  # its versions are TensorFlow's (and oneDNN's); Keras 2 runs on it
    state_workaround: str = ""  # what carries a stateful layer's state where this backend does not

    def start(self, intra: int | None, inter: int | None, quiet: bool = True):
        """Cap the backend's thread pools before its first op, and load what loads first
        (TensorFlow's module on TensorFlow, returned, its start-up lines hidden where ``quiet``;
        else None)."""
        return None

    def version(self) -> str:
        raise NotImplementedError

    def gpu_visible(self) -> bool:
        raise NotImplementedError

    def synchronize(self, model) -> None:
        """Wait until the model's variables hold their values (a timing must wait for them)."""

    def unrolls_single_steps(self) -> bool:
        """Whether the fast loop runs one-time-step LSTM layers unrolled (``compat.single_steps_unrolled``)."""
        return False


class TensorFlow(Backend):
    def start(self, intra, inter, quiet=True):
        with _quiet_stderr(quiet):
            import tensorflow as tf

            try:
                if intra:
                    tf.config.threading.set_intra_op_parallelism_threads(intra)
                if inter:
                    tf.config.threading.set_inter_op_parallelism_threads(inter)
            except RuntimeError:  # TensorFlow already initialised its runtime: too late, keep its pools
                pass
            tf.config.list_physical_devices("GPU")  # the CUDA probe prints here, not at import
        return tf

    def version(self) -> str:
        import tensorflow as tf

        return tf.__version__

    def gpu_visible(self) -> bool:
        import tensorflow as tf

        return bool(tf.config.list_logical_devices("GPU"))

    def unrolls_single_steps(self) -> bool:
        return not self.gpu_visible()  # unrolling would switch cuDNN off


class Jax(Backend):
    def start(self, intra, inter, quiet=True):
        if intra and "XLA_FLAGS" not in os.environ:  # before jax loads: XLA's CPU thread pool
            os.environ["XLA_FLAGS"] = f"--xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads={intra}"

    def version(self) -> str:
        import jax

        return jax.__version__

    def gpu_visible(self) -> bool:
        import jax

        return any(d.platform == "gpu" for d in jax.devices())

    def synchronize(self, model) -> None:  # JAX dispatches asynchronously
        import jax

        jax.block_until_ready([v.value for v in model.variables])


class Torch(Backend):
    def start(self, intra, inter, quiet=True):
        import torch

        if intra:
            torch.set_num_threads(intra)
        if inter:
            with contextlib.suppress(RuntimeError):  # only settable before the first parallel work
                torch.set_num_interop_threads(inter)

    def version(self) -> str:
        import torch

        return torch.__version__.split("+")[0]  # 2.13.0+cpu: the build tag is not a version

    def gpu_visible(self) -> bool:
        import torch

        return torch.cuda.is_available()


#: every backend this project runs, in table order; the first is Keras's default
BACKENDS: dict[str, Backend] = {
    b.name: b
    for b in (
        TensorFlow("tensorflow", "TensorFlow", "tensorflow", 0, tensorflow=True),
        Jax(
            "jax",
            "JAX",
            "jax",
            1,
            state_workaround="on JAX only a direct call model(x) carries the state of a stateful layer: "
            "run the batches through model(x), one at a time",
        ),
        Torch(
            "torch",
            "PyTorch",
            "torch",
            2,
            state_workaround="on PyTorch, build stateful LSTM and GRU layers with use_cudnn=False: training "
            "them with the default use_cudnn='auto' raises RuntimeError (Keras 3.14-3.15.1); their config "
            "omits use_cudnn, so a model copied with clone_model or loaded from a file needs it set again",
        ),
    )
}
#: the backend Keras uses when nothing names one (and the only one of Keras 2)
DEFAULT: Backend = next(iter(BACKENDS.values()))


def backend_of(record: Mapping) -> Backend | None:
    """The backend a record of versions names (a report's environment, a calibration file's
    versions): ``DEFAULT`` where it names none, None where it names one this project does not run."""
    return BACKENDS.get(record.get("backend") or DEFAULT.name)


def on_tensorflow(record: Mapping) -> bool:
    """Whether a record of versions is of a TensorFlow setup (its versions hold TensorFlow's)."""
    backend = backend_of(record)
    return backend is not None and backend.tensorflow
