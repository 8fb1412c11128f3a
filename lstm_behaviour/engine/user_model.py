"""A user's model and inputs for ``check-state MODULE:FUNCTION``: the factory imported and called,
the ``.npy`` inputs read after their headers are checked; every problem one ``ValueError`` line.
"""

from __future__ import annotations

import numpy as np

from . import compat, state_check

__all__ = ["check_factory"]


def _load_npy(path, what: str, limit: int = 1 << 30) -> np.ndarray:
    """A ``.npy`` file read whole after its header is checked against the file's size (no array
    larger than the file, nor than ``limit`` bytes, is allocated); a ValueError says what is wrong."""
    import os
    import stat

    try:
        info = os.stat(path)
    except OSError as error:
        raise ValueError(f"--{what} {path}: {error.strerror}") from None
    if not stat.S_ISREG(info.st_mode):
        raise ValueError(f"--{what} {path}: expected a .npy file, got something that is not a regular file")
    try:
        with open(path, "rb") as handle:
            version = np.lib.format.read_magic(handle)
            if version not in ((1, 0), (2, 0)):
                raise ValueError(f"format version {version[0]}.{version[1]} (1.0 and 2.0 are read)")
            read = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
            shape, _, dtype = read(handle)
            size = int(np.prod(shape, dtype=object)) * dtype.itemsize
            if size > min(limit, info.st_size - handle.tell()):
                raise ValueError(f"its header declares shape {shape} ({size} bytes), more than the file holds")
            handle.seek(0)
            return np.load(handle, allow_pickle=False)
    except (ValueError, OSError, EOFError, TypeError) as error:
        raise ValueError(f"--{what} {path}: not a .npy array of numbers: {state_check._first_line(error)}") from None


def check_factory(spec: str, x_path=None, y_path=None) -> state_check.StateCheck:
    """``check-state MODULE:FUNCTION``: import the factory (from the current folder first), build
    the model, load ``--x``/``--y`` and check it. Every problem of the factory or the inputs is a
    ValueError with one line naming it."""
    import importlib
    import os
    import sys

    module_name, _, function = spec.partition(":")
    if not all(part.isidentifier() for part in module_name.split(".")) or not function.isidentifier():
        raise ValueError(f"check-state takes MODULE:FUNCTION (a dotted module, a function in it); got {spec!r}")
    if module_name == "__main__" or module_name.split(".")[0] == "lstm_behaviour":
        raise ValueError(f"check-state checks a model of yours: {module_name} is this command's own module")
    sys.path.insert(0, os.getcwd())
    try:
        factory = getattr(importlib.import_module(module_name), function)
    except KeyboardInterrupt:
        raise
    except BaseException as error:  # the user's module: any way out of it (SystemExit too) is theirs to see
        raise ValueError(f"cannot load {spec}: {type(error).__name__}: {state_check._first_line(error)}") from None
    if not callable(factory):
        raise ValueError(f"{spec} must be a function that returns a compiled model; it is a {type(factory).__name__}")
    try:
        model = factory()
    except KeyboardInterrupt:
        raise
    except BaseException as error:
        raise ValueError(f"{spec}() raised {type(error).__name__}: {state_check._first_line(error)}") from None
    if not isinstance(model, compat.keras.Model):
        raise ValueError(f"{spec} must return a Keras model; it returned {type(model).__name__}")
    if not getattr(model, "inputs", None):
        raise ValueError(
            f"{spec} returned a {type(model).__name__} without inputs (a subclassed model): check_state needs "
            "a Sequential or functional model built with keras.Input(batch_shape=...)"
        )
    x = _load_npy(x_path, "x") if x_path is not None else None
    y = _load_npy(y_path, "y") if y_path is not None else None
    if x is None:  # two batches, uniform in [0, 1); a length of 3 where the model takes any
        shape = tuple(3 if d is None else int(d) for d in model.inputs[0].shape[1:])
        x = np.random.default_rng(0).uniform(0, 1, ((model.inputs[0].shape[0] or 1) * 2, *shape)).astype("float32")
    return state_check.check_state(model, x, y)
