"""Which versions go together in one environment: what a claims report's environment or a
calibration file's versions can name (``versions_problems``).

- TensorFlow 2.13 is the oldest the project runs on; on the TensorFlow backend the backend's
  version is TensorFlow's.
- Keras 3 runs on TensorFlow 2.16 or later. Keras 2 is TensorFlow's own up to 2.15 and
  ``tf-keras`` from 2.16, each released with its TensorFlow: the same major and minor.
- JAX and PyTorch are backends of Keras 3, with no TensorFlow and no oneDNN mode recorded.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..engine.backends import on_tensorflow

__all__ = ["KERAS_3_TENSORFLOW", "OLDEST_TENSORFLOW", "versions_problems"]

#: The oldest TensorFlow the project runs on, and the first whose backend Keras 3 runs on.
OLDEST_TENSORFLOW = (2, 13)
KERAS_3_TENSORFLOW = (2, 16)


def _release(text) -> tuple[int, ...] | None:
    from packaging.version import InvalidVersion, Version

    try:
        return Version(str(text)).release
    except InvalidVersion:
        return None  # said by the version check


def _dotted(release: tuple[int, ...]) -> str:
    return ".".join(map(str, release))


def versions_problems(env: Mapping, where: str = "") -> list[str]:
    """The problems of versions that cannot go together (``where`` names the object in each)."""
    where = f"{where}." if where else ""
    backend, major = env.get("backend"), env.get("keras_major")
    if not on_tensorflow(env):
        wrong = [key for key in ("tensorflow", "onednn") if env.get(key) is not None]
        problems = [f"{where}{key}: a {backend}-backend run records no {key}, got {env[key]!r}" for key in wrong]
        if major != 3:
            problems.append(f"{where}keras_major: {backend} is a backend of Keras 3, got {major}")
        return problems
    tensorflow, keras = _release(env.get("tensorflow")), _release(env.get("keras"))
    if tensorflow is None:
        return []
    problems = []
    if "backend_version" in env and env["backend_version"] != env["tensorflow"]:
        problems.append(
            f"{where}backend_version: {env['backend_version']!r} is not the TensorFlow "
            f"{env['tensorflow']!r} the backend is"
        )
    if tensorflow[:2] < OLDEST_TENSORFLOW:
        problems.append(
            f"{where}tensorflow: {env['tensorflow']!r} is older than the oldest TensorFlow this project runs on "
            f"({_dotted(OLDEST_TENSORFLOW)})"
        )
    elif major == 3 and tensorflow[:2] < KERAS_3_TENSORFLOW:
        problems.append(
            f"{where}keras: Keras 3 runs on TensorFlow {_dotted(KERAS_3_TENSORFLOW)} or later, "
            f"got TensorFlow {env['tensorflow']!r}"
        )
    elif major == 2 and keras is not None and keras[0] == 2 and keras[:2] != tensorflow[:2]:
        problems.append(
            f"{where}keras: Keras 2 (TensorFlow's own, or tf-keras) is released with its TensorFlow, "
            f"{_dotted(tensorflow[:2])}; got Keras {env['keras']!r}"
        )
    return problems
