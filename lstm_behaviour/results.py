"""Claims reports: one JSON file per test run, saying which claims held on which software.

``pytest --claims-report=PATH`` writes one (``lstm_behaviour.pytest_plugin``); ``python -m
lstm_behaviour validate PATH`` checks one; ``matrix`` renders several side by side.

Layout (every key below is required, and no other key is allowed)::

    {"schema": "lstm-behaviour/claims-report/1",
     "environment": {"python", "tensorflow", "keras", "keras_major", "backend", "platform",
                     "date", "seeds"},
     "claims": {"<claim id>": {"status": "holds" | "fails" | "xfail" | "not run",
                               "seeds": [0, 1, 2],
                               "tests": [{"test", "seed", "outcome", "duration_s"}],
                               "measured": [{"seed", "bounds": [{"bound", "kind", "threshold",
                                              "article", "measured", "holds"}],
                                             "accuracies": {"<row>": {"<evaluation>": 0.5}}}]}}}

Every registered claim appears once; a claim's status comes from its tests' outcomes
(``claim_status``). Only this module knows the layout.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterable, Mapping
from pathlib import Path

__all__ = [
    "OUTCOMES", "SCHEMA", "STATUSES", "ResultsError", "build_report", "claim_status", "load",
    "measured_entry", "setup_order", "validate",
]

SCHEMA = "lstm-behaviour/claims-report/1"
STATUSES = ("holds", "fails", "xfail", "not run")
OUTCOMES = ("passed", "failed", "error", "xfailed", "skipped")

_TOP = {"schema": str, "environment": dict, "claims": dict}
_ENVIRONMENT = {"python": str, "tensorflow": str, "keras": str, "keras_major": int, "backend": str,
                "platform": str, "date": str, "seeds": list}
_CLAIM = {"status": str, "seeds": list, "tests": list, "measured": list}
_TEST = {"test": str, "seed": (int, type(None)), "outcome": str, "duration_s": (int, float)}
_MEASURED = {"seed": (int, type(None)), "bounds": list, "accuracies": dict}
_BOUND = {"bound": str, "kind": str, "threshold": (int, float), "article": (int, float, type(None)),
          "measured": (int, float), "holds": bool}


class ResultsError(ValueError):
    """A claims report that cannot be used; ``problems`` lists everything wrong with it."""

    def __init__(self, path, problems: list[str]):
        self.path, self.problems = str(path), list(problems)
        super().__init__(f"{path}: " + "; ".join(self.problems))


def setup_order(tensorflow: str, keras_major: int) -> tuple:
    """Sort key of a software setup: TensorFlow version, then Keras 3 before Keras 2 (tf-keras)."""
    return tuple(int(p) if p.isdigit() else 0 for p in tensorflow.split(".")[:3]), -int(keras_major)


def claim_status(outcomes: Iterable[str]) -> str:
    """A claim's status from its tests' outcomes: any failure or error fails it; otherwise a
    confirmed known failure (strict xfail) makes it ``xfail``; otherwise a pass makes it hold."""
    outcomes = set(outcomes)
    unknown = outcomes - set(OUTCOMES)
    if unknown:
        raise ValueError(f"test outcomes must be among {', '.join(OUTCOMES)}; got {sorted(unknown)}")
    if outcomes & {"failed", "error"}:
        return "fails"
    if "xfailed" in outcomes:
        return "xfail"
    if "passed" in outcomes:
        return "holds"
    return "not run"


def _number(value):
    value = float(value)
    return None if math.isnan(value) else round(value, 6)


def measured_entry(claim, accuracies: Mapping[str, Mapping[str, float]], seed: int | None) -> dict:
    """What a claim's test measured on one seed: every bound, and the accuracies it read."""
    bounds = []
    for bound in claim.bounds:
        try:
            article = _number(bound.article_value())
        except KeyError:  # a row or evaluation the article gives no number for
            article = None
        bounds.append({
            "bound": bound.describe(), "kind": bound.kind, "threshold": _number(bound.value),
            "article": article, "measured": _number(bound.measure(accuracies)),
            "holds": bool(bound.holds(accuracies)),
        })
    rows = {key: {name: _number(v) for name, v in accuracies[key].items()} for key in claim.rows}
    return {"seed": seed, "bounds": bounds, "accuracies": rows}


def build_report(environment: Mapping, seeds: Iterable[int], tests: Mapping[str, list],
                 measured: Mapping[str, list], claim_ids: Iterable[str]) -> dict:
    """The report of one run: ``tests`` and ``measured`` map claim id -> entries."""
    claims = {}
    for claim_id in claim_ids:
        entries = sorted(tests.get(claim_id, []), key=lambda t: (t["seed"] is None, t["seed"] or 0, t["test"]))
        claims[claim_id] = {
            "status": claim_status(t["outcome"] for t in entries),
            "seeds": sorted({t["seed"] for t in entries if t["seed"] is not None}),
            "tests": entries,
            "measured": sorted(measured.get(claim_id, []), key=lambda m: (m["seed"] is None, m["seed"] or 0)),
        }
    return {"schema": SCHEMA, "environment": {**environment, "seeds": list(seeds)}, "claims": claims}


def _check_keys(where: str, data, spec: Mapping, problems: list[str]) -> bool:
    if not isinstance(data, dict):
        problems.append(f"{where}: expected an object, got {type(data).__name__}")
        return False
    for key in data:
        if key not in spec:
            problems.append(f"{where}: unknown key {key!r} (expected {', '.join(spec)})")
    for key, kind in spec.items():
        if key not in data:
            problems.append(f"{where}: missing key {key!r}")
        elif not isinstance(data[key], kind) or (isinstance(data[key], bool) and kind in (int, (int, float))):
            names = " or ".join(k.__name__ for k in (kind if isinstance(kind, tuple) else (kind,)))
            problems.append(f"{where}.{key}: expected {names}, got {type(data[key]).__name__} {data[key]!r}"[:200])
    return True


def validate(data, claim_ids: Iterable[str] | None = None) -> list[str]:
    """Every problem with a parsed report (empty when it is valid): unknown or missing keys,
    wrong types, unknown claim ids, unknown statuses and outcomes, a status its tests contradict."""
    if claim_ids is None:
        from .claims import CLAIMS

        claim_ids = CLAIMS
    known = set(claim_ids)
    problems: list[str] = []
    if not _check_keys("report", data, _TOP, problems):
        return problems
    if data.get("schema") not in (SCHEMA, None) and isinstance(data.get("schema"), str):
        problems.append(f"report.schema: expected {SCHEMA!r}, got {data['schema']!r}")
    if isinstance(data.get("environment"), dict):
        _check_keys("environment", data["environment"], _ENVIRONMENT, problems)
    claims = data.get("claims")
    if not isinstance(claims, dict):
        return problems
    for claim_id, entry in claims.items():
        where = f"claims[{claim_id!r}]"
        if claim_id not in known:
            problems.append(f"{where}: unknown claim id (see docs/claims.md)")
        if not _check_keys(where, entry, _CLAIM, problems):
            continue
        status = entry.get("status")
        if isinstance(status, str) and status not in STATUSES:
            problems.append(f"{where}.status: expected one of {', '.join(STATUSES)}, got {status!r}")
        outcomes = []
        for i, test in enumerate(entry.get("tests") if isinstance(entry.get("tests"), list) else []):
            if _check_keys(f"{where}.tests[{i}]", test, _TEST, problems):
                outcome = test.get("outcome")
                if isinstance(outcome, str) and outcome not in OUTCOMES:
                    problems.append(f"{where}.tests[{i}].outcome: expected one of {', '.join(OUTCOMES)}, got {outcome!r}")
                else:
                    outcomes.append(outcome)
        for i, m in enumerate(entry.get("measured") if isinstance(entry.get("measured"), list) else []):
            if _check_keys(f"{where}.measured[{i}]", m, _MEASURED, problems):
                for j, bound in enumerate(m.get("bounds") if isinstance(m.get("bounds"), list) else []):
                    _check_keys(f"{where}.measured[{i}].bounds[{j}]", bound, _BOUND, problems)
        if status in STATUSES and all(isinstance(o, str) for o in outcomes):
            expected = claim_status(o for o in outcomes if o in OUTCOMES)
            if expected != status:
                problems.append(f"{where}.status: {status!r} contradicts its tests' outcomes (they give {expected!r})")
    missing = sorted(known - set(claims))
    if missing:
        problems.append(f"claims: missing registered claim(s) {', '.join(missing)}")
    return problems


def load(path: str | os.PathLike, claim_ids: Iterable[str] | None = None) -> dict:
    """Read and validate a report; a ``ResultsError`` lists every problem (or the JSON error)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ResultsError(path, [f"cannot read: {error.strerror or error}"]) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        hint = "" if text.rstrip().endswith(("}", "]")) else " (truncated? it does not end with a closing bracket)"
        raise ResultsError(path, [f"not valid JSON{hint}: {error.msg} (line {error.lineno}, column {error.colno})"]) from None
    problems = validate(data, claim_ids)
    if problems:
        raise ResultsError(path, problems)
    return data
