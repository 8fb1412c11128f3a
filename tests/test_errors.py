"""Bad input is refused at the boundary with what was expected and what was got."""

from __future__ import annotations

import re
import types

import numpy as np
import pytest

from lstm_behaviour.articles.qiita.experiments import experiment
from lstm_behaviour.engine import compat
from lstm_behaviour.engine.data import encode, windows
from lstm_behaviour.engine.models import build_model, lstm_network
from lstm_behaviour.engine.training import train, train_fast
from lstm_behaviour.spec.experiments import row
from lstm_behaviour.stats.seeds import parse_seeds


def test_unknown_model_kind():
    with pytest.raises(ValueError, match=r"model kind must be one of dense, lstm, lstm_ful; got 'gru'"):
        build_model("gru", (1, 1), seed=0)


@pytest.mark.parametrize("seq_length, shape", [(3, (1, 1)), (3, (2, 2)), (1, (1, 3))])
def test_shape_must_hold_seq_length(seq_length, shape):
    with pytest.raises(ValueError, match=re.escape(f"shape must hold seq_length={seq_length} values, got {shape}")):
        windows(seq_length, shape)


@pytest.mark.parametrize("seq_length", [0, 26, -1])
def test_seq_length_outside_1_to_25(seq_length):
    with pytest.raises(ValueError, match=rf"seq_length must be from 1 to 25, got {seq_length}"):
        windows(seq_length, (1,))


def test_seq_length_must_be_an_integer():
    with pytest.raises(ValueError, match=r"seq_length must be an integer from 1 to 25, got 2.5"):
        windows(2.5, (1,))


def test_stateful_batch_size_must_divide_samples():
    model = build_model("lstm_ful", (1, 1), batch_size=2, seed=0)
    with pytest.raises(ValueError, match=r"batch_size must divide the 25 samples of a stateful model \(got 2\)"):
        train_fast(model, windows(1, (1, 1)), epochs=1, batch_size=2, shuffle=False)


def test_stateful_model_needs_a_batch_size():
    with pytest.raises(ValueError, match=r"batch_size of an lstm_ful model must be a positive integer, got None"):
        build_model("lstm_ful", (1, 1), seed=0)


def test_training_batch_size_must_be_the_models():
    model = build_model("lstm_ful", (3, 1), batch_size=1, seed=0)
    with pytest.raises(ValueError, match=r"batch_size must be the model's fixed batch size 1, got 23"):
        train_fast(model, windows(3, (3, 1)), epochs=1, batch_size=23, shuffle=False)


@pytest.mark.parametrize(
    "shapes, message",
    [
        ([(2, 4), (2, 4)], r"state h for layer 'lstm_0' must have shape \(1, 4\), got \(2, 4\)"),
        ([(1, 4), (1, 5)], r"state c for layer 'lstm_0' must have shape \(1, 4\), got \(1, 5\)"),
        ([(1, 4)], r"state for layer 'lstm_0' must have 2 arrays \(h, c\), got 1"),
    ],
)
def test_wrong_sized_state(shapes, message):
    layer = compat.stateful_layers(lstm_network((3, 1), batch_size=1, stateful=True, seed=0))[0]
    before = compat.read_state(layer)
    with pytest.raises(ValueError, match=message):
        compat.write_state(layer, [np.ones(s) for s in shapes])
    for a, b in zip(compat.read_state(layer), before):
        assert np.array_equal(a, b), "a refused state must leave the layer's state as it was"


def test_state_of_a_stateless_layer():
    layer = lstm_network((3, 1), seed=0).layers[0]
    with pytest.raises(ValueError, match=r"layer 'lstm_0' must be a stateful RNN layer \(got stateful=False\)"):
        compat.read_state(layer)


@pytest.mark.parametrize(
    "text, message",
    [
        ("", r"seeds must be a list like '0-2' or '0,3,7', got ''"),
        ("0-x", r"seeds must be numbers or ranges like '0-2' or '0,3,7', got '0-x' in '0-x'"),
        ("3-1", r"seed range must go up, got '3-1' in '3-1'"),
        ("1,,2", r"got '' in '1,,2'"),
    ],
)
def test_malformed_seeds(text, message):
    with pytest.raises(ValueError, match=message):
        parse_seeds(text)


def test_seed_lists():
    assert parse_seeds("0-2") == (0, 1, 2)
    assert parse_seeds("0-4, 9,3") == (0, 1, 2, 3, 4, 9)


def test_unknown_experiment_row_protocol_and_letters():
    with pytest.raises(ValueError, match=r"experiment must be one of 1, 2, 3, 4(, 5)?; got 9"):
        experiment(9)
    with pytest.raises(ValueError, match=r"row must be one of E1/dense, .*; got 'E1/gru'"):
        row("E1/gru")
    with pytest.raises(ValueError, match=r"protocol must be one of fast, article; got 'quick'"):
        train("quick", None, windows(1, (1, 1)), epochs=1, batch_size=1, shuffle=False)
    with pytest.raises(ValueError, match=r"letters must be capitals A-Z, got 'a' in 'aB'"):
        encode("aB")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("4294967296", "seeds must be from 0 to 4294957295 (Keras takes seeds below 2**32), got 4294967296"),
        ("999999999999", "seeds must be from 0 to 4294957295 (Keras takes seeds below 2**32), got 999999999999"),
        ("9999999999999", "seeds must be from 0 to 4294957295, got '9999999999999'"),  # refused before int()
        ("0-10000", "a seed list holds at most 10000 seeds, got 10001 in '0-10000'"),
    ],
)
def test_seeds_are_bounded(text, message):
    with pytest.raises(ValueError, match=re.escape(message) + "$"):
        parse_seeds(text)


def test_the_largest_seed_and_the_longest_list_are_accepted():
    from lstm_behaviour.stats.seeds import MAX_SEED, MAX_SEEDS

    assert parse_seeds(str(MAX_SEED)) == (MAX_SEED,)
    assert len(parse_seeds(f"0-{MAX_SEEDS - 1}")) == MAX_SEEDS
    assert len(parse_seeds(f"5-{MAX_SEEDS + 4}")) == MAX_SEEDS


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("0-5999,5000-9999", 10_000),  # overlapping ranges: the 1,000 shared seeds once
        ("5000-9999,0-5999", 10_000),  # in any order
        ("0-4999,6000-11000", 10_001),  # apart: both ranges whole
        ("7,0-9998,7", 9_999),  # a seed inside a range, twice: nothing more
    ],
)
def test_a_seed_list_is_counted_by_its_distinct_seeds(text, count):
    """The cap counts each seed once, whatever ranges name it (counted before any list is made)."""
    if count <= 10_000:
        assert len(parse_seeds(text)) == count
    else:
        with pytest.raises(ValueError, match=f"got {count} in "):
            parse_seeds(text)


def test_a_long_seed_list_over_the_cap_is_named_by_its_first_80_characters():
    text = ",".join(map(str, range(10_001)))
    with pytest.raises(ValueError) as error:
        parse_seeds(text)
    assert str(error.value) == f"a seed list holds at most 10000 seeds, got 10001 in {text[:80]!r}"


def test_wrong_sized_state_of_a_layer_with_more_than_two_state_tensors_names_it_by_index():
    """A cell of three state tensors (a user's own): h and c are no names for them."""

    class Variable:
        def __init__(self, shape):
            self.shape = shape

    layer = types.SimpleNamespace(name="cell3", stateful=True, states=[Variable((1, 2)) for _ in range(3)])
    with pytest.raises(ValueError, match=r"^state 2 for layer 'cell3' must have shape \(1, 2\), got \(1, 3\)$"):
        compat.write_state(layer, [np.ones((1, 2)), np.ones((1, 2)), np.ones((1, 3))])


# -- keras.json counts as Keras reads it -----------------------------------------------------------


def _keras_home(tmp_path, config):
    import json

    (tmp_path / "keras.json").write_text(json.dumps(config), encoding="utf-8")
    return {"KERAS_HOME": str(tmp_path)}


def test_the_backend_of_keras_json_counts_unless_keras_backend_is_set(tmp_path):
    from lstm_behaviour.engine.environment import backend

    env = _keras_home(tmp_path, {"backend": "jax"})
    assert backend(env) == "jax"
    assert backend({**env, "KERAS_BACKEND": "torch"}) == "torch"
    assert backend({**env, "TF_USE_LEGACY_KERAS": "1"}) == "tensorflow"
    assert backend({"KERAS_HOME": str(tmp_path / "absent")}) == "tensorflow"


def test_a_keras_json_backend_this_project_cannot_run_is_named(tmp_path):
    from lstm_behaviour.engine.environment import EnvironmentProblem, check_environment

    env = _keras_home(tmp_path, {"backend": "openvino"})
    with pytest.raises(EnvironmentProblem, match=r"the backend of .*keras\.json must be one of tensorflow, jax, torch"):
        check_environment(env, backend_needed=False)


def test_a_claims_run_refuses_float16_in_one_line(tmp_path, pytester):
    from lstm_behaviour.engine.environment import EnvironmentProblem, check_floatx

    env = _keras_home(tmp_path, {"floatx": "float16"})
    with pytest.raises(EnvironmentProblem, match=r"keras\.json sets floatx to 'float16'; the claims are calibrated"):
        check_floatx(env)
    check_floatx(_keras_home(tmp_path / "..", {"floatx": "float32"}))
    check_floatx({"KERAS_HOME": str(tmp_path / "absent")})


def test_keras_json_that_is_not_a_file_is_refused(tmp_path):
    import os

    from lstm_behaviour.engine.environment import EnvironmentProblem, keras_config

    os.mkfifo(tmp_path / "keras.json")
    with pytest.raises(EnvironmentProblem, match=r"keras\.json: is a pipe, not Keras's keras\.json"):
        keras_config({"KERAS_HOME": str(tmp_path)})
    (tmp_path / "keras.json").unlink()
    (tmp_path / "keras.json").write_text("not json")
    assert keras_config({"KERAS_HOME": str(tmp_path)}) == {}  # as Keras: an unreadable config is no config


def test_a_claims_run_under_float16_stops_at_configure(nested_pytest, tmp_path, pytester, monkeypatch):
    import signal

    monkeypatch.setenv("KERAS_HOME", str(tmp_path))
    _keras_home(tmp_path, {"floatx": "float16"})
    pytester.makepyfile(test_x="def test_x():\n    pass\n")
    handler = signal.getsignal(signal.SIGINT)
    try:
        result = nested_pytest()
    finally:
        signal.signal(signal.SIGINT, handler)
    assert result.ret == 4
    result.stderr.fnmatch_lines(["*keras.json sets floatx to 'float16'; the claims are calibrated on float32*"])


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ({"floatx": "float8"}, "floatx must be float16, float32 or float64, got 'float8'"),
        ({"epsilon": "abc"}, "epsilon must be a decimal number such as 1e-07, got 'abc'"),
        ({"image_data_format": "rows"}, "image_data_format must be channels_last or channels_first, got 'rows'"),
        ({"backend": ""}, "backend must be a backend's name, got ''"),
        ({"backend": 5}, "backend must be a backend's name, got 5"),
    ],
)
def test_keras_json_values_keras_refuses_are_one_line(tmp_path, config, message):
    from lstm_behaviour.engine.environment import EnvironmentProblem, check_environment

    with pytest.raises(EnvironmentProblem, match=re.escape(message)):
        check_environment(_keras_home(tmp_path, config), backend_needed=False)
    if "backend" in config:  # KERAS_BACKEND overrides keras.json's backend, as in Keras
        check_environment({**_keras_home(tmp_path, config), "KERAS_BACKEND": "tensorflow"}, backend_needed=False)
