"""``pytest --claims-report=PATH``: the pytest side of ``lstm_behaviour.results``.

Tests run anywhere (an xdist worker or the main process); each claim test's report carries the
claim id, the seed and what it measured in ``user_properties`` (``PROPERTY``), which pytest-xdist
sends to the main process. There ``ClaimsReporter`` collects the reports and, at the end of the
session, writes the JSON whole (a temporary file, then a rename) or not at all.
"""

from __future__ import annotations

import dataclasses
import datetime

from .files import write_json
from .results import build_report

__all__ = ["PROPERTY", "ClaimsReporter", "outcome_of"]

PROPERTY = "lstm_behaviour.claim"  # user property: {"claim": id, "seed": n | None[, "measured": {...}]}

_RANK = {"passed": 0, "skipped": 1, "xfailed": 2, "failed": 3, "error": 4}


def outcome_of(report) -> str | None:
    """The outcome one phase's report gives its test, or None when the phase says nothing."""
    if hasattr(report, "wasxfail") and report.skipped:
        return "xfailed"
    if report.when == "call":
        return "failed" if report.failed else ("skipped" if report.skipped else "passed")
    if report.failed:
        return "error"
    if report.skipped:
        return "skipped"
    return None


class ClaimsReporter:
    """A pytest plugin (main process only) that writes the claims report at the session's end."""

    def __init__(self, config, path):
        self.config, self.path = config, path
        self.tests: dict[str, dict] = {}  # nodeid -> test entry
        self.claim_of: dict[str, str] = {}
        self.measured: dict[str, list] = {}

    def pytest_runtest_logreport(self, report):
        props = [value for name, value in report.user_properties if name == PROPERTY]
        if not props:
            return
        info = {k: v for p in props for k, v in p.items()}
        outcome = outcome_of(report)
        entry = self.tests.setdefault(report.nodeid, {
            "test": report.nodeid, "seed": info.get("seed"), "outcome": "passed", "duration_s": 0.0,
        })
        self.claim_of[report.nodeid] = info["claim"]
        entry["duration_s"] = round(entry["duration_s"] + float(report.duration), 3)
        if outcome is not None and _RANK[outcome] >= _RANK[entry["outcome"]]:
            entry["outcome"] = outcome
        if report.when == "call" and "measured" in info:
            self.measured.setdefault(info["claim"], []).append(info["measured"])

    def pytest_sessionfinish(self, session):
        from .claims import CLAIMS
        from .compat import versions

        environment = {
            **dataclasses.asdict(versions()),
            "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        }
        tests: dict[str, list] = {}
        for nodeid, entry in self.tests.items():
            tests.setdefault(self.claim_of[nodeid], []).append(entry)
        report = build_report(environment, self.config.seeds, tests, self.measured, CLAIMS)
        write_json(self.path, report)

    def pytest_terminal_summary(self, terminalreporter):
        terminalreporter.write_line(f"claims report: {self.path}")
