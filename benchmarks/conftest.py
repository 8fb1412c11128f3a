"""Benchmark set-up: the software setup (TensorFlow, Keras, backend, oneDNN mode, CPU features,
variant) and the thread caps go into every saved run's ``machine_info``."""

from __future__ import annotations

import dataclasses
import os


def pytest_benchmark_update_machine_info(config, machine_info):
    from lstm_behaviour.compat import versions

    setup = dataclasses.asdict(versions())
    setup.pop("python", None)  # pytest-benchmark records python_version itself
    machine_info.update(setup, intra_op_threads=_threads())


def _threads():
    return {name: os.environ.get(name) for name in ("TF_NUM_INTRAOP_THREADS", "TF_NUM_INTEROP_THREADS")}
