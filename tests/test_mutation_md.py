"""docs/mutation.md's arithmetic and its reading of mutmut's working copy (no TensorFlow)."""

from __future__ import annotations

import json
import os

import pytest

from tools.mutation_md import TRAINED_STAGE, collect, mutation_markdown, score, source_digest

STATUSES = {
    "m.a__mutmut_1": "killed",
    "m.a__mutmut_2": "survived",
    "m.a__mutmut_3": "killed by trained claims",
    "m.a__mutmut_4": "no tests",
    "m.a__mutmut_5": "timeout",
    "m.a__mutmut_6": "survived",
}


def test_score_counts_both_stages_and_leaves_out_equivalent_and_uncovered_mutants():
    assert score(STATUSES, {}) == (3, 5, 3 / 5)
    assert score(STATUSES, {"m.a__mutmut_6": "same output"}) == (3, 4, 3 / 4)
    assert score({"m.a__mutmut_4": "no tests", "m.a__mutmut_7": "not checked"}, {}) == (0, 0, 1.0)


def test_collect_reads_mutmut_meta_and_the_trained_stage(tmp_path):
    pkg = tmp_path / "lstm_behaviour"
    pkg.mkdir()
    codes = {
        "lstm_behaviour.data.x_encode__mutmut_1": 1,
        "lstm_behaviour.data.x_encode__mutmut_2": 0,
        "lstm_behaviour.data.x_encode__mutmut_3": 0,
        "lstm_behaviour.data.x_encode__mutmut_4": 33,
        "lstm_behaviour.data.xǁWindowsǁtext__mutmut_1": None,
    }
    (pkg / "data.py.meta").write_text(json.dumps({"exit_code_by_key": codes}), encoding="utf-8")
    trained = {"lstm_behaviour.data.x_encode__mutmut_2": "killed", "lstm_behaviour.data.x_encode__mutmut_3": "survived"}
    (tmp_path / TRAINED_STAGE).write_text(json.dumps(trained), encoding="utf-8")
    got = collect(tmp_path, tool="true")
    assert got["modules"] == {
        "lstm_behaviour/data.py": {
            "lstm_behaviour.data.x_encode__mutmut_1": "killed",
            "lstm_behaviour.data.x_encode__mutmut_2": "killed by trained claims",
            "lstm_behaviour.data.x_encode__mutmut_3": "survived",
            "lstm_behaviour.data.x_encode__mutmut_4": "no tests",
            "lstm_behaviour.data.xǁWindowsǁtext__mutmut_1": "not checked",
        }
    }
    assert list(got["survivor_diffs"]) == ["lstm_behaviour.data.x_encode__mutmut_3"]


def meta(root, codes):
    """A mutmut results file of fast_loops under ``root`` (mutant -> exit code)."""
    (root / "lstm_behaviour").mkdir(parents=True)
    (root / "lstm_behaviour" / "fast_loops.py.meta").write_text(json.dumps({"exit_code_by_key": codes}), "utf-8")


def test_collect_takes_a_backend_runs_verdict_only_where_no_test_reached_a_mutant(tmp_path):
    """The JAX and torch code is mutated in runs of their own; their verdicts replace only "no
    tests" here (a mutant killed or surviving on TensorFlow keeps that status)."""
    name = "lstm_behaviour.fast_loops.x__jax__mutmut_{}".format
    meta(tmp_path / "mutants", {name(1): 33, name(2): 33, name(3): 33, name(4): 1, name(5): 0, name(6): 33})
    meta(tmp_path / "jax" / "mutants", {name(1): 1, name(2): 0, name(3): 33, name(4): 0, name(5): 1, name(6): None})
    got = collect(tmp_path / "mutants", tool="true", backends={"jax": tmp_path / "jax", "torch": tmp_path / "none"})
    assert got["modules"]["lstm_behaviour/fast_loops.py"] == {
        name(1): "killed on jax",
        name(2): "survived",
        name(3): "no tests",
        name(4): "killed",
        name(5): "survived",
        name(6): "no tests",
    }
    assert sorted(got["survivor_diffs"]) == [name(2), name(5)]
    assert score(got["modules"]["lstm_behaviour/fast_loops.py"], {}) == (2, 4, 0.5)
    other = "lstm_behaviour.data.x_encode__mutmut_1"
    (tmp_path / "jax" / "mutants" / "lstm_behaviour" / "data.py.meta").write_text(
        json.dumps({"exit_code_by_key": {other: 1}}), encoding="utf-8"
    )
    with pytest.raises(ValueError, match=r"^the jax run mutated lstm_behaviour/data.py, which the TensorFlow run in"):
        collect(tmp_path / "mutants", tool="true", backends={"jax": tmp_path / "jax"})
    with pytest.raises(ValueError, match=r"^backends must be among jax, torch, jax-patched; got 'numpy'$"):
        collect(tmp_path / "mutants", tool="true", backends={"numpy": tmp_path / "jax"})


def test_a_later_backend_run_kills_what_an_earlier_one_left_alive_not_what_tensorflow_did(tmp_path):
    """The JAX loop's code for a Keras that lists the state among the variables runs only on the
    candidate patch: a mutant the released JAX run left alive is killed by the jax-patched run; a
    mutant the TensorFlow run left alive keeps its status."""
    name = "lstm_behaviour.fast_loops.x_jax_loop__mutmut_{}".format
    meta(tmp_path / "mutants", {name(1): 33, name(2): 33, name(3): 0})
    meta(tmp_path / "jax" / "mutants", {name(1): 0, name(2): 0, name(3): 1})
    meta(tmp_path / "patched" / "mutants", {name(1): 1, name(2): 0, name(3): 1})
    runs = {"jax": tmp_path / "jax", "jax-patched": tmp_path / "patched"}
    got = collect(tmp_path / "mutants", tool="true", backends=runs)
    assert got["modules"]["lstm_behaviour/fast_loops.py"] == {
        name(1): "killed on jax-patched",
        name(2): "survived",
        name(3): "survived",
    }


def test_collect_carries_a_module_left_out_only_while_its_source_is_unchanged(tmp_path):
    """A run of some modules' mutants keeps another module's earlier statuses (and survivors'
    diffs) where that module's source has the digest the earlier run recorded; a changed module
    stays not run."""
    (tmp_path / "lstm_behaviour").mkdir()
    for name in ("a", "b"):
        (tmp_path / "lstm_behaviour" / f"{name}.py").write_text(f"{name} = 1\n", encoding="utf-8")
    meta = tmp_path / "mutants" / "lstm_behaviour"
    meta.mkdir(parents=True)
    keys = {n: f"lstm_behaviour.{n}.x_f__mutmut_1" for n in ("a", "b", "c")}
    (meta / "a.py.meta").write_text(json.dumps({"exit_code_by_key": {keys["a"]: 1}}), encoding="utf-8")
    for n in ("b", "c"):  # this run mutated a only
        (meta / f"{n}.py.meta").write_text(json.dumps({"exit_code_by_key": {keys[n]: None}}), encoding="utf-8")
    (tmp_path / "lstm_behaviour" / "c.py").write_text("c = 2\n", encoding="utf-8")
    previous = {
        "modules": {f"lstm_behaviour/{n}.py": {keys[n]: "survived"} for n in ("a", "b", "c")},
        "survivor_diffs": {keys[n]: [f"-{n} = 1", f"+{n} = 0"] for n in ("a", "b", "c")},
        "sources": {
            f"lstm_behaviour/{n}.py": source_digest(tmp_path / "lstm_behaviour" / "b.py") for n in ("a", "b", "c")
        },
    }
    previous["sources"]["lstm_behaviour/a.py"] = source_digest(tmp_path / "lstm_behaviour" / "a.py")
    previous["sources"]["lstm_behaviour/c.py"] = "0" * 64  # c changed since
    got = collect(tmp_path / "mutants", tool="true", previous=previous)
    assert got["modules"] == {
        "lstm_behaviour/a.py": {keys["a"]: "killed"},  # run now: this run's status
        "lstm_behaviour/b.py": {keys["b"]: "survived"},  # carried
        "lstm_behaviour/c.py": {keys["c"]: "not checked"},  # changed: not carried
    }
    assert got["carried"] == ["lstm_behaviour/b.py"] and got["survivor_diffs"] == {keys["b"]: ["-b = 1", "+b = 0"]}
    assert got["sources"]["lstm_behaviour/c.py"] == source_digest(tmp_path / "lstm_behaviour" / "c.py")


def test_collect_refuses_a_folder_without_mutmut_results(tmp_path):
    """Without the TensorFlow run's results nothing is written over the committed ones."""
    with pytest.raises(
        FileNotFoundError, match=r"^no mutmut results \(\*\.py\.meta\) under .*: run nox -s mutation first$"
    ):
        collect(tmp_path, tool="true")


def test_markdown_gives_each_module_a_row_and_each_survivor_its_reason():
    results = {"modules": {"m.py": STATUSES}, "survivor_diffs": {"m.a__mutmut_2": ["-    x = 1", "+    x = 2"]}}
    planted = {
        "command": "pytest -x",
        "versions": "TF 2.21.0 / Keras 3.15.1",
        "runs": [
            {"bug": "b1", "what": "one", "trained_only": "", "caught": True, "returncode": 1,
             "failed": ["tests/test_x.py::t"], "seconds": 3.0},
            {"bug": "b2", "what": "two", "trained_only": "the loss", "caught": False, "returncode": 0,
             "failed": [], "seconds": 9.0},
        ],
    }  # fmt: skip
    text = mutation_markdown(results, {"m.a__mutmut_6": "same output"}, "r.json", planted)
    assert "| `m.py` | 6 | 2 | 1 | 1 | 1 | 0 | 1 | 75% |" in text
    assert "- `m.a__mutmut_2`: `-    x = 1` / `+    x = 2` — not yet killed" in text
    assert "- `m.a__mutmut_6`:  — same output" in text
    assert "1 of 2 caught by a fast test" in text
    assert "| `b1` | one | `tests/test_x.py::t` | 3.0 |" in text
    assert "| `b2` | two | not caught; trained claims only: the loss | 9.0 |" in text


def test_markdown_names_a_module_changed_since_the_run():
    """A module whose source digest now differs from the one the run recorded (or that is gone) is
    marked in its row and named, so a score of older code is not read as the committed code's."""
    results = {
        "modules": {"a.py": {"a__mutmut_1": "killed"}, "b.py": {"b__mutmut_1": "killed"}, "c.py": {}},
        "survivor_diffs": {},
        "sources": {"a.py": "1" * 64, "b.py": "2" * 64, "c.py": "3" * 64},
    }
    text = mutation_markdown(results, {}, "r.json", None, {"a.py": "1" * 64, "b.py": "9" * 64, "c.py": ""})
    assert "| `a.py` | 1 |" in text and "| `b.py` (changed since the run) | 1 |" in text
    assert "| `c.py` (changed since the run) | 0 |" in text
    assert "differs from the one the run recorded in `r.json`): `b.py`, `c.py`." in text
    unchanged = mutation_markdown(results, {}, "r.json", None, {"a.py": "1" * 64, "b.py": "2" * 64, "c.py": "3" * 64})
    assert "changed since the run" not in unchanged.lower()


@pytest.mark.skipif("MUTANT_UNDER_TEST" in os.environ, reason="inside a mutation run its results are not written yet")
def test_every_equivalence_reason_names_a_mutant_that_survived_the_last_run():
    from pathlib import Path

    docs = Path(__file__).resolve().parent.parent / "docs" / "mutation"
    statuses = {
        m: s
        for module in json.loads((docs / "results.json").read_text(encoding="utf-8"))["modules"].values()
        for m, s in module.items()
    }
    reasons = json.loads((docs / "equivalent.json").read_text(encoding="utf-8"))
    # a mutant of a module the last run left out (not checked: its source changed since its run)
    # keeps its reason until that module runs again
    stale = {
        m: statuses.get(m, "not in the run") for m in reasons if statuses.get(m) not in ("survived", "not checked")
    }
    assert not stale, f"docs/mutation/equivalent.json explains mutants that did not survive: {stale}"
    assert all(reason.strip() for reason in reasons.values())
