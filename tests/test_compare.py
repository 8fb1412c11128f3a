"""``compare``'s driver (lstm_behaviour/compare.py) with stand-in workers: the rounds, their
random order, the stop, the file written whole each round, resuming, and its refusals. No
backend is imported and nothing is trained."""

from __future__ import annotations

import json
import random

import pytest

from lstm_behaviour import compare
from lstm_behaviour.articles.qiita.experiments import ROWS
from lstm_behaviour.reports.comparison_md import comparison_table


def test_every_row_of_the_article_is_timed():
    assert sorted(compare.TRAIN_ROWS) == sorted(ROWS)
    assert len(compare.ITEMS) == len(set(compare.ITEMS)) == len(ROWS) + 6


def _sides(*names):
    return [compare.Side(name, f"/bin/{name}", {}) for name in names]


def _fake_worker(times_by_side, calls):
    """A stand-in for a worker process: each side's times, each call recorded."""

    def run(side, design):
        calls.append(side.name)
        base = times_by_side[side.name]
        jitter = 1 + 0.002 * (len(calls) % 3)
        times = {item: base(item) for item in design["items"]}
        return {
            "versions": {"backend": "tensorflow"},
            "process_s": 1.0,
            "times": {item: {"cpu": [t * jitter] * 3, "wall": [t] * 3} for item, t in times.items()},
        }

    return run


ITEMS = ("train E1/dense", "train E3/lstm", "call E3/lstm_ful predict")


def test_rounds_until_every_row_is_decided(tmp_path, monkeypatch):
    calls = []
    slow_training = {"a": lambda item: 1.0, "b": lambda item: 1.3 if item.startswith("train") else 1.0}
    monkeypatch.setattr(compare, "_run_worker", _fake_worker(slow_training, calls))
    out = tmp_path / "c.json"
    done = compare.compare(_sides("a", "b"), out=out, items=ITEMS, max_rounds=30, seed=3)
    assert len(done["rounds"]) == compare.stats.MIN_ROUNDS  # decided as soon as allowed
    verdicts = {item: d["verdict"] for item, d in done["decisions"]["b"].items()}
    assert verdicts == {"train E1/dense": "slower", "train E3/lstm": "slower", "call E3/lstm_ful predict": "same"}
    assert json.loads(out.read_text()) == done  # written whole
    orders = [tuple(r["order"]) for r in done["rounds"]]
    rng = random.Random(3)
    expected = []
    for _ in orders:
        order = ["a", "b"]
        rng.shuffle(order)
        expected.append(tuple(order))
    assert orders == expected and len(set(orders)) == 2  # drawn anew each round, from the seed
    assert calls == [name for order in orders for name in order]  # one process per side per round


def test_a_run_stops_at_the_cap_undecided(tmp_path, monkeypatch):
    calls = []
    state = {"n": 0}

    def noisy(item):
        state["n"] += 1
        return 1.5 if state["n"] % 2 else 1 / 1.5  # alternating about 1: never decided

    monkeypatch.setattr(compare, "_run_worker", _fake_worker({"a": lambda item: 1.0, "b": noisy}, calls))
    done = compare.compare(_sides("a", "b"), out=tmp_path / "c.json", items=ITEMS[:1], max_rounds=7)
    assert len(done["rounds"]) == 7
    assert done["decisions"]["b"]["train E1/dense"]["verdict"] == "undecided"


def test_a_stated_effect_decides_and_is_recorded(tmp_path, monkeypatch):
    """B is 8% slower on every round: at the default 5% that is slower; at a stated 10% it is
    within the effect, so same; the design records the effect and the decisions read it."""
    calls = []
    monkeypatch.setattr(compare, "_run_worker", _fake_worker({"a": lambda i: 1.0, "b": lambda i: 1.08}, calls))
    default = compare.compare(_sides("a", "b"), out=tmp_path / "5.json", items=ITEMS[:1], max_rounds=8)
    wide = compare.compare(_sides("a", "b"), out=tmp_path / "10.json", items=ITEMS[:1], max_rounds=8, effect=0.1)
    assert default["decisions"]["b"]["train E1/dense"]["verdict"] == "slower"
    assert wide["decisions"]["b"]["train E1/dense"]["verdict"] == "same"
    assert (default["design"]["effect"], wide["design"]["effect"]) == (0.05, 0.1)
    assert compare.decisions(wide)["b"]["train E1/dense"].verdict == "same"


@pytest.mark.parametrize("text", ["0", "0.009", "0.51", "2", "nan", "inf", "-0.1", "1e-1", "ten", ""])
def test_an_effect_outside_its_range_is_a_usage_error(tmp_path, capsys, text):
    from lstm_behaviour.cli import main

    with pytest.raises(SystemExit) as stop:
        main(["compare", "a", "b", "--out", str(tmp_path / "c.json"), "--effect", text])
    assert stop.value.code == 2
    assert f"--effect: expected a fraction from 0.01 to 0.5 (0.1: 10%); got {text!r}" in capsys.readouterr().err


def test_a_stopped_run_resumes_with_the_same_draws(tmp_path, monkeypatch):
    calls = []
    same = {"a": lambda item: 1.0, "b": lambda item: 1.0}
    monkeypatch.setattr(compare, "_run_worker", _fake_worker(same, calls))
    whole = compare.compare(_sides("a", "b"), out=tmp_path / "w.json", items=ITEMS, max_rounds=8, min_rounds=8, seed=5)
    part = tmp_path / "part.json"
    compare.compare(_sides("a", "b"), out=part, items=ITEMS, max_rounds=3, min_rounds=8, seed=5)  # stopped at 3
    resumed = compare.compare(_sides("a", "b"), out=part, items=ITEMS, max_rounds=8, min_rounds=8, seed=5)
    assert [r["order"] for r in resumed["rounds"]] == [r["order"] for r in whole["rounds"]]
    assert len(set(map(tuple, (r["order"] for r in whole["rounds"])))) == 2
    with pytest.raises(ValueError, match="another design"):
        compare.compare(_sides("a", "b"), out=part, items=ITEMS, max_rounds=8, min_rounds=8, seed=6)
    with pytest.raises(ValueError, match="other sides"):
        compare.compare(_sides("a", "c"), out=part, items=ITEMS, max_rounds=8, min_rounds=8, seed=5)


def test_a_file_that_is_not_a_comparison_is_not_replaced(tmp_path, monkeypatch):
    monkeypatch.setattr(compare, "_run_worker", _fake_worker({"a": lambda i: 1.0, "b": lambda i: 1.0}, []))
    report = tmp_path / "report.json"
    report.write_text('{"claims": {}}')
    with pytest.raises(ValueError, match="is not a comparison"):
        compare.compare(_sides("a", "b"), out=report, items=ITEMS)
    assert report.read_text() == '{"claims": {}}'


def test_a_row_that_raises_on_a_side_is_left_out(tmp_path, monkeypatch):
    def run(side, design):
        times = {item: {"cpu": [1.0], "wall": [1.0]} for item in design["items"]}
        if side.name == "b":
            times["train E3/lstm"] = {"error": "RuntimeError: cannot train"}
        return {"versions": {}, "process_s": 1.0, "times": times}

    monkeypatch.setattr(compare, "_run_worker", run)
    done = compare.compare(_sides("a", "b"), out=tmp_path / "c.json", items=ITEMS)
    assert set(done["decisions"]["b"]) == {"train E1/dense", "call E3/lstm_ful predict"}
    assert "train E3/lstm" in comparison_table(done) and "raises" in comparison_table(done)


@pytest.mark.parametrize(
    ("sides", "message"),
    [
        (["a"], "two or more distinct sides"),
        (["a", "a"], "two or more distinct sides"),
    ],
)
def test_sides_are_refused(tmp_path, sides, message):
    with pytest.raises(ValueError, match=message):
        compare.compare(_sides(*sides), out=tmp_path / "c.json", items=ITEMS)


def test_an_unknown_timer_is_refused(tmp_path):
    with pytest.raises(ValueError, match="timer must be one of cpu, wall; got 'gpu'"):
        compare.compare(_sides("a", "b"), out=tmp_path / "c.json", timer="gpu")


def test_resolving_sides(tmp_path):
    with pytest.raises(ValueError, match="expected an executable Python interpreter"):
        compare.resolve(str(tmp_path / "no-python"))
    with pytest.raises(ValueError, match=r"side must be a setup \(tf-2.13, .*\) or an interpreter's path; got 'tf-9'"):
        compare.resolve("tf-9")
    python = tmp_path / "python"
    python.write_text("#!/bin/sh\n")
    python.chmod(0o755)
    sides = compare.resolve_all([str(python), str(python), str(python)])
    assert [s.name for s in sides] == [str(python), f"{python}#2", f"{python}#3"]


def test_a_setup_without_its_environment_says_how_to_make_it(monkeypatch, tmp_path):
    monkeypatch.setattr(compare, "_ROOT", tmp_path)
    with pytest.raises(ValueError, match=r"nox --install-only -s \"claims\(setup='tf-2.15'\)\""):
        compare.resolve("tf-2.15")


def test_the_nox_folder_of_a_setup():
    assert compare._nox_folder("tf-2.21-onednn-on").name == "claims-setup-tf-2-21-onednn-on"
    assert compare._nox_folder("jax").name == "claims-setup-jax"


def test_a_nightly_side_is_its_canary_environment(monkeypatch, tmp_path):
    monkeypatch.setattr(compare, "_ROOT", tmp_path)
    with pytest.raises(ValueError, match=r"canary-setup-tf-nightly does not exist; make it with nox -s \"canary"):
        compare.resolve("tf-nightly")


def test_the_table_of_a_first_round_has_no_bounds_yet(tmp_path, monkeypatch):
    monkeypatch.setattr(compare, "_run_worker", _fake_worker({"a": lambda i: 1.0, "b": lambda i: 2.0}, []))
    done = compare.compare(_sides("a", "b"), out=tmp_path / "c.json", items=ITEMS[:1], max_rounds=5, min_rounds=5)
    first = {**done, "rounds": done["rounds"][:1], "decisions": {"b": {ITEMS[0]: compare.stats.decide_row(
        [1.0], [2.0]).record()}}}  # fmt: skip
    assert "train E1/dense" in comparison_table(first) and "2.000 [?, ?]  undecided" in comparison_table(first)


def test_a_relative_side_is_never_looked_up_on_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "python").write_text("#!/bin/sh\n")
    (tmp_path / "python").chmod(0o755)
    side = compare.resolve("./python")
    assert side.python == str(tmp_path / "python") and side.name == "./python"


@pytest.mark.parametrize(
    ("make", "got"),
    [
        (lambda p: p.mkdir(), "got something not a file"),
        (lambda p: p.write_text("x"), "got a file not executable"),
        (lambda p: __import__("os").mkfifo(p), "got something not a file"),
    ],
)
def test_a_side_that_is_no_interpreter_says_what_it_is(tmp_path, make, got):
    make(tmp_path / "side")
    with pytest.raises(ValueError, match=f"expected an executable Python interpreter, {got}"):
        compare.resolve(str(tmp_path / "side"))


@pytest.mark.parametrize(
    ("printed", "problem"),
    [
        ({}, "expected an object with versions and times"),
        ({"versions": {}, "times": {}}, "expected the times of every item of the design"),
        ({"versions": {}, "times": {"train E1/dense": {"cpu": ["1"], "wall": [1]}}}, "train E1/dense: expected 1"),
        (
            {"versions": {}, "times": {"train E1/dense": None}},
            "train E1/dense: expected 1 times per timer, each from 1e-09 to 86400 seconds",
        ),
    ],
)
def test_a_side_that_prints_something_else_is_refused(tmp_path, printed, problem):
    import json as _json

    fake = tmp_path / "fake"
    fake.write_text(f"#!/bin/sh\ncat > /dev/null\necho '{_json.dumps(printed)}'\n")
    fake.chmod(0o755)
    design = {"items": ["train E1/dense"], "repeats": 1}
    with pytest.raises(RuntimeError, match=f"not a worker's result \\({problem}"):
        compare._run_worker(compare.resolve(str(fake)), design)


def test_a_finished_run_given_again_is_decided_again_without_a_round(tmp_path, monkeypatch):
    """Resuming a run whose rows are all decided runs no round: it records the decisions of
    today's rule and keeps the commit its rounds ran at."""
    calls = []
    monkeypatch.setattr(compare, "_run_worker", _fake_worker({"a": lambda i: 1.0, "b": lambda i: 1.3}, calls))
    out = tmp_path / "c.json"
    compare.compare(_sides("a", "b"), out=out, items=ITEMS[:1], max_rounds=8)
    data = json.loads(out.read_text())
    data["commit"] = {"id": "0" * 40, "dirty": False}
    data["decisions"]["b"]["train E1/dense"]["verdict"] = "undecided"  # as an older rule might have left it
    out.write_text(json.dumps(data))
    before = len(calls)
    again = compare.compare(_sides("a", "b"), out=out, items=ITEMS[:1], max_rounds=8)
    assert len(calls) == before and len(again["rounds"]) == compare.stats.MIN_ROUNDS
    assert again["decisions"]["b"]["train E1/dense"]["verdict"] == "slower"
    assert again["commit"]["id"] == "0" * 40
