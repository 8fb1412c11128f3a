"""This repository's own test set-up; the claims' options, fixtures and hooks are the package's
pytest plugin (``lstm_behaviour/pytest_plugin.py``, loaded through its ``pytest11`` entry point).

- One TensorFlow intra-op and one inter-op thread per process, set before TensorFlow is
  imported, so ``pytest -n auto`` workers do not fight over the cores and benchmarks run alike.
- Keras's global state is cleared before each test, so no test depends on what ran before.
- On JAX, compiled XLA programs are kept in ``.pytest_cache/d/jax-compilation`` (JAX's persistent
  compilation cache), so a program compiled again, in this run or a later one, is read back
  instead; tests/test_compilation_cache.py shows that a run from the cache trains the same
  weights, bit for bit. ``JAX_COMPILATION_CACHE_DIR`` chooses another folder,
  ``JAX_ENABLE_COMPILATION_CACHE=false`` turns it off, ``--cache-clear`` empties it.
- Under mutmut (``nox -s mutation``), the tests that reach a mutant run quickest first, by the
  durations mutmut recorded: the same tests, so the same verdict, but a killed mutant stops at its
  quickest failing test (mutmut runs them with ``-x``) instead of after the slowest ones.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from lstm_behaviour.engine.environment import backend, cap_threads

cap_threads()

if backend() == "jax":  # read by JAX when it is imported, later
    os.environ.setdefault("JAX_COMPILATION_CACHE_DIR", str(Path(__file__).parent / ".pytest_cache/d/jax-compilation"))
    os.environ.setdefault("JAX_PERSISTENT_CACHE_MIN_COMPILE_TIME_SECS", "0")  # the default keeps only >= 1 s
    os.environ.setdefault("JAX_PERSISTENT_CACHE_MIN_ENTRY_SIZE_BYTES", "-1")

pytest_plugins = ["pytester"]  # tests/test_xdist_groups.py and test_plugin.py run small suites

#: plugins a nested in-process run leaves out: the cache writes into the outer run's folder, and
#: Hypothesis and pytest-randomly keep global state the outer run owns
NESTED_OFF = ("cacheprovider", "hypothesispytest", "randomly")


#: mutmut's record of each test's duration, in the folder it runs the tests in (mutants/)
MUTMUT_STATS = Path("mutmut-stats.json")
#: what mutmut sets MUTANT_UNDER_TEST to when the run tests no mutant
MUTMUT_OWN_RUNS = ("", "fail", "stats", "list_all_tests", "mutant_generation")


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Testing a mutant (mutmut sets MUTANT_UNDER_TEST to its name), run the tests quickest first."""
    if os.environ.get("MUTANT_UNDER_TEST", "") in MUTMUT_OWN_RUNS or not MUTMUT_STATS.is_file():
        return
    try:
        durations = json.loads(MUTMUT_STATS.read_text(encoding="utf-8"))["duration_by_test"]
    except (OSError, ValueError, KeyError, TypeError):
        return  # no usable record: pytest's order
    if not isinstance(durations, dict):
        return
    unknown = float("inf")  # a test mutmut has not timed runs after the timed ones, in pytest's order
    items.sort(key=lambda item: durations.get(item.nodeid, unknown))


@pytest.fixture
def nested_pytest(pytester):
    """``run(*args, xdist=False, **kwargs)``: pytest in-process in pytester's folder, without the
    plugins a nested run must not load again (``NESTED_OFF``; pytest-xdist too unless ``xdist``)."""

    def run(*args, xdist: bool = False, **kwargs):
        off = (*NESTED_OFF, *(() if xdist else ("xdist",)))
        return pytester.runpytest_inprocess(*args, *(flag for name in off for flag in ("-p", f"no:{name}")), **kwargs)

    return run


@pytest.fixture(autouse=True)
def _fresh_keras_session(request):
    """Clear Keras's global state before each test that has already loaded Keras."""
    if "lstm_behaviour.engine.compat" in __import__("sys").modules:
        from lstm_behaviour.engine import compat

        compat.clear_session()
    yield
