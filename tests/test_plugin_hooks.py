"""The pytest plugin's hooks, each on its own: the options as ``--help`` prints them (and the guide
shows), what an xdist worker does differently (its thread caps, the group scheduling passed on,
the versions sent back, no report or summary of its own), malformed claim markers, and the
known-failure marker's reason. The runs under xdist (tests/test_claims_report.py,
tests/test_xdist_groups.py) show the same end to end."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import numpy  # noqa: F401  (loaded here: a nested pytest run would load it again, which numpy refuses)
import pytest

import lstm_behaviour.engine.compat  # noqa: F401  (the backend, imported once, outside the nested runs)
from lstm_behaviour import pytest_plugin
from lstm_behaviour.pytest_report import SEED_PLAN, ClaimsReporter, LongLeftOut, VerdictSummary
from lstm_behaviour.stats.seeds import SeedPlan

ROOT = Path(__file__).resolve().parent.parent


def test_help_prints_the_options_as_the_guide_shows_them(nested_pytest, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    result = nested_pytest("--help")
    text = result.stdout.str()
    start = text.index("lstm-behaviour: the article's claims:")
    printed = text[start : text.index("\n\n", start)]
    guide = (ROOT / "docs" / "guide.md").read_text("utf-8")
    block = re.search(r"  ```text\n(  lstm-behaviour: the article's claims:\n.*?)\n  ```", guide, re.S).group(1)
    assert printed == "\n".join(line[2:] for line in block.splitlines())


def _worker_config(dist: str | None, **option):
    return SimpleNamespace(
        workerinput={} if dist is None else {"lstm_behaviour_dist": dist}, option=SimpleNamespace(**option)
    )


def test_a_worker_schedules_by_group_where_the_main_process_chose_it():
    chose = _worker_config("loadgroup")
    pytest_plugin.forward_loadgroup(chose)
    assert chose.option.loadgroup is True
    for config in (_worker_config("load"), _worker_config(None)):
        pytest_plugin.forward_loadgroup(config)
        assert not hasattr(config.option, "loadgroup")
    main_process = SimpleNamespace(option=SimpleNamespace())  # no workerinput
    pytest_plugin.forward_loadgroup(main_process)
    assert not hasattr(main_process.option, "loadgroup")


def test_a_worker_sends_its_versions_back_once_the_backend_is_loaded(monkeypatch):
    import sys

    monkeypatch.setattr(pytest_plugin, "current_versions", lambda: {"keras": "x"})
    worker = SimpleNamespace(config=SimpleNamespace(workeroutput={}))
    pytest_plugin.pytest_sessionfinish(worker)
    assert worker.config.workeroutput == {"lstm_behaviour_versions": {"keras": "x"}}
    monkeypatch.delitem(sys.modules, "lstm_behaviour.engine.compat")
    unloaded = SimpleNamespace(config=SimpleNamespace(workeroutput={}))
    pytest_plugin.pytest_sessionfinish(unloaded)
    assert unloaded.config.workeroutput == {}  # nothing imported the backend: nothing to say
    pytest_plugin.pytest_sessionfinish(SimpleNamespace(config=SimpleNamespace()))  # the main process: no-op


class _Config:
    """What ``pytest_configure`` reads of a config: options, markers, the plugin manager."""

    def __init__(self, worker: bool, **options):
        self.options = {"--seeds": "0-2", "--claim": [], "--claims-report": None, "--recorded": None, **options}
        self.markers, self.registered = [], {}
        self.option = SimpleNamespace()
        self.stash = pytest.Stash()
        self.pluginmanager = SimpleNamespace(register=lambda plugin, name=None: self.registered.update({name: plugin}))
        if worker:
            self.workerinput = {}

    def getoption(self, name):
        return self.options[name]

    def addinivalue_line(self, key, line):
        self.markers.append((key, line))


def test_a_worker_caps_its_threads_and_leaves_the_summary_and_the_report_to_the_main_process(monkeypatch, tmp_path):
    capped = []
    monkeypatch.setattr(pytest_plugin, "cap_threads", lambda: capped.append(True))
    monkeypatch.setattr(pytest_plugin, "exit_on_second_interrupt", lambda: None)
    report = str(tmp_path / "r.json")
    worker = _Config(worker=True, **{"--claims-report": report})
    worker.workerinput["lstm_behaviour_dist"] = "loadgroup"
    pytest_plugin.pytest_configure(worker)
    assert capped == [True] and worker.registered == {} and worker.option.loadgroup is True
    marked = [line.split(":")[0] for _, line in worker.markers]
    assert marked == ["claim(id)", "trained", "long(why)", "xdist_group(name)"]
    assert {key for key, _ in worker.markers} == {"markers"}
    main_process = _Config(worker=False, **{"--claims-report": report})
    pytest_plugin.pytest_configure(main_process)
    assert capped == [True], "the main process keeps its threads"
    assert isinstance(main_process.registered.pop("lstm_behaviour_verdict_summary"), VerdictSummary)
    assert isinstance(main_process.registered.pop("lstm_behaviour_claims_report"), ClaimsReporter)
    assert isinstance(main_process.registered.pop("lstm_behaviour_long_left_out"), LongLeftOut)
    assert main_process.registered == {}
    assert worker.stash[SEED_PLAN] == main_process.stash[SEED_PLAN] == SeedPlan(fixed=(0, 1, 2))


def test_claim_selection_names_the_unknown_ids(monkeypatch):
    monkeypatch.setattr(pytest_plugin, "cap_threads", lambda: None)
    config = _Config(worker=True, **{"--claim": ["E1.stateless-loop-fails", "E9.nothing", "x"]})
    with pytest.raises(pytest.UsageError) as error:
        pytest_plugin.pytest_configure(config)
    assert str(error.value) == "--claim must name registered claims (see docs/claims.md); got ['E9.nothing', 'x']"
    pytest_plugin.pytest_configure(_Config(worker=True, **{"--claim": ["E1.stateless-loop-fails"]}))


def test_the_summary_can_be_left_out_by_its_name(pytester, nested_pytest):
    pytester.makepyfile(
        test_one="""
import pytest


@pytest.mark.trained
@pytest.mark.claim("E1.stateless-loop-fails")
def test_loop(claim_over_seeds):
    verdict = claim_over_seeds(lambda seed: {k: {"in_order": 0.8, "reverse": 0.8, "loop": 0.04}
                                             for k in ("E1/dense", "E1/lstm")})
    assert verdict.passes
"""
    )
    shown = nested_pytest("--seeds", "0")
    shown.stdout.fnmatch_lines(["trained claims over 1 fixed seed*"])
    hidden = nested_pytest("--seeds", "0", "-p", "no:lstm_behaviour_verdict_summary")
    hidden.assert_outcomes(passed=1)
    assert "trained claims over" not in hidden.stdout.str()


@pytest.mark.parametrize(
    ("marker", "got"),
    [
        ('@pytest.mark.claim("E1.stateless-loop-fails", "E1.stateless-matches-mlp")', "[None]"),
        ('@pytest.mark.claim(id="E1.stateless-loop-fails")', "[None]"),
        ('@pytest.mark.claim("E9.nothing")', "['E9.nothing']"),
        (
            '@pytest.mark.claim("E1.stateless-loop-fails")\n@pytest.mark.claim("E1.stateless-loop-fails")',
            "['E1.stateless-loop-fails', 'E1.stateless-loop-fails']",
        ),
    ],
    ids=["two-ids", "keyword", "unknown", "two-markers"],
)
def test_a_malformed_claim_marker_is_a_usage_error_naming_the_test(pytester, nested_pytest, marker, got):
    pytester.makepyfile(test_bad=f"import pytest\n\n\n{marker}\ndef test_x():\n    pass\n")
    result = nested_pytest()
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        [f"ERROR: test_bad.py::test_x: a test carries one claim marker naming a registered claim, got {got}"]
    )


def test_a_known_failure_marker_gives_the_finding_as_its_reason():
    from lstm_behaviour.spec.known_failures import all_known_failures

    failure = all_known_failures()[0]
    mark = pytest_plugin.known_failure_marker(failure).mark
    assert mark.kwargs["reason"] == failure.xfail_reason() and mark.kwargs["strict"] is True
