"""The environment variables this project reads, checked before TensorFlow or Keras is imported.

- ``TF_NUM_INTRAOP_THREADS``, ``TF_NUM_INTEROP_THREADS``, ``OMP_NUM_THREADS``: positive integers
  (the thread caps; TensorFlow aborts the process on a negative one);
- ``TF_USE_LEGACY_KERAS``: ``0`` or ``1``; ``1`` needs ``tf-keras`` installed;
- ``TF_ENABLE_ONEDNN_OPTS``: ``0`` or ``1`` (forces TensorFlow's oneDNN mode; unset, the CPU decides);
- ``LSTM_BEHAVIOUR_VERBOSE``: ``0`` or ``1``; ``1`` lets TensorFlow's start-up lines through.

``check_environment()`` raises ``EnvironmentProblem`` with one line naming the variable, what
was expected and what was got. Nothing here imports TensorFlow.
"""

from __future__ import annotations

import importlib.util
import os

__all__ = ["EnvironmentProblem", "check_environment", "exit_on_second_interrupt", "verbose"]

_INTEGERS = ("TF_NUM_INTRAOP_THREADS", "TF_NUM_INTEROP_THREADS", "OMP_NUM_THREADS")
_SWITCHES = ("TF_USE_LEGACY_KERAS", "TF_ENABLE_ONEDNN_OPTS", "LSTM_BEHAVIOUR_VERBOSE")
_MAX_THREADS = 1024


class EnvironmentProblem(ValueError):
    """An environment variable this project reads holds something it cannot use."""


def check_environment(environ=None) -> None:
    """Refuse values of the variables above that would crash or silently misconfigure a run."""
    env = os.environ if environ is None else environ
    for name in _INTEGERS:
        value = env.get(name)
        if value is None or value == "":
            continue
        if not value.strip().isdigit() or not 1 <= int(value) <= _MAX_THREADS:
            raise EnvironmentProblem(
                f"{name} must be a whole number of threads from 1 to {_MAX_THREADS}, got {value!r}"
            )
    for name in _SWITCHES:
        value = env.get(name)
        if value is not None and value not in ("", "0", "1"):
            raise EnvironmentProblem(f"{name} must be 0 or 1, got {value!r}")
    if env.get("TF_USE_LEGACY_KERAS") == "1" and importlib.util.find_spec("tf_keras") is None:
        raise EnvironmentProblem(
            "TF_USE_LEGACY_KERAS=1 needs tf-keras, which is not installed: "
            "pip install 'tf-keras==<your TensorFlow's major.minor>.*', or unset TF_USE_LEGACY_KERAS"
        )


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
