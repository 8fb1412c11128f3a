"""Benchmark set-up: the software setup (TensorFlow, Keras, backend, oneDNN mode, CPU features,
variant) and the thread caps go into every saved run's ``machine_info``.

JAX's persistent compilation cache, which the repository's ``conftest.py`` turns on for the test
suite, is off here: a training round compiles its programs as a user's first call does.
"""

from __future__ import annotations

import dataclasses
import os
import sys

from lstm_behaviour.engine.environment import THREAD_VARIABLES

if "jax" in sys.modules:  # JAX reads the switch when it first compiles
    sys.modules["jax"].config.update("jax_enable_compilation_cache", False)
os.environ["JAX_ENABLE_COMPILATION_CACHE"] = "false"


def pytest_benchmark_update_machine_info(config, machine_info):
    from lstm_behaviour.engine.compat import versions

    setup = dataclasses.asdict(versions())
    setup.pop("python", None)  # pytest-benchmark records python_version itself
    machine_info.update(setup, intra_op_threads=_threads())


def _threads():
    return {name: os.environ.get(name) for name in THREAD_VARIABLES[:2]}  # TensorFlow's two pools


def pytest_addoption(parser):
    parser.addoption(
        "--bench-rows",
        default=None,
        metavar="KEYS",
        help="only these rows in the training benchmarks, comma-separated (default: every row)",
    )


def pytest_collection_modifyitems(config, items):
    wanted = config.getoption("--bench-rows")
    if not wanted:
        return
    rows = {r.strip() for r in wanted.split(",")}
    from lstm_behaviour.articles.qiita.experiments import ROWS

    unknown = sorted(rows - set(ROWS))
    if unknown:
        import pytest

        raise pytest.UsageError(f"--bench-rows must name rows of {', '.join(ROWS)}; got {unknown}")
    keep = [item for item in items if _row(item) is None or _row(item) in rows]
    dropped = [i for i in items if i not in keep]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = keep


def _row(item) -> str | None:
    """The row a parametrised benchmark times (its ``key``), or None."""
    callspec = getattr(item, "callspec", None)
    return callspec.params.get("key") if callspec is not None else None
