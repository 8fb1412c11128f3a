"""What a run can record: the measurements and the environment of a claims report checked
against what the code that writes them can produce (``report_checks.validate`` calls these).

- An accuracy is hits over the windows its evaluation runs (``experiments.window_count``),
  written to six decimals: a number between grid steps, or an evaluation or row the claim does
  not read, is no run's.
- One process trains each (row, seed) once and every claim reads that result, so two claims
  that read a row on a seed read the same accuracies; a seed is measured once per claim, and
  the seeds and held seeds are listed in the order a run adds them (ascending).
- The environment names versions that can go together: a TensorFlow-backend report names its
  TensorFlow (2.13 or later) as the backend's version, a Keras 3 on TensorFlow needs 2.16 or
  later; a JAX or torch report names no TensorFlow, no oneDNN mode and Keras 3.
"""

from __future__ import annotations

import numbers
from collections.abc import Mapping

__all__ = ["accuracy_problems", "environment_problems", "measurement_problems"]

#: The oldest TensorFlow the project runs on, and the first whose backend Keras 3 runs on.
OLDEST_TENSORFLOW = (2, 13)
KERAS_3_TENSORFLOW = (2, 16)

_ROUNDING = 5e-7  # a report writes each accuracy to six decimals (report_format._number)


def _evaluations(key: str) -> tuple[str, ...]:
    from ..engine.data import EVALUATIONS, WARMUP_REPRODUCIBLE
    from ..spec.experiments import TRANSPLANT

    if key == TRANSPLANT.key:
        return (*(t.name for t in TRANSPLANT.tests), WARMUP_REPRODUCIBLE)
    return EVALUATIONS


def accuracy_problems(rows: tuple[str, ...], accuracies) -> list[str]:
    """Why ``accuracies`` (row -> evaluation -> accuracy) cannot be what a run measured for a
    claim that reads ``rows``; empty when they can."""
    from ..spec.experiments import window_count

    if not isinstance(accuracies, Mapping) or sorted(accuracies) != sorted(rows):
        got = sorted(accuracies) if isinstance(accuracies, Mapping) else type(accuracies).__name__
        return [f"the rows measured are {got}; the claim reads {sorted(rows)}"]
    problems = []
    for key in rows:
        values, names = accuracies[key], _evaluations(key)
        if not isinstance(values, Mapping) or sorted(values) != sorted(names):
            got = sorted(values) if isinstance(values, Mapping) else type(values).__name__
            problems.append(f"{key}: the evaluations measured are {got}; a run measures {sorted(names)}")
            continue
        for name in names:
            value, windows = values[name], window_count(key, name)
            if isinstance(value, bool) or not isinstance(value, numbers.Real) or not 0 <= value <= 1:
                problems.append(f"{key} {name}: an accuracy is a number in [0, 1], got {value!r}")
            elif abs(value * windows - round(value * windows)) > windows * _ROUNDING + 1e-9:
                problems.append(
                    f"{key} {name}: an accuracy is hits over its {windows} window(s), got {value!r} "
                    f"({value * windows:.4f} hits)"
                )
    return problems


def measurement_problems(claims: Mapping, registry: Mapping) -> list[str]:
    """Each claim's measurements against what one run writes (see the module's text); ``claims``
    has passed the schema, ``registry`` is claim id -> ``Claim``."""
    problems: list[str] = []
    first: dict[tuple[str, int], tuple[str, dict]] = {}  # (row, seed) -> the first claim that read it
    for claim_id, entry in claims.items():
        where = f"claims[{claim_id!r}]"
        for key in ("seeds", "held"):
            if entry[key] != sorted(entry[key]):
                problems.append(f"{where}.{key}: a run lists its seeds in ascending order, got {entry[key][:8]}")
        seen: set[int] = set()
        for i, m in enumerate(entry["measured"]):
            if m["seed"] in seen:
                problems.append(f"{where}.measured[{i}]: seed {m['seed']} is measured twice; a run measures it once")
            seen.add(m["seed"])
            claim = registry.get(claim_id)
            if claim is None:
                continue
            wrong = accuracy_problems(claim.rows, m["accuracies"])
            problems += [f"{where}.measured[{i}].accuracies: {p}" for p in wrong]
            for row, values in m["accuracies"].items() if isinstance(m["accuracies"], Mapping) else ():
                earlier = first.setdefault((row, m["seed"]), (claim_id, values))
                if earlier[1] != values:
                    problems.append(
                        f"{where}.measured[{i}]: {row} seed {m['seed']} reads {values}, where {earlier[0]} "
                        f"reads {earlier[1]}; a run trains a row once per seed"
                    )
    return problems


def _release(text) -> tuple[int, ...] | None:
    from ..spec.known_failures import parse_version

    try:
        return parse_version(text).release
    except (TypeError, ValueError, AttributeError):
        return None  # said by the version check


def environment_problems(env: Mapping) -> list[str]:
    """Versions that cannot go together in one environment (see the module's text)."""
    if env["backend"] != "tensorflow":
        wrong = [key for key in ("tensorflow", "onednn") if env[key] is not None]
        problems = [
            f"environment.{key}: a {env['backend']}-backend run records no {key}, got {env[key]!r}" for key in wrong
        ]
        if env["keras_major"] != 3:
            major = env["keras_major"]
            problems.append(f"environment.keras_major: {env['backend']} is a backend of Keras 3, got {major}")
        return problems
    tensorflow = _release(env["tensorflow"])
    if tensorflow is None:
        return []
    problems = []
    if env["backend_version"] != env["tensorflow"]:
        problems.append(
            f"environment.backend_version: {env['backend_version']!r} is not the TensorFlow "
            f"{env['tensorflow']!r} the backend is"
        )
    if tensorflow[:2] < OLDEST_TENSORFLOW:
        problems.append(
            f"environment.tensorflow: {env['tensorflow']!r} is older than the oldest TensorFlow this project runs on "
            f"({'.'.join(map(str, OLDEST_TENSORFLOW))})"
        )
    elif env["keras_major"] == 3 and tensorflow[:2] < KERAS_3_TENSORFLOW:
        problems.append(
            f"environment.keras: Keras 3 runs on TensorFlow {'.'.join(map(str, KERAS_3_TENSORFLOW))} or later, "
            f"got TensorFlow {env['tensorflow']!r}"
        )
    return problems
