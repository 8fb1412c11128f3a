"""The committed TF 2.21 claims report and the ways the validator's tests break it, one change at a
time (tests/test_report_checks.py, tests/test_report_check_edges.py)."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from lstm_behaviour.reports.claims_report import validate

RESULTS = Path(__file__).resolve().parent.parent / "docs" / "results"
REPORT = json.loads((RESULTS / "tf-2.21.json").read_text("utf-8"))
TRAINED = "E1.stateless-matches-mlp"  # decided on seeds 0-4 in that report (--seeds auto)
UNTRAINED = "S.reset-zeroes-state"


def broken(change) -> list[str]:
    """What the validator says of a copy of the report after ``change(copy)``."""
    data = copy.deepcopy(REPORT)
    change(data)
    return validate(data)


def unknown_claim_first(data: dict, copied: str) -> None:
    """Put a claim no registry has first, a copy of ``copied`` with tests of its own."""
    data["claims"] = {"X.unknown": copy.deepcopy(data["claims"][copied]), **data["claims"]}
    for t in data["claims"]["X.unknown"]["tests"]:  # its own tests, not the copied claim's
        t["test"] += "[unknown]"


def shift_every_bound(data: dict, key: str, by: float) -> int:
    """Add ``by`` to ``key`` of every bound of every seed of every claim; the bounds changed."""
    bounds = [b for entry in data["claims"].values() for m in entry["measured"] for b in m["bounds"]]
    for b in bounds:
        b[key] += by
    return len(bounds)
