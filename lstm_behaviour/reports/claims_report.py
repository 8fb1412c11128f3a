"""The claims report: one JSON file per test run, saying which claims held on which software.

``pytest --claims-report=PATH`` writes one (``pytest_plugin.ClaimsReporter``); ``python -m
lstm_behaviour validate PATH`` checks one; ``results_md`` renders several side by side. The
format is the JSON Schema ``lstm_behaviour/schemas/claims-report.schema.json`` (the contract
other tools use; its words are ``report_format``); ``validate`` (``report_checks``) adds what
a schema cannot say: registered claim ids, a status its verdict or tests contradict, bounds and
seed lists that disagree with the numbers beside them, versions that do not parse. A report
holds no dates or durations, so rerunning a setup rewrites the same file.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path

from .report_checks import validate
from .report_format import (
    OLDER_SCHEMAS,
    OUTCOMES,
    PROPERTY,
    SCHEMA,
    SCHEMA_FILE,
    STATUSES,
    ResultsError,
    _number,
    claim_status,
    named_articles,
)

__all__ = [
    "OUTCOMES",
    "PROPERTY",
    "SCHEMA",
    "SCHEMA_FILE",
    "STATUSES",
    "ResultsError",
    "build_report",
    "check_output_path",
    "check_report_path",
    "claim_status",
    "load",
    "measured_entry",
    "parse_json",
    "validate",
]


def measured_entry(claim, measures: Mapping[str, Mapping[str, float]], seed: int, recorded: str | None = None) -> dict:
    """What a claim's test measured on one seed: every bound, and the measures it read (from the
    calibration file ``recorded``, where ``pytest --recorded`` read them instead of training)."""
    bounds = []
    for bound in claim.bounds:
        try:
            article = _number(bound.article_value())
        except KeyError:  # a measure the article gives no number for
            article = None
        bounds.append(
            {
                "bound": bound.describe(),
                "kind": bound.kind,
                "threshold": _number(bound.value),
                "article": article,
                "measured": _number(bound.measure(measures)),
                "holds": bool(bound.holds(measures)),
            }
        )
    rows = {key: {name: _number(v) for name, v in measures[key].items()} for key in claim.rows}
    entry = {"seed": seed, "holds": all(b["holds"] for b in bounds), "bounds": bounds, "accuracies": rows}
    return entry if recorded is None else {**entry, "recorded": recorded}


def build_report(
    environment: Mapping,
    seeds: Iterable[int] | str,
    tests: Mapping[str, list],
    measured: Mapping[str, list],
    verdicts: Mapping[str, dict],
    known: Mapping[str, str | None],
    fixed: Iterable[str] = (),
) -> dict:
    """The report of one run: ``tests``, ``measured``, ``verdicts`` map claim id -> entries;
    ``known``: claim id -> the known failure's text on this setup (or None); ``fixed``: claims of
    a known failure whose range this setup is past, reported ``fixed`` where they hold."""
    from ..spec.claims import claims_of

    claims = {}
    for claim_id, c in claims_of(named_articles(environment)).items():
        entries = sorted(tests.get(claim_id, []), key=lambda t: t["test"])
        verdict = verdicts.get(claim_id, {})
        status = claim_status(t["outcome"] for t in entries)
        claims[claim_id] = {
            "status": "fixed" if status == "holds" and claim_id in set(fixed) else status,
            "rate": c.rate,
            "seeds": verdict.get("seeds", []),
            "held": verdict.get("held", []),
            "critical": verdict.get("critical"),
            "decision": verdict.get("decision"),
            "known_failure": known.get(claim_id),
            "tests": entries,
            "measured": sorted(measured.get(claim_id, []), key=lambda m: m["seed"]),
        }
    seeds = seeds if isinstance(seeds, str) else list(seeds)
    return {"schema": SCHEMA, "environment": {**environment, "seeds": seeds}, "claims": claims}


def parse_json(raw: bytes, path) -> object:
    """Strict JSON from bytes (``files.strict_json``); a ``ResultsError`` naming ``path`` otherwise."""
    from ..files import strict_json

    try:
        return strict_json(raw)
    except ValueError as error:
        raise ResultsError(path, [str(error)]) from None


def load(path: str | os.PathLike, claim_ids: Iterable[str] | None = None) -> dict:
    """Read and validate a report; a ``ResultsError`` lists every problem (or the read error)."""
    from ..files import read_bounded

    path = Path(path)
    try:
        raw = read_bounded(path, "a claims report")
    except ValueError as error:
        raise ResultsError(path, [str(error).removeprefix(f"{path}: ")]) from None
    data = parse_json(raw, path)
    try:
        problems = validate(data, claim_ids)
    except RecursionError:
        problems = ["not a claims report: nested too deeply"]
    if problems:
        raise ResultsError(path, problems)
    return data


def setup_error_report(setup: str, stage: str, message: str) -> dict:
    """The report of a setup that could not be installed or imported: the last lines of the error."""
    lines = [line for line in message.strip().splitlines() if line.strip()][-6:]
    text = "\n".join(lines)[-2000:] or "(no message)"
    return {"schema": SCHEMA, "setup_error": {"setup": setup, "stage": stage, "message": text}}


def check_report_path(path: str | os.PathLike) -> Path:
    """``check_output_path`` for ``--claims-report``, and more: not empty, a new path or a regular
    file, and an existing file only if it is a claims report (of any version), so a mistyped path
    cannot replace a device node or another file."""
    from ..files import existing_json

    if str(path) == "":
        raise ValueError("needs a file path, got ''")
    path = check_output_path(path)
    exists, data = existing_json(path, "a claims report")
    schema = data.get("schema") if isinstance(data, dict) else None
    if exists and not (isinstance(schema, str) and (schema == SCHEMA or schema in OLDER_SCHEMAS)):
        raise ValueError(f"{path} exists and is not a claims report; it would be overwritten (give a new path)")
    return path


def check_output_path(path: str | os.PathLike, inputs: Iterable[str | os.PathLike] = ()) -> Path:
    """Refuse, before any work, an output path that cannot be written whole: a directory, a
    path under a file, an unwritable folder, or one of the command's ``inputs``."""
    from ..files import check_writable

    return check_writable(path, inputs)
