"""The article's three evaluations and experiment 5's runs, checked without training.

A recording stand-in for a stateful model (``Recorder``) logs every reset and every batch the
protocols send, and answers by a fixed rule, so the order of windows, the resets, the batch
padding, the row that is read and the loop's feedback are checked in milliseconds. One test
runs the same protocols on a real untrained stateful Keras model with constant weights.
"""

from __future__ import annotations

import numpy as np
import pytest

from lstm_behaviour.articles.qiita.experiments import ROWS, TRANSPLANT
from lstm_behaviour.engine import compat
from lstm_behaviour.engine.data import ALPHABET, N_CLASSES, windows
from lstm_behaviour.engine.evaluation import evaluate, predict_letter
from lstm_behaviour.engine.models import build_model, stateless_twin


class _Var:
    shape = (1, 1)

    def numpy(self):
        return np.zeros(self.shape, "float32")

    def __array__(self, dtype=None, copy=None):
        return np.zeros(self.shape, dtype or "float32")


class _Layer:
    stateful = True
    name = "recorded"

    def __init__(self, log):
        self.log = log
        self.states = [_Var(), _Var()]

    def reset_states(self):
        self.log.append(("reset",))


class _Input:
    def __init__(self, batch_size):
        self.shape = (batch_size, None)


class Recorder:
    """Looks like a stateful Keras model to ``compat``: logs resets and batches; predicts the
    letter after the window's last letter, plus ``shift`` for every row but row 0 (so reading
    another row than row 0 shows)."""

    def __init__(self, batch_size: int, shift: int = 0):
        self.log: list[tuple] = []
        self.layers = [_Layer(self.log)]
        self.inputs = [_Input(batch_size)]
        self.shift = shift

    def predict_on_batch(self, x):
        x = np.asarray(x)
        self.log.append(("batch", x.copy()))
        last = np.rint(x.reshape(len(x), -1)[:, -1] * N_CLASSES).astype(int)
        shifts = np.full(len(x), self.shift, dtype=int)
        shifts[0] = 0
        guesses = (last + 1 + shifts) % N_CLASSES
        return np.eye(N_CLASSES, dtype="float32")[guesses]

    def batches(self):
        return [entry[1] for entry in self.log if entry[0] == "batch"]

    def resets(self):
        return [i for i, entry in enumerate(self.log) if entry[0] == "reset"]


def _letters(batch) -> list[str]:
    return ["".join(ALPHABET[round(float(v) * N_CLASSES)] for v in row.reshape(-1)) for row in batch]


DATA = windows(3, (3, 1))  # ABC->D .. WXY->Z: 23 windows


@pytest.mark.parametrize("batch_size", [1, 23])
def test_in_order_resets_once_and_sends_consecutive_batches(batch_size):
    model = Recorder(batch_size)
    result = evaluate("in_order", model, DATA, batch_size=batch_size)
    assert model.resets() == [0], "in order starts from one reset and never resets again"
    sent = np.concatenate(model.batches())
    assert np.array_equal(sent, DATA.x), "in order sends every window once, in order, batch_size at a time"
    assert all(len(b) == batch_size for b in model.batches())
    assert result.correct == 23 and result.transcript[0] == "ABC -> D" and result.transcript[-1] == "WXY -> Z"
    assert (result.total, result.accuracy) == (23, 1.0)


@pytest.mark.parametrize(("batch_size", "every_reset"), [(1, False), (23, False), (23, True)])
def test_reverse_runs_backwards_one_padded_window_at_a_time(batch_size, every_reset):
    model = Recorder(batch_size, shift=5)
    result = evaluate("reverse", model, DATA, batch_size=batch_size, test_every_reset=every_reset)
    batches = model.batches()
    assert [_letters(b)[0] for b in batches] == [DATA.text(i) for i in reversed(range(23))], "reverse order"
    assert all(len(b) == batch_size and np.all(b == b[:1]) for b in batches), "each window repeated batch_size times"
    expected_resets = 24 if every_reset else 1
    assert len(model.resets()) == expected_resets, f"resets: {model.resets()}"
    assert result.correct == 23, "row 0 is the one read (the other rows predict another letter)"
    assert result.transcript == tuple(f"{DATA.text(i)} -> {ALPHABET[i + 3]}" for i in reversed(range(23)))


def test_loop_feeds_each_prediction_back_as_the_newest_letter():
    model = Recorder(1)
    model.predict_on_batch = _wrong_at(model.predict_on_batch, step=4, letter="Q")
    result = evaluate("loop", model, DATA, batch_size=1)
    fed = [_letters(b)[0] for b in model.batches()]
    assert fed[:6] == ["ABC", "BCD", "CDE", "DEF", "EFG", "FGQ"], fed[:6]
    assert {b.shape for b in model.batches()} == {(1, 3, 1)}, "every fed window keeps the data's shape"
    assert {b.dtype for b in model.batches()} == {np.dtype("float32")}, "compat.predict sends float32"
    assert model.resets() == [0]
    # after the wrong Q the fed windows run 9 letters ahead of the targets: only the first 4 hit
    assert result.transcript[4] == "EFG -> Q" and result.correct == 4, result.transcript[:6]


def _wrong_at(predict, step: int, letter: str):
    calls = {"n": 0}

    def wrapped(x):
        out = predict(x)
        if calls["n"] == step:
            out = np.eye(N_CLASSES, dtype="float32")[[ALPHABET.index(letter)] * len(out)]
        calls["n"] += 1
        return out

    return wrapped


def test_predict_letter_reads_row_zero_and_resets_only_when_asked():
    model = Recorder(4, shift=3)
    assert predict_letter(model, DATA.x[0], batch_size=4) == ALPHABET.index("D")
    assert model.resets() == []
    predict_letter(model, DATA.x[0], batch_size=4, every_reset=True)
    assert model.resets() == [1]


def test_transplant_tests_run_the_windows_the_article_describes(monkeypatch):
    """Experiment 5: test 1 from ABC, test 2 from LMN (12 windows), test 3 from ABC with the
    warm-up state; the warm-up is ABC .. KLM (11 windows), from a reset."""
    from lstm_behaviour.engine import transplant

    data = ROWS[TRANSPLANT.source].data()
    starts = {t.name: data.text(t.start) for t in TRANSPLANT.tests}
    assert starts == {"reset_from_abc": "ABC", "reset_from_lmn": "LMN", "transplant_from_abc": "ABC"}
    assert {t.name: TRANSPLANT.windows(t.name) for t in TRANSPLANT.tests} == {
        "reset_from_abc": 23,
        "reset_from_lmn": 12,
        "transplant_from_abc": 23,
    }
    assert [data.text(i) for i in range(TRANSPLANT.warmup_windows)][-1] == "KLM"
    model = Recorder(1)
    snapshot = transplant.Snapshot(((np.ones((1, 1), "float32"),),))
    restored = []
    monkeypatch.setattr(transplant, "restore", lambda m, s: restored.append(s))
    accuracy, lines = transplant._run(model, data, TRANSPLANT.test("reset_from_lmn").start, None)
    assert lines[0] == "LMN -> O" and len(lines) == 12 and accuracy == 1.0
    assert model.resets() == [0] and restored == []
    transplant._run(model, data, 0, snapshot)
    assert restored == [snapshot], "test 3 starts from the transplanted state"


def test_take_snapshot_feeds_the_warmup_from_a_reset():
    from lstm_behaviour.engine.transplant import take_snapshot

    model = Recorder(1)
    warmup = DATA.x[: TRANSPLANT.warmup_windows]
    take_snapshot(model, warmup)
    assert model.resets() == [0]
    assert [_letters(b)[0] for b in model.batches()] == [DATA.text(i) for i in range(11)]


def test_protocols_on_an_untrained_stateful_keras_model():
    """A real stateful LSTM with constant weights: in order from a reset equals the stateless twin
    fed the windows joined along time; a padded reverse prediction reads row 0 of its batch."""
    r = ROWS["E4/lstm_ful"]
    model = build_model(r.model, r.shape, batch_size=r.batch_size, seed=0)
    model.set_weights([np.full_like(w, 0.05 * (i + 1)) for i, w in enumerate(model.get_weights())])
    compat.predict(model, DATA.x)  # leave a non-zero state behind: evaluate must reset it
    result = evaluate("in_order", model, DATA, batch_size=23)
    lstm = model.layers[0]
    twin = stateless_twin(_lstm_only(model, lstm))
    expected = np.argmax(compat.to_numpy(model.layers[1](twin.predict_on_batch(DATA.x))), axis=1)
    got = [ALPHABET.index(line[-1]) for line in result.transcript]
    assert got == list(expected), "in order must start from a reset: the stateless twin's answers"


def _lstm_only(model, lstm):
    net = compat.keras.Sequential(
        [compat.keras.Input(batch_shape=(23, 3, 1)), compat.keras.layers.LSTM(lstm.units, stateful=True)]
    )
    net.set_weights(lstm.get_weights())
    return net


def test_run_transplant_runs_the_articles_warmup_and_three_tests(monkeypatch):
    """run_transplant itself, with recording stand-ins for the models and no training: the source
    is warmed up on ABC .. KLM from a reset (twice: the reproducibility check), the second model
    is tested from a reset at ABC (23 windows), from a reset at LMN (12) and from the restored
    warm-up state at ABC (23)."""
    from lstm_behaviour.engine import transplant

    class Model(Recorder):
        def set_weights(self, weights):
            self.log.append(("weights",))

    source, target = Model(1), Model(1)
    restored = []
    monkeypatch.setattr(transplant, "build_model", lambda *a, **k: source)
    monkeypatch.setattr(transplant, "seeded_model", lambda *a, **k: target)
    monkeypatch.setattr(transplant, "train", lambda *a, **k: None)
    monkeypatch.setattr(transplant, "restore", lambda model, snapshot: restored.append(model))

    def run_row(*args, **kwargs):
        raise AssertionError("the source row was trained again although its weights were given")

    monkeypatch.setattr(transplant, "run_row", run_row)
    result = transplant.run_transplant(TRANSPLANT, 0, source_weights=[])
    assert result.protocol == "fast", "the fast protocol by default"
    warmups = [_letters(b)[0] for b in source.batches()]
    assert warmups == [DATA.text(i) for i in range(11)] * 2, f"warm-ups: {warmups}"
    assert len(source.resets()) == 2, "each warm-up starts from a reset"
    lines = result.transcripts
    assert (len(lines["reset_from_abc"]), len(lines["reset_from_lmn"]), len(lines["transplant_from_abc"])) == (
        23,
        12,
        23,
    )
    assert lines["reset_from_abc"][0].startswith("ABC") and lines["reset_from_lmn"][0].startswith("LMN")
    assert lines["transplant_from_abc"][0].startswith("ABC") and restored == [target], "only test 3 restores"
    assert len(target.resets()) == 3, "each test starts from a reset"
    assert result.accuracy == {"reset_from_abc": 1.0, "reset_from_lmn": 1.0, "transplant_from_abc": 1.0}


@pytest.mark.parametrize("protocol", ["fast", "article"])
def test_run_transplant_trains_the_second_model_from_the_warmup_state(monkeypatch, protocol):
    """run_transplant's wiring, on stand-ins: the source row trained with the seed and protocol,
    its weights loaded, the second model drawn from seed + offset, and its training given the
    warm-up state (fast: once for every epoch; article: recomputed before each one-epoch fit)."""
    import dataclasses
    import time

    from lstm_behaviour.engine import transplant

    spec = dataclasses.replace(TRANSPLANT, epochs=3)
    src = ROWS[spec.source]
    calls = []

    class Model(Recorder):
        def set_weights(self, weights):
            calls.append(("set_weights", self, list(weights)))

    source, target = Model(1), Model(1)

    def run_row(row, seed, *, protocol):
        calls.append(("run_row", row, seed, protocol))
        return type("R", (), {"weights": ["w"]})

    def build(kind, shape, *, batch_size, seed, units):
        calls.append(("build_model", kind, shape, batch_size, seed, units))
        return source

    def seeded(row, seed):
        calls.append(("seeded_model", row, seed))
        return target

    def fit(*args, **kwargs):
        calls.append(("train", args, kwargs))

    def fit_article(*args, **kwargs):
        calls.append(("train_article", args, kwargs))

    for name, stub in {"run_row": run_row, "build_model": build, "seeded_model": seeded}.items():
        monkeypatch.setattr(transplant, name, stub)
    monkeypatch.setattr(transplant, "train", fit)
    monkeypatch.setattr(transplant, "train_article", fit_article)
    monkeypatch.setattr(transplant, "restore", lambda model, snapshot: None)
    start = time.perf_counter()
    result = transplant.run_transplant(spec, 7, protocol=protocol)
    elapsed = time.perf_counter() - start
    assert calls[0] == ("run_row", src, 7, protocol)
    assert calls[1] == ("build_model", src.model, src.shape, src.batch_size, 7, src.units)
    assert calls[2] == ("set_weights", source, ["w"])
    # a model of its own, keyed after the experiment, not the source row's reused model
    target_row = dataclasses.replace(src, key="E5/transplant:target")
    assert calls[3] == ("seeded_model", target_row, 7 + spec.target_seed_offset)
    trained = calls[4:]
    if protocol == "fast":
        assert len(trained) == 1 and trained[0][0] == "train"
        (_, args, kwargs) = trained[0]
        assert args[:2] == ("fast", target) and np.array_equal(args[2].x, src.data().x)
        expected = {"epochs": 3, "batch_size": src.batch_size, "shuffle": False}
    else:
        assert [c[0] for c in trained] == ["train_article"] * 3
        assert len(source.batches()) == 11 * (2 + 3), "the warm-up again before every epoch"
        (_, args, kwargs) = trained[-1]
        assert args[0] is target and np.array_equal(args[1].x, src.data().x)
        expected = {"epochs": 1, "batch_size": src.batch_size, "shuffle": False}
    assert {k: kwargs[k] for k in expected} == expected and set(kwargs) == {*expected, "initial_state"}
    # the stand-ins' state is zeros, so which state is passed shows on a real model only:
    # tests/test_transplant_wiring.py
    assert len(kwargs["initial_state"]) == 1
    assert (result.key, result.seed, result.protocol, result.warmup_reproducible) == (spec.key, 7, protocol, True)
    assert 0.0 <= result.fit_s <= elapsed


def test_train_hands_every_argument_to_the_named_protocol(monkeypatch):
    from lstm_behaviour.engine import training

    seen = []
    monkeypatch.setattr(training, "train_fast", lambda *a, **k: seen.append(("fast", a, k)) or "fast")
    monkeypatch.setattr(training, "train_article", lambda *a, **k: seen.append(("article", a, k)) or "article")
    common = {"epochs": 3, "batch_size": 2, "shuffle": True, "initial_state": ["s"]}
    assert training.train("fast", "m", "d", **common) == "fast"
    assert training.train("article", "m", "d", **common, seed=5) == "article"
    assert seen == [("fast", ("m", "d"), {**common, "seed": 0}), ("article", ("m", "d"), common)]
    with pytest.raises(ValueError, match=r"^protocol must be one of fast, article; got 'slow'$"):
        training.train("slow", "m", "d", epochs=1, batch_size=1, shuffle=False)


def test_evaluate_all_runs_the_three_evaluations_with_the_rows_options():
    from lstm_behaviour.engine.evaluation import evaluate_all

    model = Recorder(23, shift=5)
    results = evaluate_all(model, DATA, batch_size=23, test_every_reset=True)
    assert list(results) == ["in_order", "reverse", "loop"]
    assert [r.name for r in results.values()] == ["in_order", "reverse", "loop"]
    assert all(len(b) == 23 for b in model.batches())
    assert len(model.resets()) == 3 + 2 * 23, "one per evaluation, and one per reverse and loop prediction"


def test_a_transplant_result_records_its_measures():
    from lstm_behaviour.engine.transplant import TransplantResult

    result = TransplantResult(
        "E5/transplant", 3, "fast", {"reset_from_abc": 0.5}, {"reset_from_abc": ("ABC -> D",)}, True, 1.23456
    )
    assert result.record() == {
        "row": "E5/transplant",
        "seed": 3,
        "protocol": "fast",
        "reset_from_abc": 0.5,
        "warmup_reproducible": True,
        "fit_s": 1.235,
    }
    assert result.measures == {"reset_from_abc": 0.5, "warmup_reproducible": 1.0}


def test_evaluations_default_to_batch_one_without_per_prediction_resets():
    from lstm_behaviour.engine.evaluation import evaluate_all

    model = Recorder(1)
    evaluate("in_order", model, DATA)
    assert {len(b) for b in model.batches()} == {1}
    model = Recorder(1)
    evaluate_all(model, DATA)
    assert {len(b) for b in model.batches()} == {1} and len(model.resets()) == 3


def test_an_unknown_evaluation_is_named():
    with pytest.raises(ValueError, match=r"^evaluation must be one of in_order, reverse, loop; got 'sideways'$"):
        evaluate("sideways", Recorder(1), DATA)


def test_take_snapshot_pads_each_warmup_window_to_the_batch():
    from lstm_behaviour.engine.transplant import take_snapshot

    model = Recorder(2)
    take_snapshot(model, DATA.x[:3])
    assert [b.shape for b in model.batches()] == [(2, 3, 1)] * 3
    assert [_letters(b) for b in model.batches()] == [[DATA.text(i)] * 2 for i in range(3)]
