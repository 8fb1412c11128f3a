"""The claims report's format: its schema and version, the words it uses, and ``ResultsError``.

The format is the JSON Schema ``lstm_behaviour/schemas/claims-report.schema.json``;
``report_checks`` checks a report against it and the registry, ``claims_report`` writes and
reads one.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from pathlib import Path

__all__ = [
    "DEFAULT_ARTICLES",
    "MAX_FEATURES",
    "MAX_PROBLEMS",
    "OLDER_SCHEMAS",
    "OUTCOMES",
    "PROPERTY",
    "SCHEMA",
    "SCHEMA_FILE",
    "STATUSES",
    "ResultsError",
    "claim_status",
    "named_articles",
]

SCHEMA = "lstm-behaviour/claims-report/3"
#: the articles a report holds the trained claims of where its environment names none: the reports
#: written while the Qiita article was the only one
DEFAULT_ARTICLES = ("qiita",)
SCHEMA_FILE = Path(__file__).resolve().parents[1] / "schemas" / "claims-report.schema.json"
STATUSES = ("holds", "fails", "xfail", "fixed", "not run")
OUTCOMES = ("passed", "failed", "error", "xfailed", "skipped")
#: user property of a claim test: {"claim": id} | {"measured": {...}} | {"verdict": {...}}
PROPERTY = "lstm_behaviour.claim"
MAX_PROBLEMS = 20
#: the most claims a report may list (the registry has a few dozen; the schema checks each in
#: milliseconds, so a file of 100,000 would take minutes)
MAX_CLAIMS = 1000
MAX_FEATURES = 64  # CPU feature names in a report's environment
#: Formats this version reads only to say they are old, and why.
OLDER_SCHEMAS = {
    "lstm-behaviour/claims-report/1": "no oneDNN mode, per-seed verdicts",
    "lstm-behaviour/claims-report/2": "no record of how each claim was decided, per-claim alpha of 1%",
}


def named_articles(environment) -> tuple[str, ...]:
    """The articles whose trained claims a report of ``environment`` holds: those it names, or else
    ``DEFAULT_ARTICLES``."""
    return tuple(environment.get("articles", DEFAULT_ARTICLES))


class ResultsError(ValueError):
    """A claims report that cannot be used; ``problems`` lists everything wrong with it."""

    def __init__(self, path, problems: list[str]):
        self.path, self.problems = str(path), list(problems)
        super().__init__(f"{path}: " + "; ".join(self.problems))


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


def _number(value) -> float:
    value = float(value)
    if not math.isfinite(value):
        raise ValueError(f"a measured value must be finite, got {value!r}")
    return round(value, 6) + 0.0  # + 0.0: a difference of -1e-17 is written 0.0, never -0.0
