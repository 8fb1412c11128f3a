"""Benchmark set-up: the TensorFlow, Keras and backend versions go into every saved run."""

from __future__ import annotations


def pytest_benchmark_update_machine_info(config, machine_info):
    from lstm_behaviour.compat import versions

    v = versions()
    machine_info.update(
        tensorflow=v.tensorflow,
        keras=v.keras,
        keras_major=v.keras_major,
        backend=v.backend,
        intra_op_threads=_threads(),
    )


def _threads():
    import os

    return {name: os.environ.get(name) for name in ("TF_NUM_INTRAOP_THREADS", "TF_NUM_INTEROP_THREADS")}
