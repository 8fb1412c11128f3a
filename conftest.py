"""pytest set-up: thread caps before TensorFlow loads, the claim marker, seeds, shared training.

- Each process (each xdist worker) gets one intra-op and one inter-op TensorFlow thread, so
  ``pytest -n auto`` workers do not fight over the cores; set before TensorFlow is imported.
- ``--seeds`` picks the seeds of the trained claims (default ``0-2``).
- ``trained_row(key, seed)`` trains a row once per process and shares it; under xdist the
  trained tests that share trained rows go to one worker (``--dist loadgroup``).
"""

from __future__ import annotations

import functools
import os

for _var in ("TF_NUM_INTRAOP_THREADS", "TF_NUM_INTEROP_THREADS", "OMP_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

import pytest  # noqa: E402

from lstm_behaviour.seeds import DEFAULT_SEEDS, parse_seeds  # noqa: E402

pytest_plugins = ["pytester"]  # tests/test_xdist_groups.py runs a small suite under xdist


def pytest_addoption(parser):
    parser.addoption(
        "--seeds", default=DEFAULT_SEEDS,
        help=f"seeds of the trained claims: numbers and ranges, e.g. 0-19 or 0,3,7 (default {DEFAULT_SEEDS})",
    )
    parser.addoption(
        "--claims-report", default=None, metavar="PATH",
        help="write the claims report (JSON: environment, each claim's status, seeds and measured values) to PATH",
    )
    parser.addoption(
        "--claim", action="append", default=[], metavar="ID",
        help="run only the test of this claim id (repeatable), e.g. --claim E1.stateful-reverse-fails",
    )


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config):
    # Keep tests that share trained rows on one worker (``_training_groups``).
    if getattr(config.option, "numprocesses", None) and getattr(config.option, "dist", "no") == "no":
        config.option.dist = "loadgroup"


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
    forward_loadgroup(config)
    try:
        config.seeds = parse_seeds(config.getoption("--seeds"))
    except ValueError as error:
        raise pytest.UsageError(f"--seeds: {error}") from None
    path = config.getoption("--claims-report")
    if path and not hasattr(config, "workerinput"):  # the main process collects the workers' reports
        from pathlib import Path

        from lstm_behaviour.claims_report import ClaimsReporter

        if Path(path).is_dir():
            raise pytest.UsageError(f"--claims-report must name a file to write, got the directory {path!r}")
        config.pluginmanager.register(ClaimsReporter(config, path), "lstm_behaviour_claims_report")


@pytest.fixture
def record_claim(request):
    """``record_claim(claim, accuracies, seed)``: put what the test measured into the claims report."""
    from lstm_behaviour.claims_report import PROPERTY
    from lstm_behaviour.results import measured_entry

    def record(claim, accuracies, seed):
        request.node.user_properties.append((PROPERTY, {"measured": measured_entry(claim, accuracies, seed)}))

    return record


@pytest.fixture(autouse=True)
def _fresh_keras_session():
    """Clear Keras's global state before each test, so no test depends on what ran before."""
    from lstm_behaviour import compat

    compat.clear_session()
    yield


_TRAINED: dict = {}
_TRANSPLANTS: dict = {}


def _trained(key: str, seed: int):
    from lstm_behaviour.experiments import row, run_row

    if (key, seed) not in _TRAINED:
        _TRAINED[key, seed] = run_row(row(key), seed)
    return _TRAINED[key, seed]


@pytest.fixture(scope="session")
def trained_row():
    """``trained_row(key, seed)``: the row's ``RowResult``, trained once per process."""
    return _trained


def pytest_collection_modifyitems(config, items):
    """Refuse unknown claim ids; with ``--claim``, keep only those claims' tests."""
    from lstm_behaviour.claims import CLAIMS

    wanted = config.getoption("--claim")
    unknown = [c for c in wanted if c not in CLAIMS]
    if unknown:
        raise pytest.UsageError(f"--claim must name registered claims (see docs/claims.md); got {unknown}")
    keep, drop = [], []
    for item in items:
        ids = [mark.args[0] if len(mark.args) == 1 else None for mark in item.iter_markers("claim")]
        if any(i not in CLAIMS for i in ids):
            raise pytest.UsageError(f"{item.nodeid}: claim marker must name a registered claim, got {ids!r}")
        (keep if not wanted or set(ids) & set(wanted) else drop).append(item)
        if len(ids) == 1:
            seed = getattr(item, "callspec", None) and item.callspec.params.get("seed")
            from lstm_behaviour.claims_report import PROPERTY

            item.user_properties.append((PROPERTY, {"claim": ids[0], "seed": seed}))
        if ids and item.get_closest_marker("trained"):
            from lstm_behaviour.known_failures import xfail_reason

            reason = xfail_reason(ids[0], getattr(item, "callspec", None) and item.callspec.params.get("seed"))
            if reason:
                item.add_marker(pytest.mark.xfail(reason=reason, strict=True))
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


@functools.cache
def _training_groups() -> dict:
    """Claim id -> xdist group: claims that read a common trained row share a group.

    Groups are the connected components of the claims' rows (experiment 5 reads its source row,
    E3/lstm_ful), so each (row, seed) is trained once per run and both cores get work: one worker
    per group, groups spread over the workers.
    """
    from lstm_behaviour.claims import CLAIMS
    from lstm_behaviour.experiments import TRANSPLANT_KEY, TRANSPLANT_SOURCE  # no TensorFlow import

    parent: dict = {}

    def find(key):
        while parent.setdefault(key, key) != key:
            key = parent[key]
        return key

    reads = {}
    for c in CLAIMS.values():
        if not c.trained:
            continue
        rows = set(c.rows) | ({TRANSPLANT_KEY} if c.experiment == 5 else set())
        if TRANSPLANT_KEY in rows:
            rows.add(TRANSPLANT_SOURCE)
        reads[c.id] = sorted(rows)
        for key in reads[c.id]:
            parent[find(key)] = find(reads[c.id][0])
    members: dict = {}
    for key in parent:
        members.setdefault(find(key), []).append(key)
    name = {root: min(keys).replace("/", ":") for root, keys in members.items()}
    return {claim_id: name[find(rows[0])] for claim_id, rows in reads.items()}


def pytest_generate_tests(metafunc):
    """Parametrise trained tests over ``--seeds``; ids read ``E1-seed=0``; one xdist group per
    set of claims that share trained rows (``_training_groups``)."""
    if "seed" not in metafunc.fixturenames:
        return
    from lstm_behaviour.claims import CLAIMS

    mark = metafunc.definition.get_closest_marker("claim")
    claim_id = mark.args[0] if mark and mark.args and mark.args[0] in CLAIMS else None
    experiment = CLAIMS[claim_id].experiment if claim_id else None
    prefix = f"E{experiment}-" if experiment else ""
    groups = _training_groups()
    marks = [pytest.mark.xdist_group(groups[claim_id])] if claim_id in groups else []
    metafunc.parametrize("seed", [
        pytest.param(s, id=f"{prefix}seed={s}", marks=marks) for s in metafunc.config.seeds
    ])


@pytest.fixture(scope="session")
def trained_transplant():
    """``trained_transplant(seed)``: experiment 5's ``TransplantResult``, once per process."""
    from lstm_behaviour.transplant import TRANSPLANT, run_transplant

    def get(seed: int):
        if seed not in _TRANSPLANTS:
            source = _trained(TRANSPLANT.source.key, seed)  # shared with experiment 3's claims
            _TRANSPLANTS[seed] = run_transplant(seed, source_weights=source.weights)
        return _TRANSPLANTS[seed]

    return get
