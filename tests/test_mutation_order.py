"""conftest.py's order under mutmut: a mutant's tests run quickest first by mutmut's recorded
durations; any run that tests no mutant keeps pytest's order."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

import conftest

DURATIONS = {"tests/a.py::slow": 37.0, "tests/b.py::quick": 0.01, "tests/c.py::middle": 2.5}


def _items():
    ids = ["tests/a.py::slow", "tests/b.py::quick", "tests/new.py::untimed", "tests/c.py::middle"]
    return [SimpleNamespace(nodeid=i) for i in ids]


@pytest.fixture
def stats_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mutmut-stats.json").write_text(json.dumps({"duration_by_test": DURATIONS}), encoding="utf-8")
    return tmp_path


def test_a_mutant_runs_its_tests_quickest_first(stats_folder, monkeypatch):
    monkeypatch.setenv("MUTANT_UNDER_TEST", "lstm_behaviour.stats.timing.x_ratio__mutmut_3")
    items = _items()
    conftest.pytest_collection_modifyitems(items)
    assert [i.nodeid for i in items] == [
        "tests/b.py::quick",
        "tests/c.py::middle",
        "tests/a.py::slow",
        "tests/new.py::untimed",
    ]


@pytest.mark.parametrize("value", [None, "", "stats", "fail", "list_all_tests"])
def test_runs_that_test_no_mutant_keep_pytests_order(stats_folder, monkeypatch, value):
    if value is None:
        monkeypatch.delenv("MUTANT_UNDER_TEST", raising=False)
    else:
        monkeypatch.setenv("MUTANT_UNDER_TEST", value)
    items = _items()
    conftest.pytest_collection_modifyitems(items)
    assert [i.nodeid for i in items] == [i.nodeid for i in _items()]


@pytest.mark.parametrize("record", ["", "{", '{"other": 1}', '{"duration_by_test": 3}'])
def test_an_unusable_record_keeps_pytests_order(stats_folder, monkeypatch, record):
    (stats_folder / "mutmut-stats.json").write_text(record, encoding="utf-8")
    monkeypatch.setenv("MUTANT_UNDER_TEST", "lstm_behaviour.stats.timing.x_ratio__mutmut_3")
    items = _items()
    conftest.pytest_collection_modifyitems(items)
    assert [i.nodeid for i in items] == [i.nodeid for i in _items()]
