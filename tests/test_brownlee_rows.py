"""Brownlee's experiments as rows: each set-up as the tutorial runs it (its listings: pairs,
shapes, units, epochs, batch sizes, shuffle, the stateful reset loop) and its reported accuracy;
``measure`` adds to its file whole after each seed, resumes, and refuses another setup's file."""

from __future__ import annotations

import json

import numpy as np
import pytest

from lstm_behaviour.articles.brownlee.experiments import BASES, CHECKS, COMPARED, ROWS, reads_long, row
from lstm_behaviour.articles.brownlee.measure import measure
from lstm_behaviour.engine.data import ALPHABET
from lstm_behaviour.engine.rows import RowResult

# the tutorial's set-ups: (model, units, pairs, input shape of one pair, batch, epochs, shuffle,
# reported accuracy); pairs and accuracies as its printed outputs give them
TUTORIAL = {
    "B1/lstm": ("lstm", 32, 25, (1, 1), 1, 500, True, 0.84),  # 84.00%, 21 of 25
    "B2/lstm": ("lstm", 32, 23, (1, 3), 1, 500, True, 20 / 23),  # 86.96%
    "B3/lstm": ("lstm", 32, 23, (3, 1), 1, 500, True, 1.0),
    "B4/lstm": ("lstm", 16, 25, (1, 1), 25, 5000, False, 1.0),  # batch_size=len(dataX), shuffle=False
    "B5/lstm_ful": ("lstm_ful", 50, 25, (1, 1), 1, 300, False, 1.0),  # 300 x (fit 1 epoch; reset_states())
    "B6/lstm": ("lstm", 32, 1000, (5, 1), 1, 500, True, 0.989),  # 1000 random sub-sequences, padded to 5
}
#: the first patterns B6's listing prints as it draws them (its text: "PQRST -> U", "W -> X", ...)
B6_PRINTED = ["PQRST U", "W X", "O P", "OPQ R", "IJKLM N", "QRSTU V", "ABCD E", "X Y", "GHIJ K"]


@pytest.mark.parametrize("key", TUTORIAL)
def test_each_row_is_set_up_as_the_tutorial_runs_it(key):
    model, units, pairs, shape, batch, epochs, shuffle, reported = TUTORIAL[key]
    r = row(key)
    data = r.data()
    assert (r.model, r.units, len(data), data.x.shape[1:], r.batch_size, r.epochs, r.shuffle) == (
        model,
        units,
        pairs,
        shape,
        batch,
        epochs,
        shuffle,
    )
    assert r.reported == pytest.approx(reported, abs=5e-5)  # printed to two decimals of a percent
    assert r.test_every_reset is False and r.stateful == (model == "lstm_ful")


def test_the_rows_are_b1_to_b6_and_an_unknown_key_is_named():
    assert list(ROWS) == list(TUTORIAL)
    with pytest.raises(ValueError, match=r"row must be one of B1/lstm, .*B5/lstm_ful\+cold-start; got 'B7/lstm'"):
        row("B7/lstm")


def test_b6_learns_the_tutorials_own_sub_sequences():
    """The 1000 windows its listing draws after numpy.random.seed(7): the first nine as it prints
    them, every one a run of consecutive letters of one to five, pre-padded with zeros (which read
    as A) as Keras's pad_sequences pads, and the same on every call."""
    data = row("B6/lstm").data()
    assert data.x.dtype == np.float32 and data.x.shape == (1000, 5, 1) and data.y.shape == (1000, 26)
    codes = np.rint(data.x[:, :, 0] * 26).astype(int)
    lengths = []
    for i, (window, target) in enumerate(zip(codes, data.targets)):
        length = next((k - 1 for k in range(1, 6) if window[-k] != target - k), 5)  # the letters before target
        assert length >= 1 and (window[: 5 - length] == 0).all(), (i, window, target)
        lengths.append(length)
    shown = [f"{data.text(i)[5 - n :]} {ALPHABET[t]}" for i, (n, t) in enumerate(zip(lengths, data.targets))]
    assert shown[: len(B6_PRINTED)] == B6_PRINTED
    assert set(lengths) == {1, 2, 3, 4, 5}
    again = row("B6/lstm").data()
    again.x[:] = 0  # a caller's change reaches no later call
    assert np.array_equal(row("B6/lstm").data().x, data.x) and data.x.any()


def test_b6_pads_as_its_listing_does_with_keras():
    """Its listing's own steps (numpy's RandomState seeded 7, as its global seed is, Keras's
    pad_sequences, divide by 26, to_categorical) give the same arrays, bit for bit."""
    from lstm_behaviour.engine.compat import keras  # Keras 2 or 3, as the suite runs it

    pad_sequences, to_categorical = keras.utils.pad_sequences, keras.utils.to_categorical

    rng = np.random.RandomState(7)
    data_x, data_y = [], []
    for _ in range(1000):
        start = rng.randint(len(ALPHABET) - 2)
        end = rng.randint(start, min(start + 5, len(ALPHABET) - 1))
        data_x.append(list(range(start, end + 1)))
        data_y.append(end + 1)
    x = np.reshape(pad_sequences(data_x, maxlen=5, dtype="float32"), (1000, 5, 1)) / float(len(ALPHABET))
    data = row("B6/lstm").data()
    assert x.dtype == data.x.dtype and np.array_equal(x, data.x)
    assert np.array_equal(to_categorical(data_y), data.y)


def test_the_checks_change_one_thing_of_their_row():
    """B4 permuted differs from B4 only in shuffling its one batch; B5's cold start from B5 only in
    resetting before every prediction: each check trains its base row's model with the same steps."""
    from dataclasses import replace

    changed = {"B4/lstm+permuted": {"shuffle": True}, "B5/lstm_ful+cold-start": {"test_every_reset": True}}
    assert set(BASES) == set(CHECKS) == set(changed) and set(COMPARED) <= set(BASES)
    for key, change in changed.items():
        check = CHECKS[key]
        assert check == replace(ROWS[BASES[key]], key=key, title=check.title, reported=None, **change)


VERSIONS = {"tensorflow": "2.21.0", "keras": "3.15.1", "backend": "tensorflow"}


@pytest.fixture
def stub(monkeypatch):
    """run_row without training: the seed's number of 25 pairs right; the calls are recorded."""
    calls = []

    def run_row(r, seed, **_):
        calls.append((r.key, seed))
        acc = {"in_order": seed / 25, "reverse": seed / 25, "loop": 0.0}
        shift = 0.25 if r.key == "B4/lstm+permuted" else 0.0  # the permuted model's weights lie 0.25 off
        weights = (np.array([seed, -3.0]), np.array([[1.0 + shift]]))
        return RowResult(r.key, seed, "fast", acc, {}, 1.0, 0.1, weights)

    monkeypatch.setattr("lstm_behaviour.engine.rows.run_row", run_row)
    monkeypatch.setattr("lstm_behaviour.engine.compat.versions_record", lambda: dict(VERSIONS))
    return calls


def test_measure_writes_every_row_and_seed_and_resumes(tmp_path, stub):
    path = tmp_path / "b.json"
    measure(path, [0, 1], ["B1/lstm", "B4/lstm"], progress=None)
    assert stub == [("B1/lstm", 0), ("B4/lstm", 0), ("B1/lstm", 1), ("B4/lstm", 1)]
    stub.clear()
    records = measure(path, [1, 2], ["B1/lstm", "B4/lstm"], progress=None)
    assert stub == [("B1/lstm", 2), ("B4/lstm", 2)], "a (row, seed) in the file is not trained again"
    content = json.loads(path.read_text(encoding="utf-8"))
    assert content["versions"] == VERSIONS
    assert content["records"] == records
    assert [(r["row"], r["seed"], r["in_order"]) for r in records] == [
        ("B1/lstm", 0, 0.0),
        ("B4/lstm", 0, 0.0),
        ("B1/lstm", 1, 0.04),
        ("B4/lstm", 1, 0.04),
        ("B1/lstm", 2, 0.08),
        ("B4/lstm", 2, 0.08),
    ]


def test_processes_adding_to_one_file_keep_each_others_records(tmp_path, stub, monkeypatch):
    """While this process trains seed 0, another one writes its seeds 1 and 0 of B4: both are kept,
    neither is trained here, and the file ends with every record once."""
    import lstm_behaviour.engine.rows as rows

    path = tmp_path / "b.json"
    train = rows.run_row

    def other(seed, key="B1/lstm"):
        content = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"records": []}
        rec = {"row": key, "seed": seed, "protocol": "fast", "in_order": 0.52, "reverse": 0.52, "loop": 0.0}
        rec.update({"fit_s": 1.0, "predict_s": 0.1})
        path.write_text(json.dumps({"versions": VERSIONS, "records": [*content["records"], rec]}), encoding="utf-8")

    def run_row(r, seed, **kw):
        if (r.key, seed) == ("B1/lstm", 0):
            other(1)
            other(1, "B4/lstm")
            other(0, "B4/lstm")
        return train(r, seed, **kw)

    monkeypatch.setattr("lstm_behaviour.engine.rows.run_row", run_row)
    records = measure(path, [0, 1, 2], ["B1/lstm", "B4/lstm"], progress=None)
    assert stub == [("B1/lstm", 0), ("B4/lstm", 0), ("B1/lstm", 2), ("B4/lstm", 2)]
    assert json.loads(path.read_text(encoding="utf-8"))["records"] == records
    assert [(r["row"], r["seed"], r["in_order"]) for r in records] == [
        ("B1/lstm", 1, 0.52),
        ("B4/lstm", 1, 0.52),
        ("B4/lstm", 0, 0.52),
        ("B1/lstm", 0, 0.0),
        ("B1/lstm", 2, 0.08),
        ("B4/lstm", 2, 0.08),
    ], "the other process's B4 seed 0 is kept, this one's dropped: one record a (row, seed)"


def _measure_in_a_process(path, seeds, queue):  # a child of the test's process (fork): the stub is inherited
    try:
        measure(path, seeds, ["B1/lstm", "B4/lstm"], progress=None)
        queue.put(None)
    except BaseException as error:  # whatever it is, the test names it
        queue.put(repr(error))


def test_three_processes_adding_to_one_file_lose_nothing(tmp_path, stub, monkeypatch):
    """Three processes, each its own seeds and some of another's, write to one file at once: every
    (row, seed) ends in it once. (Without the lock, read-modify-write loses records.)"""
    import multiprocessing
    import random
    import time

    def run_row(r, seed, **_):
        time.sleep(random.uniform(0, 0.01))
        acc = {"in_order": seed % 26 / 25, "reverse": 0.0, "loop": 0.0}
        return RowResult(r.key, seed, "fast", acc, {}, 1.0, 0.1, (np.array([1.0]),))

    monkeypatch.setattr("lstm_behaviour.engine.rows.run_row", run_row)
    path, context = tmp_path / "b.json", multiprocessing.get_context("fork")
    queue = context.Queue()
    plans = [range(0, 40), range(30, 70), range(60, 100)]
    processes = [context.Process(target=_measure_in_a_process, args=(path, list(p), queue)) for p in plans]
    for p in processes:
        p.start()
    errors = [queue.get(timeout=120) for _ in processes]
    for p in processes:
        p.join(timeout=60)
    assert errors == [None, None, None]
    records = json.loads(path.read_text(encoding="utf-8"))["records"]
    pairs = [(r["row"], r["seed"]) for r in records]
    assert sorted(pairs) == sorted((key, seed) for key in ("B1/lstm", "B4/lstm") for seed in range(100))


def test_a_row_that_raises_its_known_failure_ends_the_measurement_with_one_line(tmp_path, stub, monkeypatch):
    """On a setup where training B5's stateful model raises (torch with Keras 3.14-3.15.1), the
    error names the known failure and how to leave the experiment out; the seeds before it stay."""
    from lstm_behaviour.engine import rows
    from lstm_behaviour.spec import known_failures

    train = rows.run_row

    def run_row(r, seed, **kw):
        if r.key == "B5/lstm_ful" and seed == 1:
            raise RuntimeError("one of the variables needed for gradient computation has been modified")
        if r.key == "B1/lstm" and seed == 2:
            raise ZeroDivisionError("not a known failure")
        return train(r, seed, **kw)

    failure = known_failures.KnownFailure(
        claim="B5.stateful-scores-100", reason="training raises", evidence="x", always=True, raises=("RuntimeError",)
    )
    monkeypatch.setattr("lstm_behaviour.engine.rows.run_row", run_row)
    monkeypatch.setattr(
        known_failures, "expected_failure", lambda claim_id, *a, **k: failure if "B5." in claim_id else None
    )
    path = tmp_path / "b.json"
    with pytest.raises(
        ValueError, match=r"^B5/lstm_ful seed 1: training raised RuntimeError, the known failure of "
    ) as e:
        measure(path, [0, 1], ["B1/lstm", "B5/lstm_ful"], progress=None)
    assert str(e.value).endswith(f"in {path}; leave experiment 5 out (--experiment)")
    assert "B5.stateful-scores-100 on this setup (training raises; docs/findings.md)" in str(e.value)
    assert [(r["row"], r["seed"]) for r in json.loads(path.read_text())["records"]] == [
        ("B1/lstm", 0),
        ("B5/lstm_ful", 0),
    ]
    with pytest.raises(ZeroDivisionError):  # anything else is no finding: it propagates as it is
        measure(path, [2], ["B1/lstm"], progress=None)


@pytest.mark.parametrize(
    "content, message",
    [
        ([], r"is not a measurement of Brownlee's rows to add to: must be an object with exactly 'versions' and "),
        ({"versions": VERSIONS}, r"must be an object with exactly 'versions' and 'records', got \['versions'\]"),
        ({"versions": VERSIONS, "records": None}, r"records must be a list, got NoneType"),
        (
            {"versions": VERSIONS, "records": [{"row": "E1/dense", "seed": 0, "in_order": 0.68}]},
            r"record 0 must name a row of B1/lstm, ",
        ),
        (
            {"versions": VERSIONS, "records": [{"row": "B1/lstm", "seed": 0, "in_order": "lots"}]},
            r"record 0 \(B1/lstm seed 0\) must have in_order in \[0, 1\]",
        ),
    ],
)
def test_measure_refuses_a_file_that_is_no_measurement_of_its_rows(tmp_path, stub, content, message):
    """Another article's calibration file with the same versions, or a broken file, is not added
    to: one clear error, and the file as it was."""
    path = tmp_path / "b.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(ValueError, match=message):
        measure(path, [0], ["B1/lstm"], progress=None)
    assert stub == [] and path.read_bytes() == before


def test_measure_refuses_a_file_of_other_versions(tmp_path, stub):
    path = tmp_path / "b.json"
    path.write_text(json.dumps({"versions": {**VERSIONS, "keras": "2.15.0"}, "records": []}), encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(ValueError, match=r"was measured on .*'keras': '2.15.0'.*, not on .*'keras': '3.15.1'"):
        measure(path, [0], ["B1/lstm"], progress=None)
    assert stub == [] and path.read_bytes() == before


def test_importing_the_rows_loads_no_backend():
    import subprocess
    import sys

    code = (
        "import sys, lstm_behaviour.articles.brownlee.experiments\n"
        "print([m for m in ('tensorflow', 'keras', 'jax', 'torch') if m in sys.modules])"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "[]", done.stderr[-500:]


def test_a_compared_row_records_how_far_its_weights_lie_from_its_base_rows(tmp_path, stub):
    """B4 permuted alone trains B4 too (the same seed) for the distance; with B4 in the same pass,
    B4's own weights are used."""
    path = tmp_path / "b.json"
    alone = measure(path, [2], ["B4/lstm+permuted"], progress=None)
    assert stub == [("B4/lstm+permuted", 2), ("B4/lstm", 2)]
    assert alone[0]["max_weight_difference"] == 0.25 and alone[0]["max_weight"] == 3.0
    stub.clear()
    both = measure(tmp_path / "c.json", [2], ["B4/lstm", "B4/lstm+permuted"], progress=None)
    assert stub == [("B4/lstm", 2), ("B4/lstm+permuted", 2)]
    assert "max_weight_difference" not in both[0] and both[1]["max_weight_difference"] == 0.25


def test_the_claims_of_a_long_row_and_no_others_are_tested_by_long_tests():
    """Every claim of the tutorial has its test in tests/test_brownlee_claims.py; those that read a
    row of ``LONG`` are marked long (skipped without ``--long``), the others are not."""
    import test_brownlee_claims

    from lstm_behaviour.spec.claims import ARTICLE_CLAIMS

    marked = {}
    for name, test in vars(test_brownlee_claims).items():
        if name.startswith("test_"):
            marks = {m.name: m for m in getattr(test, "pytestmark", [])}
            marked[marks["claim"].args[0]] = "long" in marks
    claims = ARTICLE_CLAIMS["brownlee"]
    assert set(marked) == {c.id for c in claims}
    assert {c for c, long in marked.items() if long} == {c.id for c in claims if reads_long(c)} != set()
