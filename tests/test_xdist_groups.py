"""Tests that share trained rows must run on one xdist worker, or the rows are trained twice.

``pytest -n auto`` relies on xdist's ``loadgroup`` and on the plugin telling the workers about
it. pytest 9.2 broke ``loadgroup`` silently (pytest-dev/pytest-xdist#1386: xdist writes the
legacy node id, which pytest 9.2 no longer reads), so this test runs a small suite under
``-n 2`` with the installed plugin and checks where the grouped tests ran. The plugin is registered
before xdist there, the order in which xdist's own default (``--dist load``) used to win.
"""

from __future__ import annotations

import re

from lstm_behaviour.pytest_plugin import trained_groups
from lstm_behaviour.spec.claims import trained_claims


def test_grouped_tests_run_on_one_worker(pytester):
    pytester.makepyfile(
        test_groups="""
import time

import pytest


@pytest.mark.xdist_group("shared")
@pytest.mark.parametrize("i", range(4))
def test_grouped(i):
    time.sleep(0.2)


@pytest.mark.parametrize("i", range(4))
def test_free(i):
    time.sleep(0.2)
"""
    )
    # The plugin is registered from the command line, before xdist's entry point: the order in
    # which xdist's own --dist default would run first (pluggy calls later registrations first).
    # Plain asserts and no unused plugins: three Python processes start here.
    result = pytester.runpytest_subprocess(
        "-n", "2", "-v", "--assert=plain", "-p", "no:cacheprovider", "-p", "no:benchmark", "-p", "no:hypothesispytest",
        "-p", "no:lstm_behaviour", "-p", "lstm_behaviour.pytest_plugin",
    )  # fmt: skip
    result.assert_outcomes(passed=8)
    workers = set(re.findall(r"\[(gw\d)\] \[\s*\d+%\] PASSED \S*test_grouped", result.stdout.str()))
    assert len(workers) == 1, (
        f"tests of one xdist_group ran on workers {sorted(workers)}: trained rows would be trained on each "
        "(xdist's default --dist load won, or this is pytest >= 9.2: see pytest-dev/pytest-xdist#1386)"
    )


def test_claims_that_share_rows_share_a_group():
    groups = trained_groups()
    assert set(groups) == {c.id for c in trained_claims()}
    by_row: dict[str, set] = {}
    for c in trained_claims():
        for key in c.rows:
            by_row.setdefault(key, set()).add(groups[c.id])
    split = {key: names for key, names in by_row.items() if len(names) > 1}
    assert not split, f"rows read by claims of different xdist groups would be trained twice: {split}"
    assert groups["E5.fresh-start-fails"] == groups["E3.stateful-reverse-fails"], (
        "experiment 5 trains from E3/lstm_ful's weights: it must share experiment 3's group"
    )
    assert len(set(groups.values())) > 1, "one group would leave a core idle"
