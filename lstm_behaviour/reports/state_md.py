"""docs/state.md: which Keras API call carries a stateful layer's state, per layer and setup.

Made from data/state/*.json, one file per setup written by ``python -m lstm_behaviour check-state
--layers --out``: ``check_state`` (``engine.state_check``) on each model of ``engine.layer_zoo``.
No backend import.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..engine.backends import on_tensorflow
from . import templating

__all__ = ["MARKS", "load_matrices", "state_markdown", "state_summary"]

MARKS = {"carried": "✅", "not carried": "❌", "raises": "💥", "refused": "🚫"}


def load_matrices(paths: Iterable) -> list[tuple[str, dict]]:
    """(file name, data) per file, checked for the shape ``layer_matrix`` writes."""
    from ..files import read_json

    out = []
    for path in paths:
        data = read_json(path, "a state check over the layers (check-state --layers --out)")
        ok = isinstance(data, dict) and isinstance(data.get("versions"), dict) and isinstance(data.get("layers"), dict)
        ok = ok and all(
            isinstance(calls, dict)
            and all(
                isinstance(r, list) and len(r) == 2 and r[0] in MARKS and isinstance(r[1], str) for r in calls.values()
            )
            for calls in data["layers"].values()
        )
        if not ok:
            raise ValueError(
                f"{path}: expected versions and layers -> call -> [outcome, detail] (outcomes {list(MARKS)})"
            )
        out.append((path.name, data))
    return out


def _setup(versions: dict) -> str:
    backend = versions.get("backend", "?")
    head = (
        f"TF {versions.get('tensorflow')}"
        if on_tensorflow(versions)
        else f"{backend} {versions.get('backend_version')}"
    )
    variant = f" / {versions['variant']}" if versions.get("variant") else ""
    return f"{head} / Keras {versions.get('keras')}{variant}"


def state_summary(matrices: list[tuple[str, dict]]) -> list[dict]:
    """Per setup, the calls given the batch size (or batch by batch) that do not carry some layer's
    state, grouped by outcome and calls, with those layers; the calls without ``batch_size`` are
    left to the tables."""
    out = []
    for _, data in matrices:
        seen: dict[tuple[str, str], list[str]] = {}
        for layer, per in data["layers"].items():
            for call, (outcome, _detail) in per.items():
                if outcome != "carried" and (call.endswith("(batch_size)") or call in _BATCH_BY_BATCH):
                    seen.setdefault((outcome, layer), []).append(call)
        by_calls: dict[tuple[str, tuple[str, ...]], list[str]] = {}
        for (outcome, layer), calls in seen.items():
            by_calls.setdefault((outcome, tuple(calls)), []).append(layer)
        parts = [{"outcome": o, "calls": c, "layers": ls} for (o, c), ls in by_calls.items()]
        out.append({"setup": _setup(data["versions"]), "layers": len(data["layers"]), "parts": parts})
    return out


_BATCH_BY_BATCH = ("call", "predict_on_batch", "train_on_batch", "reset", "write")


def _matrix(name: str, data: dict) -> dict:
    """One setup's table (a row of marks per layer) and why each call that does not carry the state."""
    layers = data["layers"]
    calls = list(dict.fromkeys(c for per in layers.values() for c in per))
    rows = [(layer, [MARKS[per[c][0]] if c in per else "" for c in calls]) for layer, per in layers.items()]
    details = [
        {
            "call": call,
            "layers": [layer for layer, per in layers.items() if per.get(call, [None, None])[0:2] == [outcome, detail]],
            "outcome": outcome,
            "detail": detail,
        }
        for call, outcome, detail in sorted(
            {(c, r[0], r[1]) for per in layers.values() for c, r in per.items() if r[0] != "carried"}
        )
    ]
    return {"setup": _setup(data["versions"]), "file": name, "calls": calls, "rows": rows, "details": details}


def state_markdown(matrices: list[tuple[str, dict]], source: str) -> str:
    """The document: a summary line a setup, then each setup's table and reasons."""
    return templating.render(
        "state.md.j2",
        source=source,
        summary=state_summary(matrices),
        matrices=[_matrix(name, data) for name, data in matrices],
    )
