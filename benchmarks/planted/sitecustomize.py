"""A planted slowdown for ``compare``'s own check (docs/benchmarks.md): with this folder first on
``PYTHONPATH`` (``benchmarks/planted/python``), every call of the fast training protocol spins the
CPU for a quarter of the CPU time it took, so training is 25% slower by either timer and
prediction is untouched. Nothing of lstm_behaviour is changed on disk."""

import importlib.abc
import importlib.util
import sys
import time

SLOWDOWN = 0.25
_MODULE = "lstm_behaviour.engine.training"


def _slowed(train_fast):
    def train_fast_slowed(*args, **kwargs):
        start = time.process_time()
        out = train_fast(*args, **kwargs)
        end = time.process_time() + SLOWDOWN * (time.process_time() - start)
        while time.process_time() < end:
            pass
        return out

    return train_fast_slowed


class _Finder(importlib.abc.MetaPathFinder):
    """Wraps ``train_fast`` once its module is loaded (loading it here would import Keras early)."""

    def find_spec(self, name, path=None, target=None):
        if name != _MODULE:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        load = spec.loader.exec_module

        def exec_module(module):
            load(module)
            module.train_fast = _slowed(module.train_fast)

        spec.loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, _Finder())
