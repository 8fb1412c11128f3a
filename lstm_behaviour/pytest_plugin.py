"""The pytest plugin of lstm-behaviour (entry point ``pytest11: lstm_behaviour``).

Installed with the package, so every pytest run in its environment gets:

- options ``--seeds`` (the trained claims' seeds: fixed, default 0-2, or ``auto``: added until
  each claim's sequential test decides), ``--claim ID`` (only the tests
  of these claims), ``--claims-report PATH`` (the claims report, also under xdist) and
  ``--long`` (also the tests marked ``long``, which a run skips without it) and ``--recorded FILE``
  (a seed's rows read from a calibration file of the same setup, not trained: ``spec.recorded``);
- markers ``claim(id)``, ``trained`` and ``long(why)``; a test's claim id is written once, in its
  marker, and the ``claim`` fixture reads it;
- fixtures ``claim``, ``trained_row``, ``trained_transplant`` and ``claim_over_seeds`` (a trained
  claim's verdict over the run's seeds, ``verdicts.decide``);
- the claims report and a terminal summary of the trained claims' decisions and of the long
  tests a run left out (``pytest_report``);
- under ``-n``: ``--dist loadgroup`` (passed on to the workers), so tests that share trained
  rows run on one worker and each row is trained once; one TensorFlow intra-op and one
  inter-op thread per worker unless the environment sets them;
- the known failures of the setup in use (``known_failures``) as strict xfails that accept only
  the exception the finding produces.

Nothing here imports TensorFlow until a test needs a model.
"""

from __future__ import annotations

import functools
import sys

import pytest

from .engine.environment import (
    EnvironmentProblem,
    cap_threads,
    check_environment,
    check_floatx,
    exit_on_second_interrupt,
)
from .pytest_report import LONG_SKIP, RECORDED, SEED_PLAN, ClaimsReporter, LongLeftOut, VerdictSummary, current_versions
from .stats.seeds import DEFAULT_SEEDS, SeedPlan

__all__ = [
    "ClaimsReporter",
    "claim_over_seeds",
    "forward_loadgroup",
    "known_failure_marker",
    "marked_claim_id",
    "trained_groups",
]

_MARKERS = (
    "claim(id): the test checks this claim of the article (see docs/claims.md)",
    "trained: the test trains the article's models (slow; seeds from --seeds)",
    "long(why): the test trains for minutes a seed: skipped unless --long (why says what it trains)",
    # registered here too, so that -p no:xdist runs accept the groups this plugin gives trained tests
    "xdist_group(name): pytest-xdist: tests that share trained rows stay on one worker",
)


def pytest_addoption(parser):
    group = parser.getgroup("lstm-behaviour", "lstm-behaviour: the article's claims")
    group.addoption(
        "--seeds",
        default=DEFAULT_SEEDS,
        help=(
            "seeds of the trained claims: 'auto' (seeds 0, 1, 2, ... until each claim's sequential test "
            "decides; 'auto:100' starts at seed 100) or numbers and ranges, e.g. 0-19 or 0,3,7 "
            f"(default {DEFAULT_SEEDS})"
        ),
    )
    group.addoption(
        "--claims-report",
        default=None,
        metavar="PATH",
        help="write the claims report (JSON: environment, each claim's verdict, seeds and measured values) to PATH",
    )
    group.addoption(
        "--claim",
        action="append",
        default=[],
        metavar="ID",
        help="run only the tests of this claim id (repeatable), e.g. --claim E1.stateful-reverse-fails",
    )
    group.addoption(
        "--long",
        action="store_true",
        default=False,
        help="also run the tests marked long (minutes a seed each; without it they are skipped, and said so)",
    )
    group.addoption(
        "--recorded",
        default=None,
        metavar="FILE",
        help=(
            "read a seed's trained rows from this calibration file of the setup in use (written by "
            "`python -m lstm_behaviour calibrate`) where it holds them, and train only the others; "
            "the report marks each seed read"
        ),
    )


@pytest.hookimpl(wrapper=True)
def pytest_cmdline_main(config):
    # Keep tests that share trained rows on one worker (``trained_groups``). A wrapper runs before
    # every plain implementation, whatever order the plugins were registered in: xdist's own
    # (tryfirst) turns an unset ``--dist`` into ``load`` under ``-n``, and would otherwise come
    # first whenever this plugin was registered before it.
    if getattr(config.option, "numprocesses", None) and getattr(config.option, "dist", "no") == "no":
        config.option.dist = "loadgroup"
    return (yield)


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node):
    # Workers parse the command line again and decide ``loadgroup`` (adding "@group" to the
    # test ids) before any hook of ours runs there; tell them what the main process chose.
    node.workerinput["lstm_behaviour_dist"] = node.config.option.dist


def forward_loadgroup(config) -> None:
    """On a worker, turn on xdist's ``loadgroup`` when the main process chose it (above)."""
    worker = getattr(config, "workerinput", None)
    if worker is not None and worker.get("lstm_behaviour_dist") == "loadgroup":
        config.option.loadgroup = True  # read by xdist's collection hook on the worker


def pytest_configure(config):
    for line in _MARKERS:
        config.addinivalue_line("markers", line)
    forward_loadgroup(config)
    if hasattr(config, "workerinput"):  # an xdist worker: do not fight the other workers for cores
        cap_threads()
    try:
        check_environment()
        check_floatx()
    except EnvironmentProblem as problem:
        raise pytest.UsageError(str(problem)) from None
    text = config.getoption("--seeds")
    try:
        config.stash[SEED_PLAN] = SeedPlan.parse(text)
    except ValueError as error:
        raise pytest.UsageError(f"--seeds: {error} (or 'auto', 'auto:100')") from None
    recorded = config.getoption("--recorded")
    if recorded is not None:
        from .spec.recorded import read_recorded

        try:
            config.stash[RECORDED] = read_recorded(recorded)
        except ValueError as error:
            raise pytest.UsageError(f"--recorded: {error}") from None
    wanted = config.getoption("--claim")
    if wanted:
        from .spec.claims import CLAIMS

        unknown = [c for c in wanted if c not in CLAIMS]
        if unknown:
            raise pytest.UsageError(f"--claim must name registered claims (see docs/claims.md); got {unknown}")
    if not hasattr(config, "workerinput"):
        exit_on_second_interrupt()  # pytest stops on the first Ctrl-C; a second one ends the process at once
        config.pluginmanager.register(VerdictSummary(config), "lstm_behaviour_verdict_summary")
        config.pluginmanager.register(LongLeftOut(), "lstm_behaviour_long_left_out")
    path = config.getoption("--claims-report")
    if path is not None and not hasattr(config, "workerinput"):  # the main process collects the workers' reports
        from .reports.claims_report import check_report_path

        try:
            check_report_path(path)
        except ValueError as error:
            raise pytest.UsageError(f"--claims-report: {error}") from None
        config.pluginmanager.register(ClaimsReporter(config, path), "lstm_behaviour_claims_report")


def marked_claim_id(item) -> str | None:
    """The claim id in an item's ``claim`` marker (None without one); a UsageError if malformed."""
    marks = list(item.iter_markers("claim"))
    if not marks:
        return None
    from .spec.claims import CLAIMS

    ids = [mark.args[0] if len(mark.args) == 1 and not mark.kwargs else None for mark in marks]
    if len(ids) != 1 or ids[0] not in CLAIMS:
        raise pytest.UsageError(
            f"{item.nodeid}: a test carries one claim marker naming a registered claim, got {ids!r}"
        )
    return ids[0]


@functools.cache
def trained_groups() -> dict[str, str]:
    """Trained claim id -> xdist group: claims that read a common trained row share a group.

    Groups are the connected components of the claims' rows (experiment 5 reads its source
    row), so each (row, seed) is trained once per run and both cores get work.
    """
    from .spec.claims import trained_claims
    from .spec.experiments import transplant  # no TensorFlow import

    parent: dict = {}

    def find(key):
        while parent.setdefault(key, key) != key:
            key = parent[key]
        return key

    reads = {}
    for c in trained_claims():
        rows = set(c.rows)
        rows.update(t.source for t in map(transplant, c.rows) if t is not None)
        reads[c.id] = sorted(rows)
        for key in reads[c.id]:
            parent[find(key)] = find(reads[c.id][0])
    members: dict = {}
    for key in parent:
        members.setdefault(find(key), []).append(key)
    name = {root: min(keys).replace("/", ":") for root, keys in members.items()}
    return {claim_id: name[find(rows[0])] for claim_id, rows in reads.items()}


@pytest.hookimpl(tryfirst=True)  # before xdist's hook, which reads the xdist_group markers
def pytest_collection_modifyitems(config, items):
    """Refuse malformed claim markers; with ``--claim``, keep only those claims' tests; group
    trained tests by the rows they share; mark known failures of this setup as strict xfails;
    without ``--long``, skip the tests marked ``long``."""
    from .reports.claims_report import PROPERTY

    wanted = set(config.getoption("--claim"))
    long_runs = config.getoption("--long")
    keep, drop = [], []
    groups = None
    for item in items:
        claim_id = marked_claim_id(item)
        (keep if not wanted or claim_id in wanted else drop).append(item)
        skip_long(item, skip=not long_runs)
        if claim_id is None:
            continue
        item.user_properties.append((PROPERTY, {"claim": claim_id}))
        if item.get_closest_marker("trained"):
            groups = groups if groups is not None else trained_groups()
            if claim_id in groups:
                item.add_marker(pytest.mark.xdist_group(groups[claim_id]))
        from .spec.known_failures import expected_failure

        layer = getattr(item, "callspec", None) and item.callspec.params.get("layer")
        failure = expected_failure(claim_id, layer=layer)
        if failure is not None:
            item.add_marker(known_failure_marker(failure))
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


def skip_long(item, *, skip: bool) -> None:
    """With ``skip``, skip a test marked ``long(why)``, saying what it trains and how to run it;
    with or without it, a UsageError for a ``long`` marker without its one reason."""
    mark = item.get_closest_marker("long")
    if mark is None:
        return
    if len(mark.args) != 1 or mark.kwargs or not isinstance(mark.args[0], str) or not mark.args[0].strip():
        raise pytest.UsageError(f"{item.nodeid}: a long marker carries one reason, the text of what it trains")
    if skip:
        item.add_marker(pytest.mark.skip(reason=f"{LONG_SKIP}{mark.args[0]}; run it with --long"))


def known_failure_marker(failure):
    """A known failure as a strict xfail that accepts the finding's own exception only
    (``KnownFailure.raises``): any other exception under it fails the run."""
    import builtins

    raises = tuple(getattr(builtins, name) for name in failure.raises)
    return pytest.mark.xfail(reason=failure.xfail_reason(), strict=True, raises=raises)


@pytest.fixture
def claim(request):
    """The ``Claim`` named by the requesting test's ``claim`` marker."""
    from .spec.claims import CLAIMS

    claim_id = marked_claim_id(request.node)
    if claim_id is None:
        raise pytest.UsageError(f"{request.node.nodeid} uses the claim fixture without a claim marker")
    return CLAIMS[claim_id]


_TRAINED: dict = {}
_TRANSPLANTS: dict = {}


def _trained(key: str, seed: int):
    from .engine.rows import run_row
    from .spec.experiments import row

    if (key, seed) not in _TRAINED:
        _TRAINED[key, seed] = run_row(row(key), seed)
    return _TRAINED[key, seed]


def _transplant(key: str, seed: int):
    from .engine.transplant import run_transplant
    from .spec.experiments import transplant

    if (key, seed) not in _TRANSPLANTS:
        experiment = transplant(key)
        source = _trained(experiment.source, seed)  # shared with the source row's claims
        _TRANSPLANTS[key, seed] = run_transplant(experiment, seed, source_weights=source.weights)
    return _TRANSPLANTS[key, seed]


@pytest.fixture(scope="session")
def trained_row():
    """``trained_row(key, seed)``: the row's ``RowResult``, trained once per process."""
    return _trained


@pytest.fixture(scope="session")
def trained_transplant():
    """``trained_transplant(seed, key=None)``: a transplant experiment's ``TransplantResult``, once per
    process; ``key`` (``"E5/transplant"``) may be left out while one article registers a transplant."""

    def run(seed: int, key: str | None = None):
        from .spec.articles import articles

        keys = [a.transplant.key for a in articles().values() if a.transplant is not None]
        if key is None and len(keys) != 1:
            raise pytest.UsageError(f"trained_transplant needs a key, one of {', '.join(keys)}")
        if key is not None and key not in keys:
            raise pytest.UsageError(f"trained_transplant's key must be one of {', '.join(keys)}; got {key!r}")
        return _transplant(key or keys[0], seed)

    return run


def seed_measures(claim, seed: int) -> dict:
    """What a trained claim reads on one seed: row key -> evaluation -> accuracy."""
    from .spec.experiments import transplant

    return {
        key: (_transplant(key, seed).measures if transplant(key) is not None else _trained(key, seed).accuracy)
        for key in claim.rows
    }


@pytest.fixture
def claim_over_seeds(request, claim):
    """``claim_over_seeds(measure=None)``: the marked claim's ``RunVerdict`` over ``--seeds``.

    Each seed's measures (``measure(seed)``, by default the trained rows the claim reads, or
    their records where ``--recorded`` holds them all) go into the claims report; the verdict
    is ``verdicts.decide`` at the claim's stated rate,
    or, on a setup with a known failure of the claim, at the failure's rate.
    """
    from .reports.claims_report import PROPERTY, measured_entry
    from .reports.run_checks import accuracy_problems
    from .spec.known_failures import expected_failure
    from .stats.verdicts import decide

    def run(measure=None):
        outcomes = {}
        failure = expected_failure(claim.id) if claim.trained else None
        expected = failure.rate if failure else None
        plan = request.config.stash[SEED_PLAN]
        auto = plan.sequential
        verdict_of = (claim.id, claim.rate)
        recorded = request.config.stash.get(RECORDED, None)
        for seed in plan.seeds():
            source = None
            if measure is not None:
                measures = measure(seed)
            elif recorded is not None and (measures := recorded.measures(claim.rows, seed)) is not None:
                source = recorded.path
            else:
                measures = seed_measures(claim, seed)
            wrong = accuracy_problems(claim.rows, {k: measures[k] for k in claim.rows if k in measures})
            if wrong:  # what validate would refuse in the report: refused here, with the test
                raise ValueError(f"{claim.id} on seed {seed}: {wrong[0]} (accuracies a run can measure)")
            check = claim.on_seed(measures)
            request.node.user_properties.append(
                (PROPERTY, {"measured": measured_entry(claim, measures, seed, recorded=source)})
            )
            outcomes[seed] = (check.ok, check.message())
            if auto and decide(*verdict_of, outcomes, expected, sequential=True, alpha=claim.alpha).stop().decision:
                break
        verdict = decide(*verdict_of, outcomes, expected, sequential=auto, alpha=claim.alpha)
        request.node.user_properties.append((PROPERTY, {"verdict": verdict.record()}))
        return verdict

    return run


def pytest_sessionfinish(session):
    worker = getattr(session.config, "workeroutput", None)
    if worker is not None and "lstm_behaviour.engine.compat" in sys.modules:  # tell the main process the versions
        worker["lstm_behaviour_versions"] = current_versions()
