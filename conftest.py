"""pytest set-up: thread caps before TensorFlow loads, the claim marker, seeds, shared training.

- Each process (each xdist worker) gets one intra-op and one inter-op TensorFlow thread, so
  ``pytest -n auto`` workers do not fight over the cores; set before TensorFlow is imported.
- ``--seeds`` picks the seeds of the trained claims (default ``0-2``).
- ``trained_row(key, seed)`` trains a row once per process and shares it; under xdist the
  trained tests of one experiment go to one worker (``--dist loadgroup``).
"""

from __future__ import annotations

import os

for _var in ("TF_NUM_INTRAOP_THREADS", "TF_NUM_INTEROP_THREADS", "OMP_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

import pytest  # noqa: E402

from lstm_behaviour.seeds import DEFAULT_SEEDS, parse_seeds  # noqa: E402


def pytest_addoption(parser):
    parser.addoption(
        "--seeds", default=DEFAULT_SEEDS,
        help=f"seeds of the trained claims: numbers and ranges, e.g. 0-19 or 0,3,7 (default {DEFAULT_SEEDS})",
    )
    parser.addoption(
        "--claim", action="append", default=[], metavar="ID",
        help="run only the test of this claim id (repeatable), e.g. --claim E1.stateful-reverse-fails",
    )


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config):
    # Keep the tests of one trained experiment on one worker: they share its training.
    if getattr(config.option, "numprocesses", None) and getattr(config.option, "dist", "no") == "no":
        config.option.dist = "loadgroup"


def pytest_configure(config):
    try:
        config.seeds = parse_seeds(config.getoption("--seeds"))
    except ValueError as error:
        raise pytest.UsageError(f"--seeds: {error}") from None


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
        if ids and item.get_closest_marker("trained"):
            from lstm_behaviour.known_failures import xfail_reason

            reason = xfail_reason(ids[0], getattr(item, "callspec", None) and item.callspec.params.get("seed"))
            if reason:
                item.add_marker(pytest.mark.xfail(reason=reason, strict=True))
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


def pytest_generate_tests(metafunc):
    """Parametrise trained tests over ``--seeds``; ids and xdist groups read ``E1-seed=0``."""
    if "seed" not in metafunc.fixturenames:
        return
    from lstm_behaviour.claims import CLAIMS

    mark = metafunc.definition.get_closest_marker("claim")
    experiment = CLAIMS[mark.args[0]].experiment if mark and mark.args and mark.args[0] in CLAIMS else None
    prefix = f"E{experiment}-" if experiment else ""
    # One worker trains all seeds of an experiment: it re-seeds one model per row and traces its
    # training loop once. Experiment 5 starts from experiment 3's trained model: same worker.
    group = "E3" if experiment == 5 else f"E{experiment}"
    metafunc.parametrize("seed", [
        pytest.param(s, id=f"{prefix}seed={s}", marks=pytest.mark.xdist_group(group))
        for s in metafunc.config.seeds
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
