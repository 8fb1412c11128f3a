"""The planted-bug catalogue (tests/planted_bugs.py) still applies to the source, and its committed
run (docs/mutation/planted.json, rendered in docs/mutation.md) is a run of this catalogue. Whether
the untrained tests catch each bug today is decided by running them afresh: ``nox -s planted``
(exit 1 naming a bug not caught), run by the scheduled claims workflow too."""

from __future__ import annotations

import json
import os

import pytest
from planted_bugs import BUGS, COMMAND, ROOT, Bug, plant

PLANTED = ROOT / "docs" / "mutation" / "planted.json"

pytestmark = pytest.mark.skipif(
    "MUTANT_UNDER_TEST" in os.environ, reason="mutmut's copy holds each function several times"
)


def test_twenty_five_distinct_bugs():
    assert len(BUGS) == 25
    assert len({b.key for b in BUGS}) == 25


@pytest.mark.parametrize("bug", BUGS, ids=lambda b: b.key)
def test_each_bug_can_still_be_planted(bug, tmp_path):
    (tmp_path / bug.path).parent.mkdir(parents=True)
    (tmp_path / bug.path).write_text((ROOT / bug.path).read_text(encoding="utf-8"), encoding="utf-8")
    plant(bug, tmp_path)
    assert bug.new in (tmp_path / bug.path).read_text(encoding="utf-8")


def test_a_snippet_that_is_gone_is_an_error(tmp_path):
    (tmp_path / "m.py").write_text("x = 1\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"must occur once in m\.py, found 0 times"):
        plant(Bug("gone", "", "m.py", "x = 2", "x = 3"), tmp_path)


def test_the_committed_run_is_of_this_catalogue_and_caught_every_bug():
    runs = {r["bug"]: r for r in json.loads(PLANTED.read_text(encoding="utf-8"))["runs"]}
    assert sorted(runs) == sorted(b.key for b in BUGS), "docs/mutation/planted.json must hold a run of every bug"
    missed = [b.key for b in BUGS if not b.trained_only and not runs[b.key]["caught"]]
    assert not missed, f"bugs the untrained tests did not catch: {missed}"


def test_a_run_that_misses_a_bug_exits_1(monkeypatch, tmp_path, capsys):
    """The fresh run's verdict: a bug the tests did not catch makes the script exit 1, naming it."""
    import planted_bugs

    monkeypatch.setattr(planted_bugs, "run_one", lambda bug, as_found=None: {"bug": bug.key, "caught": False,
                        "seconds": 0.0, "summary": "1 passed"})  # fmt: skip
    assert planted_bugs.main(["--only", "reset-does-nothing", "--out", str(tmp_path / "p.json")]) == 1
    assert "did not catch: reset-does-nothing" in capsys.readouterr().err


def test_the_last_run_left_the_catalogues_own_tests_out():
    """In a copy with a bug planted, this file's snippet check fails whatever the bug does, so a
    run that counted it would call every bug caught."""
    planted = json.loads(PLANTED.read_text(encoding="utf-8"))
    assert planted["command"] == COMMAND
    counted = [r["bug"] for r in planted["runs"] if any("test_planted_bugs.py" in name for name in r["failed"])]
    assert not counted, f"bugs 'caught' by the catalogue's own tests: {counted}"
