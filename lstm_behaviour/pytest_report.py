"""The pytest plugin's reporting: the claims report it writes and its terminal summary.

Registered by ``pytest_plugin`` in the main process: ``ClaimsReporter`` (``--claims-report``;
under xdist it reads the workers' reports as they arrive), ``VerdictSummary`` (how the
trained claims were decided, or the power of a fixed-seed run) and ``LongLeftOut`` (the tests
marked ``long`` a run without ``--long`` skipped, and how to run them).
"""

from __future__ import annotations

import re

import pytest

from .stats.seeds import SeedPlan

__all__ = [
    "LONG_SKIP",
    "RECORDED",
    "SEED_PLAN",
    "ClaimsReporter",
    "LongLeftOut",
    "VerdictSummary",
    "claim_info",
    "current_versions",
    "outcome_of",
]

#: The run's ``--seeds`` as parsed at configure (``stats.seeds.SeedPlan``), in pytest's stash
SEED_PLAN = pytest.StashKey[SeedPlan]()
#: The calibration file of ``--recorded`` (``spec.recorded.Recorded``), where one was given
RECORDED = pytest.StashKey[object]()
#: how the skip reason of a test marked ``long`` begins (``pytest_plugin.skip_long``)
LONG_SKIP = "long: "


_RANK = {"passed": 0, "skipped": 1, "xfailed": 2, "failed": 3, "error": 4}
_GROUP_SUFFIX = re.compile(r"@[\w:.+-]+$")


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


def claim_info(report) -> dict:
    """What a test report carries in its ``user_properties`` about its claim: ``claim`` (the id),
    ``verdict`` (its record) and, from the call phase, ``measured`` (one entry a seed)."""
    from .reports.claims_report import PROPERTY

    info: dict = {}
    for name, value in report.user_properties:
        if name == PROPERTY:
            if "measured" in value and report.when == "call":
                info.setdefault("measured", []).append(value["measured"])
            for key in ("claim", "verdict"):
                if key in value:
                    info[key] = value[key]
    return info


class ClaimsReporter:
    """Writes the claims report at the end of a run (main process only; under xdist the
    workers' test reports carry the claim ids and measurements in ``user_properties``).

    A run that was interrupted or stopped early (Ctrl-C, ``-x``) writes nothing, so an
    existing report stays the last complete one.
    """

    def __init__(self, config, path):
        self.config, self.path = config, path
        self.tests: dict[str, dict] = {}  # nodeid -> {"test", "outcome"}
        self.claim_of: dict[str, str] = {}
        self.measured: dict[str, list] = {}
        self.verdicts: dict[str, dict] = {}
        self.versions: dict | None = None
        self.written: str | None = None
        self.empty = False
        self.write_error: str | None = None

    def pytest_runtest_logreport(self, report):
        info = claim_info(report)
        if "claim" not in info:
            return
        nodeid = _GROUP_SUFFIX.sub("", report.nodeid)
        claim_id = info["claim"]
        entry = self.tests.setdefault(nodeid, {"test": nodeid, "outcome": "passed"})
        self.claim_of[nodeid] = claim_id
        outcome = outcome_of(report)
        if outcome is not None and _RANK[outcome] >= _RANK[entry["outcome"]]:
            entry["outcome"] = outcome
        if report.when == "call":
            self.measured.setdefault(claim_id, []).extend(info.get("measured", []))
            if "verdict" in info:
                self.verdicts[claim_id] = info["verdict"]

    @pytest.hookimpl(optionalhook=True)
    def pytest_testnodedown(self, node, error):
        versions = getattr(node, "workeroutput", {}).get("lstm_behaviour_versions")
        if versions:
            self.versions = versions

    def pytest_sessionfinish(self, session, exitstatus):
        from .files import write_json
        from .reports.claims_report import build_report, validate
        from .spec.known_failures import expected_failure, newer_failure

        if exitstatus == pytest.ExitCode.INTERRUPTED or session.shouldstop or session.shouldfail:
            return
        if exitstatus in (pytest.ExitCode.USAGE_ERROR, pytest.ExitCode.INTERNAL_ERROR):
            return
        if not self.tests:
            self.empty = True  # --co, nothing selected, everything deselected: keep the last report
            return
        versions = self.versions or current_versions()
        tests: dict[str, list] = {}
        for nodeid, entry in self.tests.items():
            tests.setdefault(self.claim_of[nodeid], []).append(entry)
        known, fixed = {}, set()
        for claim_id in tests:
            failure = expected_failure(claim_id, versions)
            newer = None if failure else newer_failure(claim_id, versions)
            if failure is not None:
                known[claim_id] = failure.xfail_reason()
            elif newer is not None:
                known[claim_id] = newer[0].fixed_text(newer[1])
                fixed.add(claim_id)
        seeds = self.config.stash[SEED_PLAN].report_value()
        environment = {"articles": reported_articles(tests), **versions}
        report = build_report(environment, seeds, tests, self.measured, self.verdicts, known, fixed)
        problems = validate(report)
        if problems:  # a test gave measures no run can (its own measure function): refused, not written
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            self.write_error = f"it would not validate: {problems[0]}{more}"
            session.exitstatus = pytest.ExitCode.TESTS_FAILED if exitstatus == 0 else exitstatus
            return
        try:
            write_json(self.path, report)
        except (OSError, ValueError) as error:  # the folder went away, a full disk: said, not a traceback
            where = getattr(error, "strerror", None) or error
            self.write_error = f"{type(error).__name__}: {where}"
            session.exitstatus = pytest.ExitCode.INTERNAL_ERROR if exitstatus == 0 else exitstatus
            return
        self.written = str(self.path)

    def pytest_terminal_summary(self, terminalreporter):
        from .files import escaped, shown

        path = shown(self.path)  # a name with control characters, as its repr
        if self.written:
            terminalreporter.write_line(f"claims report: {path}")
        elif self.write_error:
            terminalreporter.write_line(
                f"claims report: not written ({escaped(self.write_error)}); {path} is unchanged", red=True
            )
        elif self.empty:
            terminalreporter.write_line(f"claims report: not written (no claim's test ran); {path} is unchanged")
        else:
            terminalreporter.write_line(f"claims report: not written (the run did not finish); {path} is unchanged")


class VerdictSummary:
    """The terminal summary's word on the trained claims' verdicts (main process): with
    ``--seeds auto``, how many seeds each claim took and why it stopped; with fixed seeds, the
    power such a run has against a broken claim, and that ``--seeds auto`` decides."""

    def __init__(self, config):
        self.config = config
        self.verdicts: dict[str, dict] = {}
        self.recorded: dict[str, int] = {}  # claim id -> seeds read from ``--recorded``'s file

    def pytest_runtest_logreport(self, report):
        if report.when != "call":
            return
        info = claim_info(report)
        if "claim" in info and (info.get("verdict") or {}).get("decision"):
            self.verdicts[info["claim"]] = info["verdict"]
            self.recorded[info["claim"]] = sum("recorded" in m for m in info.get("measured", ()))

    def lines(self) -> list[str]:
        if not self.verdicts:
            return []
        return self._verdict_lines() + self._recorded_lines()

    def _recorded_lines(self) -> list[str]:
        recorded = self.config.stash.get(RECORDED, None)
        read = sum(self.recorded.values())
        if recorded is None:
            return []
        out = [f"--recorded: {read} claim-seed{'s' if read != 1 else ''} read from {recorded.path}, not trained"]
        return out + [f"  measured with another {d}" for d in recorded.machine]

    def _verdict_lines(self) -> list[str]:
        from .spec.claims import CLAIMS
        from .stats.binomial import BETA, FAMILY_ALPHA

        plan = self.config.stash[SEED_PLAN]
        if plan.sequential:
            alphas = " or ".join(f"{a:.3%}" for a in sorted({CLAIMS[c].alpha for c in self.verdicts if c in CLAIMS}))
            out = [
                f"trained claims, --seeds auto: each decided sequentially (false alarm <= {alphas} a claim, "
                f"<= {FAMILY_ALPHA:.0%} over an article's claims in a report; "
                f"a claim broken to half its rate missed <= {BETA:.0%}):"
            ]
            for claim_id, v in sorted(self.verdicts.items()):
                read = self.recorded.get(claim_id, 0)
                of = f" ({read} read from {self.config.stash[RECORDED].path})" if read else ""
                out.append(f"  {claim_id}: {len(v['held'])}/{len(v['seeds'])} seeds{of}; {v['decision']['stopped']}")
            return out
        powers = [v["decision"]["power"] for v in self.verdicts.values() if v["decision"].get("power") is not None]
        n = len(plan.fixed)
        if not powers:
            return []
        return [
            f"trained claims over {n} fixed seed{'s' if n != 1 else ''}: a claim broken to half its rate is "
            f"caught with {min(powers):.0%}-{max(powers):.0%} probability (per claim in the claims report); "
            "--seeds auto decides"
        ]

    def pytest_terminal_summary(self, terminalreporter):
        for line in self.lines():
            terminalreporter.write_line(line)


class LongLeftOut:
    """The terminal summary's word on the tests marked ``long`` that the run skipped (main
    process; under xdist it reads the workers' reports): which claims, and the command that runs them."""

    def __init__(self):
        self.left: dict[str, str | None] = {}  # nodeid -> claim id

    def pytest_runtest_logreport(self, report):
        if report.when != "setup" or not report.skipped or not isinstance(report.longrepr, tuple):
            return
        if str(report.longrepr[2]).startswith(f"Skipped: {LONG_SKIP}"):
            self.left[report.nodeid] = claim_info(report).get("claim")

    def lines(self) -> list[str]:
        if not self.left:
            return []
        claims = sorted({c for c in self.left.values() if c})
        named = f" ({', '.join(claims)})" if claims else ""
        n = len(self.left)
        return [
            f"left out: {n} long test{'s' if n != 1 else ''}{named}, minutes a seed each; "
            "run them with: pytest --long -m long"
        ]

    def pytest_terminal_summary(self, terminalreporter):
        for line in self.lines():
            terminalreporter.write_line(line, yellow=True)


def reported_articles(claim_ids) -> list[str]:
    """The articles a report holds the trained claims of: those whose trained claims the run
    tested, in registry order; every registered one where it tested none (an untrained run)."""
    from .spec.claims import ARTICLE_CLAIMS

    ran = set(claim_ids)
    tested = [key for key, claims in ARTICLE_CLAIMS.items() if ran & {c.id for c in claims}]
    return tested or list(ARTICLE_CLAIMS)


def current_versions() -> dict:
    """The versions in use, as the claims report stores them."""
    from .engine.compat import versions_record

    return versions_record()
