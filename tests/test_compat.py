"""compat's small pieces, each on a stand-in: thread caps, versions on every Keras and backend,
the oneDNN report and the CPU features (no training)."""

from __future__ import annotations

import sys
import types

import numpy as np
import pytest

from lstm_behaviour.engine import compat
from lstm_behaviour.engine.backends import BACKENDS


def test_thread_caps_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("TF_NUM_INTRAOP_THREADS", "3")
    monkeypatch.setenv("TF_NUM_INTEROP_THREADS", "2")
    assert compat._caps() == (3, 2)
    monkeypatch.setenv("TF_NUM_INTRAOP_THREADS", "")
    monkeypatch.delenv("TF_NUM_INTEROP_THREADS")
    assert compat._caps() == (None, None)


def test_tensorflow_gets_the_caps_and_a_late_call_keeps_its_pools(monkeypatch):
    calls = []

    def setter(name):
        def set_threads(n):
            calls.append((name, n))

        return set_threads

    threading = types.SimpleNamespace(
        set_intra_op_parallelism_threads=setter("intra"), set_inter_op_parallelism_threads=setter("inter")
    )
    fake = types.SimpleNamespace(
        config=types.SimpleNamespace(threading=threading, list_physical_devices=lambda kind: calls.append(kind))
    )
    monkeypatch.setitem(sys.modules, "tensorflow", fake)
    assert BACKENDS["tensorflow"].start(3, 2) is fake
    assert calls == [("intra", 3), ("inter", 2), "GPU"], "the caps before the first op (the GPU probe)"

    def too_late(n):
        raise RuntimeError("already initialized")

    threading.set_intra_op_parallelism_threads = too_late
    assert BACKENDS["tensorflow"].start(3, None) is fake  # no error: TensorFlow keeps its pools


def test_cpu_features_read_the_flags_line(tmp_path):
    info = tmp_path / "cpuinfo"
    info.write_bytes(b"model name\t: caf\xe9 CPU\nflags\t\t: fpu fma avx2 sse\nflags\t: amx_tile\n")
    assert compat.cpu_features(str(info)) == ("avx2", "fma"), "the first 'flags' line, in CPU_FEATURES order"
    assert compat.cpu_features(str(tmp_path / "missing")) == ()
    info.write_text("model name : x\n", encoding="utf-8")
    assert compat.cpu_features(str(info)) == (), "no flags line: no features"
    assert compat.cpu_features() == compat.cpu_features("/proc/cpuinfo")


def test_cpu_features_take_a_line_that_is_only_flags(tmp_path):
    info = tmp_path / "cpuinfo"
    info.write_text("flags:fma avx2\n", encoding="utf-8")
    assert compat.cpu_features(str(info)) == ("avx2", "fma")
    info.write_text("flags : fma : avx2\n", encoding="utf-8")
    assert compat.cpu_features(str(info)) == ("avx2", "fma"), "split at the first colon only"


@pytest.mark.skipif(compat.BACKEND != "tensorflow", reason="TensorFlow's own report")
def test_onednn_is_what_tensorflow_reports(monkeypatch):
    from tensorflow.python.util import _pywrap_util_port

    for on in (True, False):
        monkeypatch.setattr(_pywrap_util_port, "IsMklEnabled", lambda on=on: on)
        assert compat.onednn_enabled() is on


@pytest.mark.parametrize(
    ("legacy", "keras_2", "distribution", "major"),
    [(True, True, "tf-keras", 2), (False, True, "keras", 2), (False, False, None, 3)],
)
def test_versions_name_keras_by_its_distribution(monkeypatch, legacy, keras_2, distribution, major):
    monkeypatch.setattr(compat, "_LEGACY", legacy)
    monkeypatch.setattr(compat, "IS_KERAS_2", keras_2)
    monkeypatch.setattr(compat, "_distribution_version", lambda *names: f"v-{'-'.join(names)}")
    got = compat.versions()
    assert got.keras == (f"v-{distribution}" if distribution else compat.keras.__version__)
    assert got.keras_major == major


@pytest.mark.parametrize(
    ("backend", "module", "raw", "shown"),
    [("jax", "jax", "0.10.2", "0.10.2"), ("torch", "torch", "2.13.0+cpu", "2.13.0")],
)
def test_versions_on_other_backends_name_the_backend_and_no_tensorflow(monkeypatch, backend, module, raw, shown):
    monkeypatch.setitem(sys.modules, module, types.SimpleNamespace(__version__=raw))
    monkeypatch.setattr(compat, "backend", BACKENDS[backend])
    monkeypatch.setattr(compat, "tf", None)
    monkeypatch.setenv("LSTM_BEHAVIOUR_VARIANT", "no-cudnn")
    got = compat.versions()
    assert (got.backend, got.backend_version, got.tensorflow, got.onednn) == (backend, shown, None, None)
    assert got.variant == "no-cudnn"


def test_distribution_version_takes_the_first_installed_name():
    import importlib.metadata

    assert compat._distribution_version("no-such-distribution", "pytest") == importlib.metadata.version("pytest")
    assert compat._distribution_version("no-such-distribution") == "unknown"


def test_state_checks_name_the_layer():
    class Layer:
        name = "x"

    layer = Layer()
    with pytest.raises(ValueError, match=r"^layer 'x' must be a stateful RNN layer \(got stateful=False\)$"):
        compat.read_state(layer)
    layer.stateful = True
    for states in (None, [None, object()]):
        layer.states = states
        with pytest.raises(ValueError, match=r"^layer 'x' must be built before its state is used$"):
            compat.read_state(layer)


def test_to_numpy_reads_a_keras_2_variable_with_its_numpy_method(monkeypatch):
    class Variable:
        def numpy(self):
            return np.array([7.0])

    monkeypatch.setattr(compat, "IS_KERAS_2", True)
    assert compat.to_numpy(Variable()).tolist() == [7.0]
    if not hasattr(compat.keras, "ops"):
        return  # Keras 2 has no keras.ops: the Keras 3 branch cannot run here
    monkeypatch.setattr(compat, "IS_KERAS_2", False)
    assert compat.to_numpy(np.array([1.0, 2.0])).tolist() == [1.0, 2.0], "Keras 3: keras.ops reads any tensor"


def test_no_cudnn_variant_is_refused_on_keras_2_and_passed_on_keras_3(monkeypatch):
    monkeypatch.setenv("LSTM_BEHAVIOUR_VARIANT", "no-cudnn")
    monkeypatch.setattr(compat, "IS_KERAS_2", True)
    with pytest.raises(
        ValueError, match=r"^the no-cudnn variant needs Keras 3 \(its LSTM takes use_cudnn\); this is Keras 2$"
    ):
        compat.lstm_options()
    monkeypatch.setattr(compat, "IS_KERAS_2", False)
    assert compat.lstm_options() == {"use_cudnn": False}
    monkeypatch.delenv("LSTM_BEHAVIOUR_VARIANT")
    assert compat.lstm_options() == {}


@pytest.mark.parametrize("takes_free_memory", [True, False])
def test_clear_session_skips_the_full_collection_where_keras_offers_to(monkeypatch, takes_free_memory):
    calls = []

    def clear_session(free_memory=True):
        calls.append({"free_memory": free_memory})

    def old_clear_session():
        calls.append({})

    monkeypatch.setattr(
        compat.keras.backend, "clear_session", clear_session if takes_free_memory else old_clear_session
    )
    compat.clear_session()
    assert calls == ([{"free_memory": False}] if takes_free_memory else [{}])


@pytest.mark.parametrize(
    ("backend", "gpus", "visible"),
    [
        ("tensorflow", ["GPU:0"], True),
        ("tensorflow", [], False),
        ("jax", ["cpu", "gpu"], True),
        ("jax", ["cpu"], False),
        ("torch", [], False),
        ("torch", ["cuda"], True),
    ],
)
def test_gpu_visible_asks_the_backend_in_use(monkeypatch, backend, gpus, visible):
    """Each backend's stand-in answers for its own devices only; the others would answer the
    opposite, so asking the wrong backend fails."""
    asked = []

    def list_logical_devices(kind):
        asked.append(kind)
        return list(gpus) if backend == "tensorflow" and kind == "GPU" else []

    jax_devices = [types.SimpleNamespace(platform=p) for p in (gpus if backend == "jax" else ["gpu"])]
    torch_cuda = bool(gpus) if backend == "torch" else not visible
    monkeypatch.setattr(compat, "backend", BACKENDS[backend])
    monkeypatch.setitem(
        sys.modules,
        "tensorflow",
        types.SimpleNamespace(config=types.SimpleNamespace(list_logical_devices=list_logical_devices)),
    )
    monkeypatch.setitem(sys.modules, "jax", types.SimpleNamespace(devices=lambda: jax_devices))
    monkeypatch.setitem(
        sys.modules, "torch", types.SimpleNamespace(cuda=types.SimpleNamespace(is_available=lambda: torch_cuda))
    )
    assert compat.gpu_visible() is visible
    assert asked == (["GPU"] if backend == "tensorflow" else [])


def test_stateful_layers_are_found_in_order_inside_nested_models_and_bidirectional_wrappers():
    keras = compat.keras
    batch = (2, 3, 1)

    def lstm(stateful, **kwargs):
        return keras.layers.LSTM(2, stateful=stateful, return_sequences=True, **kwargs)

    first = lstm(True)
    inner = keras.Sequential([keras.Input(batch_shape=(2, 3, 2)), lstm(False), lstm(True)])
    both = keras.layers.Bidirectional(lstm(True))
    stateless_both = keras.layers.Bidirectional(lstm(False))
    last = keras.layers.GRU(2, stateful=True)
    model = keras.Sequential([keras.Input(batch_shape=batch), first, inner, both, stateless_both, last])
    model(np.zeros(batch, dtype="float32"))
    expected = [first, inner.layers[1], both.forward_layer, both.backward_layer, last]
    found = compat.stateful_layers(model)
    assert [layer.name for layer in found] == [layer.name for layer in expected]
    assert all(a is b for a, b in zip(found, expected))
