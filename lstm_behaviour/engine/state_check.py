"""Does a stateful Keras model keep its state through each API call? Measured on a copy of it.

``check_state(model, x, y)`` runs, on a copy of ``model`` (same architecture, weights and loss;
an optimizer with learning rate 0, so training calls leave the weights as they are):

- ``call``: a direct call ``model(x_b)`` per batch, the reference every other call is held to;
- ``predict``, ``evaluate`` and ``fit`` over every batch of ``x`` in order, each with
  ``batch_size`` given and without it (Keras's default); ``predict_on_batch`` and
  ``train_on_batch`` batch by batch;
- ``reset``: the state is zero after ``reset_states``; ``write``: a state written into a reset
  copy gives the next call the output the original state gives.

An API call carries the state when, from a reset, the state it leaves in every stateful layer
equals the state the direct calls leave after the same batches (to a float32 tolerance). The
result of each is ``carried``, ``not carried`` (with how the state differs), ``raises`` (with
the error's first line) or ``refused``: a call without ``batch_size`` that Keras refuses because
its default batch is not the model's fixed one, as Keras documents for stateful models
(keras-team/keras#20327); the fix is shown. ``StateCheck.ok`` (the CLI's exit 0) holds where every
call is carried or refused so. The user's model, its weights and its state are not touched.
``assert_state_carried`` is the same check for a user's own test suite.
"""

from __future__ import annotations

import copy as _copy
import re
from dataclasses import dataclass, field

import numpy as np

from . import compat
from .transplant import restore, take_snapshot

__all__ = ["CALLS", "OUTCOMES", "CallResult", "StateCheck", "assert_state_carried", "check_state"]

OUTCOMES = ("carried", "not carried", "raises", "refused")
#: the calls made without batch_size: with Keras's default batch (32) they feed the model batches of
#: another size than its fixed one, which Keras documents as refused for a stateful model; the error
#: differs by backend and version (Keras's ValueError, TensorFlow's shape errors), so any is a refusal
_WITHOUT_BATCH_SIZE = ("predict", "evaluate", "fit")
_KERAS_DEFAULT_BATCH = 32
#: every call ``check_state`` makes, in its order
CALLS = (
    "call",
    "predict(batch_size)",
    "predict",
    "predict_on_batch",
    "evaluate(batch_size)",
    "evaluate",
    "train_on_batch",
    "fit(batch_size)",
    "fit",
    "reset",
    "write",
)
# the Keras function each call traces (calls of one family share a copy), in the order they run;
# a call without batch_size gets a copy of its own: on a copy traced for the model's batch, its
# error is TensorFlow's shape mismatch, not Keras's message about the stateful batch size
_FAMILY = {
    "predict(batch_size)": "predict",
    "predict_on_batch": "predict",
    "predict": "predict without batch_size",
    "evaluate(batch_size)": "test",
    "evaluate": "test without batch_size",
    "train_on_batch": "train",
    "fit(batch_size)": "train",
    "fit": "train without batch_size",
}
_RUN_ORDER = tuple(_FAMILY)
# a float32 state computed by another code path (a compiled loop, another batch split) may differ
# in the last bits; a state that was not carried differs by the state itself
RTOL, ATOL = 1e-4, 1e-5


@dataclass(frozen=True)
class CallResult:
    """One API call's result: ``outcome`` is one of ``OUTCOMES``; ``detail`` says why."""

    call: str
    outcome: str
    detail: str = ""


@dataclass(frozen=True)
class StateCheck:
    """Every API call's result on one model, with the software it ran on."""

    results: tuple[CallResult, ...]
    layers: tuple[str, ...]
    versions: dict = field(default_factory=dict)
    workaround: str = ""

    @property
    def ok(self) -> bool:
        """Every call carries the state, or is a call without batch_size that Keras refuses."""
        return all(r.outcome in ("carried", "refused") for r in self.results)

    def result(self, call: str) -> CallResult:
        for r in self.results:
            if r.call == call:
                return r
        raise KeyError(call)

    def table(self) -> str:
        """The results as a plain-text table, with the versions and the known workaround."""
        width = max(len(r.call) for r in self.results)
        lines = [
            f"state check: {', '.join(self.layers)}",
            "on " + ", ".join(f"{k} {v}" for k, v in self.versions.items()),
            "",
        ]
        lines += [f"{r.call.ljust(width)}  {r.outcome}{': ' + r.detail if r.detail else ''}" for r in self.results]
        if not self.ok and self.workaround:
            lines += ["", f"known workaround: {self.workaround}"]
        return "\n".join(lines)


def _states(model) -> list[np.ndarray]:
    """Every stateful layer's state arrays, in order, as one list."""
    return [a for layer in compat.stateful_layers(model) for a in compat.read_state(layer)]


def _copy_of(model):
    """The same architecture, weights and loss, with a learning rate of 0."""
    keras = compat.keras
    classes = {}
    for layer in _all_layers(model):  # custom layers and cells: the clone finds them by name
        for part in (layer, getattr(layer, "cell", None), *getattr(getattr(layer, "cell", None), "cells", ())):
            if part is not None:
                classes.setdefault(type(part).__name__, type(part))
    try:
        with keras.utils.custom_object_scope(classes):
            twin = keras.models.clone_model(model)
    except Exception as error:  # a subclassed model cannot be cloned from its config
        raise ValueError(
            f"check_state needs a Sequential or functional model it can copy; cloning it raised "
            f"{type(error).__name__}: {_first_line(error)}"
        ) from None
    twin.set_weights(model.get_weights())
    for original, copied in zip(_all_layers(model), _all_layers(twin)):
        if hasattr(original, "use_cudnn"):  # not in LSTM's or GRU's config (Keras 3.15.1): clone_model drops it
            copied.use_cudnn = original.use_cudnn
    loss = getattr(model, "loss", None) or "mse"
    twin.compile(loss=_copy.deepcopy(loss) if not isinstance(loss, str) else loss, optimizer=keras.optimizers.SGD(0.0))
    return twin


_NOISE = (
    "Exception encountered",
    "Graph execution error",
    "Detected at node",
    "File ",
    "Arguments received",
    "•",
    "[[",
)


def _all_layers(model) -> list:
    """Every layer, depth first, wrappers' inner layers included (a clone lists them alike)."""
    out = []
    for layer in getattr(model, "layers", ()):
        out.append(layer)
        inner = [getattr(layer, name, None) for name in ("forward_layer", "backward_layer", "layer")]
        out += [i for i in inner if i is not None]
        out += _all_layers(layer)
    return out


def _first_line(error: BaseException) -> str:
    """The line of an error message that says what went wrong (not Keras's or TensorFlow's frame)."""
    text = re.sub(r"\x1b\[[0-9;]*m", "", str(error))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    said = [line for line in lines if not line.startswith(_NOISE)]
    return (said or lines or [""])[0][:200]


def _compare(got: list[np.ndarray], want: list[np.ndarray]) -> str | None:
    """None where ``got`` is ``want`` to the tolerance; else how it differs."""
    if all(not np.any(g) for g in got):
        return "the state stays zero"
    worst = max(float(np.max(np.abs(g - w))) for g, w in zip(got, want))
    scale = max(float(np.max(np.abs(w))) for w in want)
    if worst <= ATOL + RTOL * scale:
        return None
    return f"the state differs from the direct calls' by up to {worst:.3g}"


def check_state(model, x, y=None, *, calls: tuple[str, ...] | None = None) -> StateCheck:
    """Whether each API call carries the state of ``model``'s stateful layers, measured on a copy.

    ``x``: inputs of two or more whole batches of the model's fixed batch size; ``y``: targets for
    them (zeros of the model's output shape when not given); ``calls``: only these (``CALLS``).
    Raises ``ValueError`` for a model
    that has no stateful recurrent layer or no fixed batch size, or inputs that do not fit it.
    """
    layers = compat.stateful_layers(model)
    if not layers:
        raise ValueError("check_state needs a model with a stateful recurrent layer (stateful=True); it has none")
    batch = compat.fixed_batch_size(model)
    if batch is None:
        raise ValueError("check_state needs a model built for a fixed batch size (batch_shape); it takes any")
    if batch < 1:
        raise ValueError(f"check_state needs a model built for a batch of at least 1; it is built for {batch}")
    if calls is not None and not calls:
        raise ValueError(f"calls must name at least one of {', '.join(CALLS)}; got none")
    x = _real("x", x)
    expected = tuple(None if d is None else int(d) for d in model.inputs[0].shape[1:])
    fits = x.ndim == len(expected) + 1 and all(e is None or e == d for e, d in zip(expected, x.shape[1:]))
    if not fits or len(x) < 2 * batch or len(x) % batch:
        shown = tuple("any" if e is None else e for e in expected)
        raise ValueError(
            f"x must hold at least two whole batches of {batch} inputs of shape {shown}; got shape {x.shape}"
        )
    batches = [slice(i, i + batch) for i in range(0, len(x), batch)]
    twin = _copy_of(model)
    compat.reset_states(twin)
    wanted = _default_targets(model, len(x), compat.to_numpy(twin(x[batches[0]], training=False)))
    y = wanted if y is None else _real("y", y)
    if y.shape != wanted.shape and y.shape != (*wanted.shape, 1):
        raise ValueError(f"y must hold one target per input, of shape {wanted.shape} for this model; got {y.shape}")
    compat.reset_states(twin)
    for b in batches:
        twin(x[b], training=False)
    reference = _states(twin)
    if all(not np.any(s) for s in reference):
        raise ValueError(
            "on these inputs the direct calls leave the state zero, so no call can show it carried: give --x"
        )

    runs = {
        "predict(batch_size)": lambda m: m.predict(x, batch_size=batch, verbose=0),
        "predict": lambda m: m.predict(x, verbose=0),
        "predict_on_batch": lambda m: [m.predict_on_batch(x[b]) for b in batches],
        "evaluate(batch_size)": lambda m: m.evaluate(x, y, batch_size=batch, verbose=0),
        "evaluate": lambda m: m.evaluate(x, y, verbose=0),
        "train_on_batch": lambda m: [m.train_on_batch(x[b], y[b]) for b in batches],
        "fit(batch_size)": lambda m: m.fit(x, y, batch_size=batch, epochs=1, shuffle=False, verbose=0),
        "fit": lambda m: m.fit(x, y, epochs=1, shuffle=False, verbose=0),
    }
    wanted = CALLS if calls is None else calls
    unknown = [c for c in wanted if c not in CALLS]
    if unknown:
        raise ValueError(f"calls must be among {', '.join(CALLS)}; got {', '.join(unknown)}")
    done = {"call": _carried_by_call(twin, x, batches, reference)} if "call" in wanted else {}
    # calls that trace the same Keras function share a copy (one trace, not one per call); a call
    # that raises can leave its copy unusable (JAX), so the next one gets a fresh copy
    copies: dict[str, object] = {}
    for name in sorted((n for n in runs if n in wanted), key=_RUN_ORDER.index):
        family = _FAMILY[name]
        shared = copies.pop(family, None) or _copy_of(model)
        compat.reset_states(shared)
        try:
            runs[name](shared)
        except Exception as error:  # what the user's call would raise is the finding
            said = f"{type(error).__name__}: {_first_line(error)}"
            if name in _WITHOUT_BATCH_SIZE and batch != _KERAS_DEFAULT_BATCH:
                fix = f"Keras's default batch of 32 is not the model's {batch}: give batch_size={batch}"
                done[name] = CallResult(name, "refused", f"{said} ({fix})")
            else:
                done[name] = CallResult(name, "raises", said)
            continue
        copies[family] = shared
        problem = _compare(_states(shared), reference)
        done[name] = CallResult(name, "carried" if problem is None else "not carried", problem or "")
    if "reset" in wanted:
        done["reset"] = _reset_zeroes(twin, x, batches)
    if "write" in wanted:
        done["write"] = _write_restores(twin, x, batches, reference)
    results = [done[c] for c in CALLS if c in done]
    return StateCheck(
        results=tuple(results),
        layers=tuple(f"{layer.name} ({type(layer).__name__})" for layer in layers),
        versions=_versions(),
        workaround=compat.backend.state_workaround,
    )


def _default_targets(model, n: int, sample: np.ndarray) -> np.ndarray:
    """Targets that fit the model's loss: class 0 for a sparse loss, zeros of the output's shape
    (``sample``: the output of one batch) otherwise. Any target will do: the check compares
    states, and the learning rate is 0."""
    loss = getattr(model, "loss", None)
    name = loss if isinstance(loss, str) else type(loss).__name__ if loss is not None else ""
    out = tuple(sample.shape[1:])
    if "sparse" in name.lower():
        return np.zeros((n, *out[:-1]), "float32")
    return np.zeros((n, *out), "float32")


def _real(name: str, values) -> np.ndarray:
    """``values`` as float32, refused unless they are finite real numbers that float32 holds."""
    array = np.asarray(values)
    if array.dtype.kind not in "biuf":
        raise ValueError(f"{name} must hold real numbers; got an array of {array.dtype}")
    if not np.all(np.isfinite(array)):
        raise ValueError(f"{name} must be finite; it holds NaN or infinity")
    with np.errstate(over="ignore"):
        converted = array.astype("float32")
    if not np.all(np.isfinite(converted)):
        raise ValueError(f"{name} holds numbers too large for float32 (the models compute in float32)")
    return converted


def assert_state_carried(model, x, y=None, *, calls: tuple[str, ...] | None = None) -> StateCheck:
    """``check_state`` for a test suite: the check, or an ``AssertionError`` whose message is its
    table where a call drops, corrupts or fails to carry the state (or raises given the model's
    batch size)."""
    result = check_state(model, x, y, calls=calls)
    if not result.ok:
        raise AssertionError("a call does not carry the state:\n" + result.table())
    return result


def _carried_by_call(twin, x, batches, reference) -> CallResult:
    """The direct call carries the state when the state after every batch differs from the state
    after the last batch alone, from a reset: what it leaves depends on the batches before."""
    compat.reset_states(twin)
    twin(x[batches[-1]], training=False)
    fresh = _states(twin)
    if _compare(fresh, reference) is None:
        return CallResult(
            "call",
            "not carried",
            "the last batch leaves the state it leaves from a reset (or these inputs saturate the layer: "
            "try --x in [0, 1))",
        )
    return CallResult("call", "carried")


def _reset_zeroes(twin, x, batches) -> CallResult:
    for b in batches:
        twin(x[b], training=False)
    compat.reset_states(twin)
    left = [s for s in _states(twin) if np.any(s)]
    return CallResult("reset", "carried" if not left else "not carried", "" if not left else "a state is not zero")


def _write_restores(twin, x, batches, reference) -> CallResult:
    """A state written into a reset copy answers the next batch as the state it was read from."""
    compat.reset_states(twin)
    for b in batches[:-1]:
        twin(x[b], training=False)
    snapshot = take_snapshot(twin)
    want = compat.to_numpy(twin(x[batches[-1]], training=False))
    compat.reset_states(twin)
    try:
        restore(twin, snapshot)
    except Exception as error:
        return CallResult("write", "raises", f"{type(error).__name__}: {_first_line(error)}")
    got = compat.to_numpy(twin(x[batches[-1]], training=False))
    if np.allclose(got, want, rtol=RTOL, atol=ATOL):
        return CallResult("write", "carried")
    return CallResult("write", "not carried", "the written state answers differently from the one read")


def _versions() -> dict:
    v = compat.versions()
    out = {"keras": v.keras, "backend": v.backend}
    if v.backend_version:
        out[v.backend] = v.backend_version
    return out
