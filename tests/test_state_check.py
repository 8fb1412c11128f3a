"""``check_state`` and ``python -m lstm_behaviour check-state``: the check a user runs on a model of
their own. What each Keras layer and backend does is the S.* claims' (tests/test_state_mechanics.py);
here: the check leaves the model as it was, refuses what it cannot check in one line, and can tell
a call that drops the state from one that carries it."""

from __future__ import annotations

import re

import numpy as np
import pytest

from lstm_behaviour import cli
from lstm_behaviour.engine import compat, state_check
from lstm_behaviour.engine.compat import keras
from lstm_behaviour.engine.state_check import CallResult, StateCheck, check_state

BATCH, SHAPE = 2, (3, 1)


def gru_model(stateful: bool = True, batch: int | None = BATCH):
    shape = (batch, *SHAPE)
    first = keras.layers.InputLayer(batch_input_shape=shape) if compat.IS_KERAS_2 else keras.Input(batch_shape=shape)
    model = keras.Sequential([first, keras.layers.GRU(4, stateful=stateful), keras.layers.Dense(2)])
    model.compile(loss="mse", optimizer="adam")
    return model


def _x(n: int = 2 * BATCH) -> np.ndarray:
    return np.random.default_rng(0).uniform(0, 1, (n, *SHAPE)).astype("float32")


def test_the_users_model_weights_and_state_are_as_they_were():
    model = gru_model()
    model(_x()[:BATCH])  # a state of its own, and built optimizer-free weights
    layer = compat.stateful_layers(model)[0]
    state = [compat.to_numpy(v).copy() for v in layer.states]
    weights = [w.copy() for w in model.get_weights()]
    assert any(np.any(s) for s in state)
    result = check_state(model, _x())
    assert [r.call for r in result.results][:2] == ["call", "predict(batch_size)"]
    assert all(np.array_equal(a, b) for a, b in zip(model.get_weights(), weights)), "the weights changed"
    assert all(np.array_equal(compat.to_numpy(v), s) for v, s in zip(layer.states, state)), "the state changed"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: gru_model(stateful=False), "needs a model with a stateful recurrent layer"),
        (lambda: keras.Sequential([keras.Input(shape=SHAPE), keras.layers.Flatten()]), "stateful recurrent layer"),
    ],
)
def test_a_model_it_cannot_check_is_refused_in_one_line(make, message):
    with pytest.raises(ValueError, match=message):
        check_state(make(), _x())


@pytest.mark.parametrize(
    ("x", "message"),
    [
        (_x(BATCH), r"at least two whole batches of 2 inputs of shape \(3, 1\); got shape \(2, 3, 1\)"),
        (_x(2 * BATCH + 1), r"whole batches"),
        (np.zeros((4, 2, 1), "float32"), r"of shape \(3, 1\); got shape \(4, 2, 1\)"),
    ],
)
def test_inputs_that_do_not_fit_the_model_are_refused(x, message):
    with pytest.raises(ValueError, match=message):
        check_state(gru_model(), x)


def test_a_call_that_drops_the_state_is_not_carried_and_one_that_raises_says_why(monkeypatch):
    """Planted on the copy: predict resets the state after running; evaluate raises."""
    real = state_check._copy_of

    def broken_copy(model):
        twin = real(model)
        predict = twin.predict

        def dropping(*args, **kwargs):
            out = predict(*args, **kwargs)
            compat.reset_states(twin)
            return out

        def raising(*args, **kwargs):
            raise RuntimeError("planted\nsecond line")

        twin.predict, twin.evaluate = dropping, raising
        return twin

    monkeypatch.setattr(state_check, "_copy_of", broken_copy)
    result = check_state(gru_model(), _x(), calls=("predict(batch_size)", "evaluate(batch_size)"))
    assert result.result("predict(batch_size)") == CallResult(
        "predict(batch_size)", "not carried", "the state stays zero"
    )
    assert result.result("evaluate(batch_size)") == CallResult(
        "evaluate(batch_size)", "raises", "RuntimeError: planted"
    )
    assert not result.ok


def test_the_line_of_an_error_is_the_one_that_says_what_went_wrong():
    error = ValueError(
        'Graph execution error:\n\nDetected at node x\n  File "a.py"\nIncompatible shapes: [4,4] vs. [2,4]\n'
    )
    assert state_check._first_line(error) == "Incompatible shapes: [4,4] vs. [2,4]"
    assert state_check._first_line(ValueError("\x1b[1mbatch size must match\x1b[0m")) == "batch size must match"


def test_the_table_names_each_call_and_the_workaround_where_one_is_known():
    result = StateCheck(
        (CallResult("call", "carried"), CallResult("fit", "raises", "RuntimeError: x")),
        ("lstm (LSTM)",),
        {"keras": "3.15.1", "backend": "torch"},
        workaround="use_cudnn=False",
    )
    table = result.table()
    assert "call  carried" in table and "fit   raises: RuntimeError: x" in table
    assert table.endswith("known workaround: use_cudnn=False")
    ok = StateCheck((CallResult("call", "carried"),), ("gru (GRU)",), {}, workaround="w")
    assert ok.ok and "workaround" not in ok.table()


FACTORY = """
from lstm_behaviour.engine.compat import keras, IS_KERAS_2

def make():
    first = keras.layers.InputLayer(batch_input_shape=(2, 3, 1)) if IS_KERAS_2 else keras.Input(batch_shape=(2, 3, 1))
    model = keras.Sequential([first, keras.layers.GRU(4, stateful=True)])
    model.compile(loss="mse", optimizer="adam")
    return model

def not_a_model():
    return 42

def raises():
    raise RuntimeError("the factory's own bug")

def needs_an_argument(units):
    return units

def sparse():
    first = keras.layers.InputLayer(batch_input_shape=(2, 3, 1)) if IS_KERAS_2 else keras.Input(batch_shape=(2, 3, 1))
    model = keras.Sequential([first, keras.layers.GRU(4, stateful=True), keras.layers.Dense(3, activation="softmax")])
    model.compile(loss="sparse_categorical_crossentropy", optimizer="adam")
    return model
"""


@pytest.fixture
def factory(tmp_path, monkeypatch):
    (tmp_path / "my_models.py").write_text(FACTORY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    return "my_models:make"


def test_the_command_prints_the_table_and_exits_1_where_a_call_drops_the_state(factory, monkeypatch, capsys):
    fake = StateCheck((CallResult("call", "carried"), CallResult("fit", "not carried", "the state stays zero")), ("g",))
    monkeypatch.setattr(state_check, "check_state", lambda model, x, y: fake)
    assert cli.main(["check-state", factory]) == 1
    assert "fit   not carried: the state stays zero" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("my_models", "takes MODULE:FUNCTION"),
        ("no_such_module:make", "cannot load no_such_module:make: ModuleNotFoundError"),
        ("my_models:absent", "cannot load my_models:absent: AttributeError"),
        ("my_models:not_a_model", "must return a Keras model; it returned int"),
        ("my_models:raises", "my_models:raises() raised RuntimeError: the factory's own bug"),
        ("my_models:needs_an_argument", "my_models:needs_an_argument() raised TypeError"),
        ("..my_models:make", "takes MODULE:FUNCTION (a dotted module, a function in it); got '..my_models:make'"),
        ("my models:make", "takes MODULE:FUNCTION"),
        ("broken:make", "cannot load broken:make: SyntaxError"),
    ],
)
def test_the_command_refuses_what_it_cannot_load_in_one_line(factory, tmp_path, capsys, spec, message):
    (tmp_path / "broken.py").write_text("def make(:\n", encoding="utf-8")
    assert cli.main(["check-state", spec]) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and err.count("\n") == 0, err


def test_the_command_reads_inputs_of_the_wrong_shape_as_a_one_line_error(factory, tmp_path, capsys):
    np.save(tmp_path / "x.npy", np.zeros((3, 3, 1), "float32"))
    assert cli.main(["check-state", factory, "--x", str(tmp_path / "x.npy")]) == 2
    assert "at least two whole batches" in capsys.readouterr().err


@pytest.mark.parametrize("name", __import__("lstm_behaviour.engine.layer_zoo", fromlist=["LAYERS"]).LAYERS)
def test_every_layer_of_the_zoo_builds_a_stateful_model_with_two_batches(name):
    from lstm_behaviour.engine.layer_zoo import BATCH, model_for

    model, x = model_for(name)
    assert compat.stateful_layers(model), f"{name}: no stateful recurrent layer found"
    assert compat.fixed_batch_size(model) == BATCH and len(x) == 2 * BATCH


def test_the_zoo_refuses_a_layer_it_does_not_have():
    from lstm_behaviour.engine.layer_zoo import model_for

    with pytest.raises(ValueError, match=r"layer must be one of LSTM, GRU, .*; got 'Transformer'"):
        model_for("Transformer")


def test_the_state_page_marks_each_call_and_says_why_one_is_not_carried(tmp_path):
    from lstm_behaviour.reports.state_md import load_matrices, state_markdown

    data = {
        "versions": {"backend": "jax", "backend_version": "0.1", "keras": "3.0"},
        "layers": {"GRU": {"call": ["carried", ""], "fit": ["not carried", "the state stays zero"]}},
    }
    (tmp_path / "jax.json").write_text(__import__("json").dumps(data), encoding="utf-8")
    text = state_markdown(load_matrices([tmp_path / "jax.json"]), "x/*.json")
    assert "## jax 0.1 / Keras 3.0" in text
    assert "| GRU | ✅ | ❌ |" in text
    assert "- `fit` (GRU): not carried: the state stays zero" in text
    (tmp_path / "bad.json").write_text('{"versions": {}, "layers": {"GRU": {"fit": ["lost", ""]}}}', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.json: expected versions and layers -> call -> \[outcome, detail\]"):
        load_matrices([tmp_path / "bad.json"])


def test_a_call_it_does_not_make_is_refused():
    with pytest.raises(ValueError, match=r"calls must be among call, predict\(batch_size\), .*; got predict_proba"):
        check_state(gru_model(), _x(), calls=("predict_proba",))


def test_a_correct_stateful_model_passes_where_the_backend_carries_state(factory, capsys):
    """The README's kind of model (a GRU): exit 0 where every call given the batch size carries
    the state (TensorFlow); the calls without it that Keras refuses are shown with the fix and do
    not fail the check. Exit 1 where a known failure drops the state (JAX: predict, fit) or makes
    a call raise (torch: training a stateful GRU)."""
    import re

    from lstm_behaviour.spec.known_failures import expected_failure

    api = (
        "S.predict-carries-state",
        "S.evaluate-carries-state",
        "S.train-on-batch-carries-state",
        "S.fit-never-resets",
    )
    broken = any(expected_failure(c, layer="GRU") for c in api)
    drops = expected_failure("S.predict-carries-state", layer="GRU") is not None
    assert cli.main(["check-state", factory]) == (1 if broken else 0)
    out = capsys.readouterr().out
    assert re.search(r"predict\(batch_size\) +" + ("not carried" if drops else "carried"), out), out
    assert "give batch_size=2" in out and re.search(r"\npredict +refused", out), out


def test_a_sparse_loss_gets_targets_that_fit_it(factory):
    from my_models import sparse

    result = check_state(sparse(), _x(), calls=("call", "evaluate(batch_size)", "predict(batch_size)"))
    assert "raises" not in {r.outcome for r in result.results}, result.table()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "--x {}: not a .npy array of numbers"),
        (b"\x93NUMPY\x01\x00v\x00{'descr': '<f4', 'fortran_order': False, 'shape': (100000000, 3, 1), }" + b" " * 49
         + b"\n", "its header declares shape (100000000, 3, 1) (1200000000 bytes), more than the file holds"),
    ],
    ids=["empty", "huge-header"],
)  # fmt: skip
def test_an_npy_file_is_checked_before_it_is_read(factory, tmp_path, capsys, content, message):
    path = tmp_path / "x.npy"
    path.write_bytes(content)
    assert cli.main(["check-state", factory, "--x", str(path)]) == 2
    err = capsys.readouterr().err
    assert message.format(path) in err and err.count("\n") == 1, err


def test_a_fifo_is_refused_without_blocking(factory, tmp_path, capsys):
    import os

    fifo = tmp_path / "x.npy"
    os.mkfifo(fifo)
    assert cli.main(["check-state", factory, "--x", str(fifo)]) == 2
    assert "expected a .npy file, got something that is not a regular file" in capsys.readouterr().err


@pytest.mark.parametrize("bad", [np.nan, np.inf])
def test_non_finite_inputs_are_refused(factory, tmp_path, capsys, bad):
    x = _x()
    x[1, 0, 0] = bad
    np.save(tmp_path / "x.npy", x)
    assert cli.main(["check-state", factory, "--x", str(tmp_path / "x.npy")]) == 2
    assert "x must be finite; it holds NaN or infinity" in capsys.readouterr().err


def test_targets_of_another_length_and_out_without_layers_are_usage_errors(factory, tmp_path, capsys):
    np.save(tmp_path / "y.npy", np.zeros((3, 4), "float32"))
    assert cli.main(["check-state", factory, "--y", str(tmp_path / "y.npy")]) == 2
    assert "y must hold one target per input, of shape (4, 4) for this model; got (3, 4)" in capsys.readouterr().err
    assert cli.main(["check-state", factory, "--out", str(tmp_path / "o.json")]) == 2
    assert "--out writes the layers' JSON of --layers" in capsys.readouterr().err
    assert not (tmp_path / "o.json").exists()


def test_an_empty_call_list_is_refused():
    with pytest.raises(ValueError, match="calls must name at least one of call, "):
        check_state(gru_model(), _x(), calls=())


def test_assert_state_carried_fails_with_the_table_and_passes_a_carried_state(monkeypatch):
    from lstm_behaviour import assert_state_carried

    result = assert_state_carried(gru_model(), _x(), calls=("call", "reset", "write"))
    assert result.ok
    dropped = StateCheck((CallResult("call", "carried"), CallResult("fit", "not carried", "zero")), ("g",))
    monkeypatch.setattr(state_check, "check_state", lambda *a, **k: dropped)
    with pytest.raises(
        AssertionError, match=r"(?s)a call does not carry the state:\nstate check: g.*fit   not carried"
    ):
        assert_state_carried(gru_model(), _x())


def test_a_refused_call_is_ok_and_a_raise_given_the_batch_size_is_not():
    refused = StateCheck((CallResult("call", "carried"), CallResult("predict", "refused", "give batch_size=2")), ("g",))
    raised = StateCheck((CallResult("call", "carried"), CallResult("predict(batch_size)", "raises", "x")), ("g",))
    assert refused.ok and not raised.ok


@pytest.mark.parametrize(
    ("x", "message"),
    [
        (np.full((4, 3, 1), 1e300), "x holds numbers too large for float32"),
        (np.array([["a"] * 3] * 4)[..., None], "x must hold real numbers; got an array of <U1"),
        (np.zeros((4, 3, 1), "complex64"), "x must hold real numbers; got an array of complex64"),
        (np.zeros((4, 3, 1), "datetime64[s]"), "x must hold real numbers; got an array of datetime64[s]"),
        (np.zeros((4, 3, 1), "float32"), "on these inputs the direct calls leave the state zero"),
    ],
    ids=["overflow", "strings", "complex", "datetime", "zeros"],
)
def test_inputs_that_cannot_show_the_state_are_refused(x, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        check_state(gru_model(), x)


def test_a_model_over_sequences_of_any_length_is_checked():
    shape = (BATCH, None, 1)
    first = keras.layers.InputLayer(batch_input_shape=shape) if compat.IS_KERAS_2 else keras.Input(batch_shape=shape)
    model = keras.Sequential([first, keras.layers.GRU(4, stateful=True), keras.layers.Dense(2)])
    model.compile(loss="mse", optimizer="adam")
    assert check_state(model, _x(), calls=("call", "predict(batch_size)")).result("call").outcome == "carried"


def test_a_model_built_for_batch_zero_is_refused():
    if compat.IS_KERAS_2:
        pytest.skip("Keras 2 refuses to build a stateful layer for batch 0 itself")
    model = keras.Sequential([keras.Input(batch_shape=(0, *SHAPE)), keras.layers.GRU(4, stateful=True)])
    with pytest.raises(ValueError, match="built for a batch of at least 1; it is built for 0"):
        check_state(model, _x())


def test_layers_out_does_not_replace_another_file(tmp_path, capsys, monkeypatch):
    from lstm_behaviour.engine import layer_zoo

    monkeypatch.setattr(layer_zoo, "layer_matrix", lambda progress=None: pytest.fail("ran the layers first"))
    readme = tmp_path / "README.md"
    readme.write_text("# mine\n")
    assert cli.main(["check-state", "--layers", "--out", str(readme)]) == 2
    assert "exists and is not a layers' state check (data/state/*.json); give a new path" in capsys.readouterr().err
    assert readme.read_text() == "# mine\n"
