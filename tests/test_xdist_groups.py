"""Tests that share trained rows must run on one xdist worker, or the rows are trained twice.

``pytest -n auto`` relies on xdist's ``loadgroup`` and on conftest.py telling the workers about
it. pytest 9.2 broke ``loadgroup`` silently (pytest-dev/pytest-xdist#1386: xdist writes the
legacy node id, which pytest 9.2 no longer reads), so this test runs a small suite under
``-n 2`` with this project's hooks and checks where the grouped tests ran.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT_CONFTEST = Path(__file__).resolve().parent.parent / "conftest.py"


def test_grouped_tests_run_on_one_worker(pytester):
    pytester.makeconftest(f'''
import importlib.util

_spec = importlib.util.spec_from_file_location("lstm_behaviour_root_conftest", {str(ROOT_CONFTEST)!r})
_root = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_root)
pytest_cmdline_main = _root.pytest_cmdline_main
pytest_configure_node = _root.pytest_configure_node


def pytest_configure(config):
    _root.forward_loadgroup(config)
''')
    pytester.makepyfile(test_groups='''
import time

import pytest


@pytest.mark.xdist_group("shared")
@pytest.mark.parametrize("i", range(4))
def test_grouped(i):
    time.sleep(0.2)


@pytest.mark.parametrize("i", range(4))
def test_free(i):
    time.sleep(0.2)
''')
    result = pytester.runpytest_subprocess("-n", "2", "-v", "-p", "no:cacheprovider", "-p", "no:benchmark")
    result.assert_outcomes(passed=8)
    workers = set(re.findall(r"\[(gw\d)\] \[\s*\d+%\] PASSED \S*test_grouped", result.stdout.str()))
    assert len(workers) == 1, (
        f"tests of one xdist_group ran on workers {sorted(workers)}: trained rows would be trained on each "
        "(is this pytest >= 9.2? see pytest-dev/pytest-xdist#1386)"
    )
