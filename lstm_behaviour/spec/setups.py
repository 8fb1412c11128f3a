"""Software setups: how a set of versions (a claims report's environment, a benchmark run's
``machine_info``, a calibration file's versions) is named and ordered in tables.

A setup is the backend and its version, TensorFlow (when it is the backend or gives Keras 2),
Keras and, on TensorFlow, the oneDNN mode. Nothing here imports TensorFlow.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..engine.backends import BACKENDS, on_tensorflow

__all__ = [
    "column_label", "is_candidate", "is_nightly", "mode_label", "nightly_date", "released", "setup_order",
    "version_tuple",
]  # fmt: skip


def nightly_date(version: str | None) -> str | None:
    """The build date of a nightly version (``3.16.0.dev2026102704`` -> ``2026-10-27``), or None."""
    import re

    match = re.search(r"\.dev(\d{4})(\d{2})(\d{2})", str(version or ""))
    return f"{match.group(1)}-{match.group(2)}-{match.group(3)}" if match else None


def is_nightly(env: Mapping) -> bool:
    """Whether a setup runs a nightly build of Keras, TensorFlow or its backend."""
    return any(nightly_date(env.get(k)) for k in ("keras", "tensorflow", "backend_version"))


def is_candidate(env: Mapping) -> bool:
    """Whether a setup runs a candidate patch of Keras: a build with a local version label
    (``3.15.1+rnn.state``, tools/keras_patch.py), never a release."""
    return "+" in str(env.get("keras") or "")


def released(env: Mapping) -> bool:
    """Whether a setup counts for the badge: neither a nightly build nor a candidate patch."""
    return not (is_nightly(env) or is_candidate(env))


def version_tuple(text: str | None) -> tuple[int, ...]:
    """The release numbers of a version, for sorting (``"2.21.0rc1"`` -> ``(2, 21, 0)``), as
    ``packaging`` parses it (the one version parser); ``(0,)`` for text that is not a version."""
    from packaging.version import InvalidVersion, Version

    try:
        return Version(str(text or "")).release[:3]
    except InvalidVersion:
        return (0,)


def setup_order(env: Mapping) -> tuple:
    """Sort key: backend (TensorFlow first), TensorFlow version, Keras 3 before Keras 2
    (tf-keras), Keras version, a release before its candidate patch, backend version, oneDNN off
    before on."""
    backend = BACKENDS.get(env.get("backend"))
    return (
        backend.order if backend is not None else len(BACKENDS),
        version_tuple(env.get("tensorflow")),
        -int(env.get("keras_major") or 0),
        version_tuple(env.get("keras")),
        is_candidate(env),  # a patched build after its release
        version_tuple(env.get("backend_version")),
        bool(env.get("onednn")),
    )


def mode_label(env: Mapping) -> str:
    """``oneDNN on`` / ``oneDNN off``, or empty off the TensorFlow backend."""
    onednn = env.get("onednn")
    return "" if onednn is None else f"oneDNN {'on' if onednn else 'off'}"


def column_label(env: Mapping) -> str:
    """A matrix column's heading: ``TF 2.21 · Keras 3.15.1 · oneDNN off``; a nightly build's reads
    ``next (2026-10-27): jax 0.10.2 · Keras 3.16.0.dev2026102704``."""
    dates = sorted(d for d in (nightly_date(env.get(k)) for k in ("keras", "tensorflow", "backend_version")) if d)
    if not on_tensorflow(env):
        head = f"{env['backend']} {env.get('backend_version', '?')} · Keras {env['keras']}"
    else:
        tf = env["tensorflow"] if dates else ".".join(str(env["tensorflow"]).split(".")[:2])
        keras = f"Keras {env['keras']}"
        if env.get("keras_major") == 2 and version_tuple(env["tensorflow"]) >= (2, 16):
            keras += " (tf-keras)"
        head = f"TF {tf} · {keras}"
    parts = [head, mode_label(env), env.get("variant") or ""]
    label = " · ".join(p for p in parts if p)
    if is_candidate(env):
        return f"candidate patch: {label}"
    return f"next ({dates[-1]}): {label}" if dates else label
