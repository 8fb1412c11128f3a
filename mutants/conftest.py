"""This repository's own test set-up; the claims' options, fixtures and hooks are the package's
pytest plugin (``lstm_behaviour/pytest_plugin.py``, loaded through its ``pytest11`` entry point).

- One TensorFlow intra-op and one inter-op thread per process, set before TensorFlow is
  imported, so ``pytest -n auto`` workers do not fight over the cores and benchmarks run alike.
- Keras's global state is cleared before each test, so no test depends on what ran before.
"""

from __future__ import annotations

import os

import pytest

for _var in ("TF_NUM_INTRAOP_THREADS", "TF_NUM_INTEROP_THREADS", "OMP_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

pytest_plugins = ["pytester"]  # tests/test_xdist_groups.py and test_plugin.py run small suites


@pytest.fixture(autouse=True)
def _fresh_keras_session(request):
    """Clear Keras's global state before each test that has already loaded Keras."""
    if "lstm_behaviour.compat" in __import__("sys").modules:
        from lstm_behaviour import compat

        compat.clear_session()
    yield
