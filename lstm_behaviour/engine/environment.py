"""The environment variables this project reads, checked before TensorFlow or Keras is imported.

- ``KERAS_BACKEND``: ``tensorflow`` (the default), ``jax`` or ``torch``, with that package
  installed (Keras 3's other backends have no stateful LSTM training to specify);
- ``TF_NUM_INTRAOP_THREADS``, ``TF_NUM_INTEROP_THREADS``, ``OMP_NUM_THREADS``: positive integers
  (the thread caps, applied to whichever backend runs; TensorFlow aborts the process on a
  negative one);
- ``TF_USE_LEGACY_KERAS``: ``0`` or ``1``; ``1`` needs ``tf-keras`` installed;
- ``TF_ENABLE_ONEDNN_OPTS``: ``0`` or ``1`` (forces TensorFlow's oneDNN mode; unset, the CPU decides);
- ``LSTM_BEHAVIOUR_VERBOSE``: ``0`` or ``1``; ``1`` lets TensorFlow's start-up lines through;
- ``LSTM_BEHAVIOUR_VARIANT``: empty, or a named workaround in ``VARIANTS`` that the models apply
  (recorded in every report, so a variant is its own column).

Keras's own configuration file counts as Keras reads it (``keras_config``):
``$KERAS_HOME/keras.json``, else ``~/.keras/keras.json`` (``/tmp/.keras`` where the home folder
cannot be written); its ``backend`` is the backend unless ``KERAS_BACKEND`` is set, and a
``floatx`` other than float32 is refused for a claims run (``check_floatx``: the claims are
calibrated on float32).

``check_environment()`` raises ``EnvironmentProblem`` with one line naming the variable, what
was expected and what was got. Nothing here imports TensorFlow.
"""

from __future__ import annotations

import importlib.util
import os

from ..files import whole_number
from .backends import BACKENDS, DEFAULT

__all__ = [
    "THREAD_VARIABLES",
    "VARIANTS",
    "EnvironmentProblem",
    "backend",
    "cap_threads",
    "check_environment",
    "check_floatx",
    "exit_on_second_interrupt",
    "keras_config",
    "variant",
    "verbose",
]

#: The thread caps, in one place: each process of a run sets them to 1 unless the environment says otherwise.
THREAD_VARIABLES = ("TF_NUM_INTRAOP_THREADS", "TF_NUM_INTEROP_THREADS", "OMP_NUM_THREADS")
_INTEGERS = THREAD_VARIABLES
_SWITCHES = ("TF_USE_LEGACY_KERAS", "TF_ENABLE_ONEDNN_OPTS", "LSTM_BEHAVIOUR_VERBOSE")
_MAX_THREADS = 1024
#: Named workarounds a user can apply, and what each changes.
VARIANTS = {"no-cudnn": "every LSTM layer built with use_cudnn=False (Keras 3)"}


class EnvironmentProblem(ValueError):
    """An environment variable this project reads holds something it cannot use."""


def cap_threads(environ=None) -> None:
    """One thread per pool (``THREAD_VARIABLES``) unless set: call before the backend is imported,
    so that the processes of one run do not fight over the cores."""
    env = os.environ if environ is None else environ
    for name in THREAD_VARIABLES:
        env.setdefault(name, "1")


def keras_config_path(environ=None) -> str:
    """Where Keras reads keras.json (keras/src/backend/config.py, Keras 3.15.1; Keras 2 alike)."""
    env = os.environ if environ is None else environ
    if "KERAS_HOME" in env:
        return os.path.join(env["KERAS_HOME"], "keras.json")
    base = os.path.expanduser("~")
    if not os.access(base, os.W_OK):
        base = "/tmp"
    return os.path.join(base, ".keras", "keras.json")


def keras_config(environ=None) -> dict:
    """keras.json's settings as Keras reads them: {} where the file is absent or not JSON (Keras
    then uses its defaults); a file that is not a regular file, is over 1 MiB, or holds JSON that
    is not an object (Keras fails on import) is an ``EnvironmentProblem``."""
    import json

    from ..files import read_bounded

    path = keras_config_path(environ)
    if not os.path.exists(path):
        return {}
    try:
        raw = read_bounded(path, "Keras's keras.json", limit=1 << 20)
    except ValueError as error:  # not a regular file, too large, unreadable
        raise EnvironmentProblem(str(error)) from None
    try:
        data = json.loads(raw.decode("utf-8", "replace"))
    except ValueError:
        return {}
    except RecursionError:  # nested too deep for Python's reader, and for Keras's, which then fails
        raise EnvironmentProblem(f"{path}: must be a JSON object; it nests too deep to read") from None
    if not isinstance(data, dict):  # Keras reads .get() of it on import, and fails
        raise EnvironmentProblem(
            f"{path}: must be a JSON object (Keras fails on import otherwise); got {type(data).__name__}"
        )
    return data


#: keras.json's keys Keras checks at import, and what it accepts
_KERAS_CONFIG_VALUES = (
    ("floatx", lambda v: v in ("float16", "float32", "float64"), "float16, float32 or float64"),
    ("epsilon", lambda v: isinstance(v, float), "a decimal number such as 1e-07"),
    ("image_data_format", lambda v: v in ("channels_last", "channels_first"), "channels_last or channels_first"),
    ("backend", lambda v: isinstance(v, str) and bool(v), "a backend's name"),
)


def _keras_config_problems(environ) -> None:
    """keras.json values Keras itself would refuse at import (its backend only where
    KERAS_BACKEND does not override it), said in one line first."""
    config, path = keras_config(environ), keras_config_path(environ)
    for key, ok, expected in _KERAS_CONFIG_VALUES:
        if key == "backend" and environ.get("KERAS_BACKEND"):
            continue
        if key in config and not ok(config[key]):
            raise EnvironmentProblem(f"{path}: {key} must be {expected}, got {config[key]!r}")


def check_floatx(environ=None) -> None:
    """Refuse a claims run whose Keras computes in anything but float32 (keras.json's floatx)."""
    floatx = keras_config(environ).get("floatx", "float32")
    if floatx != "float32":
        raise EnvironmentProblem(
            f"{keras_config_path(environ)} sets floatx to {floatx!r}; the claims are calibrated on float32: "
            "set it to float32, or point KERAS_HOME to a folder without that keras.json"
        )


def check_environment(environ=None, *, backend_needed: bool = True) -> None:
    """Refuse values of the variables above that would crash or silently misconfigure a run.

    ``backend_needed=False`` (a command that reads and writes files only) still checks the
    backend's name, not that its package is installed."""
    env = os.environ if environ is None else environ
    for name in _INTEGERS:
        value = env.get(name)
        if value is None or value == "":
            continue
        try:
            whole_number(value, name, 1, _MAX_THREADS)
        except ValueError:
            raise EnvironmentProblem(
                f"{name} must be a whole number of threads from 1 to {_MAX_THREADS}, got {value!r}"
            ) from None
    for name in _SWITCHES:
        value = env.get(name)
        if value is not None and value not in ("", "0", "1"):
            raise EnvironmentProblem(f"{name} must be 0 or 1, got {value!r}")
    variant = env.get("LSTM_BEHAVIOUR_VARIANT")
    if variant and variant not in VARIANTS:
        known = ", ".join(VARIANTS)
        raise EnvironmentProblem(f"LSTM_BEHAVIOUR_VARIANT must be empty or one of {known}, got {variant!r}")
    if env.get("TF_USE_LEGACY_KERAS") == "1" and importlib.util.find_spec("tf_keras") is None:
        raise EnvironmentProblem(
            "TF_USE_LEGACY_KERAS=1 needs tf-keras, which is not installed: "
            "pip install 'tf-keras==<your TensorFlow's major.minor>.*', or unset TF_USE_LEGACY_KERAS"
        )
    _keras_config_problems(env)
    chosen = backend(env)
    if chosen not in BACKENDS:
        where = "KERAS_BACKEND" if env.get("KERAS_BACKEND") else f"the backend of {keras_config_path(env)}"
        raise EnvironmentProblem(
            f"{where} must be one of {', '.join(BACKENDS)}, got {chosen!r} "
            "(Keras 3's other backends cannot train a stateful LSTM as the article does)"
        )
    backend_name, package = chosen, BACKENDS[chosen].package
    if not backend_needed:
        return
    if importlib.util.find_spec(package) is None:
        raise EnvironmentProblem(
            f"the {backend_name} backend needs {package}, which is not installed: "
            f"pip install 'lstm-behaviour[{package}]'"
        )
    if not BACKENDS[chosen].tensorflow and (env.get("TF_USE_LEGACY_KERAS") == "1" or _keras_major() == 2):
        raise EnvironmentProblem(
            f"KERAS_BACKEND={backend_name} needs Keras 3; this environment gives Keras 2 "
            "(TF_USE_LEGACY_KERAS=1 or keras 2.x installed)"
        )


def _keras_major() -> int | None:
    """The major version of the installed ``keras`` distribution, read without importing it."""
    import importlib.metadata

    try:
        return int(importlib.metadata.version("keras").split(".")[0])
    except (importlib.metadata.PackageNotFoundError, ValueError):
        return None


def backend(environ=None) -> str:
    """The Keras backend in use, as Keras chooses it: ``KERAS_BACKEND``, else keras.json's
    ``backend``, else ``tensorflow`` (Keras 2 and ``TF_USE_LEGACY_KERAS=1``: always TensorFlow)."""
    env = os.environ if environ is None else environ
    if env.get("TF_USE_LEGACY_KERAS") == "1":
        return DEFAULT.name
    if env.get("KERAS_BACKEND"):
        return env["KERAS_BACKEND"]
    configured = keras_config(env).get("backend")
    return configured if isinstance(configured, str) and configured else DEFAULT.name


def variant(environ=None) -> str | None:
    """The workaround in use (``LSTM_BEHAVIOUR_VARIANT``), or None."""
    env = os.environ if environ is None else environ
    return env.get("LSTM_BEHAVIOUR_VARIANT") or None


def verbose(environ=None) -> bool:
    """Whether TensorFlow's start-up lines are wanted (``LSTM_BEHAVIOUR_VERBOSE=1``)."""
    env = os.environ if environ is None else environ
    return env.get("LSTM_BEHAVIOUR_VERBOSE") == "1"


def exit_on_second_interrupt() -> None:
    """Make a second Ctrl-C end the process at once (exit status 130).

    The first Ctrl-C raises ``KeyboardInterrupt`` as usual, so the run stops cleanly and writes
    nothing half-done; a second one cannot be swallowed by a callback that ignores exceptions
    (a weak reference's, TensorFlow's) while the first is being handled. Main thread only.
    """
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return
    state = {"interrupted": False}

    def handler(signum, frame):
        if state["interrupted"]:
            os._exit(130)
        state["interrupted"] = True
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, handler)
