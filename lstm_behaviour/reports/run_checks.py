"""What a run can record: the measurements and the environment of a claims report checked
against what the code that writes them can produce (``report_checks.validate`` calls these).

- An accuracy is hits over the windows its evaluation runs (``experiments.window_count``):
  a number between grid steps, or an evaluation or row the claim does not read, is no run's
  (``accuracy_problems``, also what the plugin checks a test's own measures with). A report
  writes every measured number to six decimals, and no number anywhere as -0.0.
- A test reports one claim (its marker names one) under a pytest node id (``path::name``); a
  claim no test ran has no seeds, measurements or decision.
- One process trains each (row, seed) once and every claim reads that result, so two claims
  that read a row on a seed read the same accuracies; a seed is measured once per claim, and
  the seeds and held seeds are listed in the order a run adds them (ascending).
- The environment names versions that can go together (``spec.versions``).
"""

from __future__ import annotations

import math
import numbers
import re
from collections.abc import Mapping

__all__ = ["NODE_ID", "accuracy_problems", "environment_problems", "measurement_problems", "negative_zeros"]

_ROUNDING = 5e-7  # a report writes each accuracy to six decimals (report_format._number)


def _evaluations(key: str) -> tuple[str, ...]:
    from ..engine.data import EVALUATIONS, WARMUP_REPRODUCIBLE
    from ..spec.experiments import transplant

    experiment = transplant(key)
    if experiment is not None:
        return (*(t.name for t in experiment.tests), WARMUP_REPRODUCIBLE)
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


#: a pytest node id as the plugin records it: a relative path to a Python file, one or more
#: names (a class, its test), and the parameters' id in brackets
NODE_ID = re.compile(r"(?!\./|/)[^\s:\[\]]+\.py(::[A-Za-z_][A-Za-z0-9_]*)+(\[[^\n]*\])?\Z")


def negative_zeros(value, where: str = "") -> list[str]:
    """The places of a report that hold -0.0 (no writer of a report writes it)."""
    if isinstance(value, float) and value == 0 and math.copysign(1.0, value) < 0:
        return [f"{where or 'report'}: -0.0, which no run writes"]
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in negative_zeros(v, f"{where}.{k}" if where else str(k))]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in negative_zeros(v, f"{where}[{i}]")]
    return []


def _not_written(value) -> str | None:
    """Why a run would not write ``value`` as a measured number: more than six decimals (a -0.0
    is said once for the whole report, by ``negative_zeros``)."""
    if value != round(value, 6):
        return f"a run writes measured values to six decimals, got {value!r}"
    return None


def measurement_problems(claims: Mapping, registry: Mapping) -> list[str]:
    """Each claim's measurements against what one run writes (see the module's text); ``claims``
    has passed the schema, ``registry`` is claim id -> ``Claim``."""
    problems: list[str] = []
    first: dict[tuple[str, int], tuple[str, dict]] = {}  # (row, seed) -> the first claim that read it
    owner: dict[str, str] = {}  # test node id -> its claim
    for claim_id, entry in claims.items():
        where = f"claims[{claim_id!r}]"
        for t in entry["tests"]:
            if not NODE_ID.match(t["test"]):
                problems.append(f"{where}.tests: {t['test']!r} is not a pytest node id (path.py::name[parameters])")
            elif owner.setdefault(t["test"], claim_id) != claim_id:
                problems.append(f"{where}.tests: {t['test']!r} is {owner[t['test']]}'s test; a test checks one claim")
        if not entry["tests"] and (entry["seeds"] or entry["measured"] or entry["decision"] is not None):
            problems.append(f"{where}: no test of it ran, so it has no seeds, measurements or decision")
        for key in ("seeds", "held"):
            if entry[key] != sorted(entry[key]):
                problems.append(f"{where}.{key}: a run lists its seeds in ascending order, got {entry[key][:8]}")
        seen: set[int] = set()
        claim = registry.get(claim_id)
        for i, m in enumerate(entry["measured"]):
            if m["seed"] in seen:
                problems.append(f"{where}.measured[{i}]: seed {m['seed']} is measured twice; a run measures it once")
            seen.add(m["seed"])
            for j, b in enumerate(m["bounds"]):
                for key in ("measured", "threshold", "article"):
                    if isinstance(b.get(key), numbers.Real) and (why := _not_written(b[key])):
                        problems.append(f"{where}.measured[{i}].bounds[{j}].{key}: {why}")
            if claim is not None:
                wrong = accuracy_problems(claim.rows, m["accuracies"])
                problems += [f"{where}.measured[{i}].accuracies: {p}" for p in wrong]
            for row, values in m["accuracies"].items() if isinstance(m["accuracies"], Mapping) else ():
                for name, value in values.items() if isinstance(values, Mapping) else ():
                    if isinstance(value, numbers.Real) and (why := _not_written(value)):
                        problems.append(f"{where}.measured[{i}].accuracies: {row} {name}: {why}")
                if claim is None:
                    continue
                earlier = first.setdefault((row, m["seed"]), (claim_id, values))
                if earlier[1] != values:
                    problems.append(
                        f"{where}.measured[{i}]: {row} seed {m['seed']} reads {values}, where {earlier[0]} "
                        f"reads {earlier[1]}; a run trains a row once per seed"
                    )
    return problems


def environment_problems(env: Mapping) -> list[str]:
    """Versions that cannot go together in one environment, and seeds a run does not list."""
    from ..spec.versions import versions_problems

    problems = versions_problems(env, "environment")
    seeds = env.get("seeds")
    if isinstance(seeds, list) and seeds != sorted(seeds):
        problems.append(f"environment.seeds: a run lists its seeds in ascending order, got {seeds[:8]}")
    return problems
