"""JAX's persistent compilation cache (set up by conftest.py) changes how long a run takes, not what
it computes: a row trained and evaluated from compiled programs read back from the cache gives the
same weights and windows right, bit for bit, as one compiled from scratch, and as one with the
cache off.

Each run is a fresh process (JAX reads the cache settings when it is imported): the first fills
an empty cache (misses), the second reads everything back (hits, no miss), the third runs with
the cache off (neither).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from lstm_behaviour.engine.environment import backend

pytestmark = pytest.mark.skipif(backend() != "jax", reason="JAX's compilation cache; this run is not on JAX")

# E4's stateless LSTM (25 steps an epoch), 20 epochs from seed 0: trains, then all three evaluations
SCRIPT = """
import hashlib, json
import jax
from lstm_behaviour.engine.evaluation import evaluate_all
from lstm_behaviour.engine.rows import seeded_model
from lstm_behaviour.spec.experiments import row
from lstm_behaviour.engine.training import train_fast

events = {"hits": 0, "misses": 0}

def count(event, **kwargs):
    for name in events:
        if event == f"/jax/compilation_cache/cache_{name}":
            events[name] += 1

jax.monitoring.register_event_listener(count)
r = row("E4/lstm")
data = r.data()
model = seeded_model(r, 0, reuse=False)
train_fast(model, data, epochs=20, batch_size=r.batch_size, shuffle=r.shuffle, seed=0)
results = evaluate_all(model, data, batch_size=r.batch_size, test_every_reset=r.test_every_reset)
digest = hashlib.sha256(b"".join(w.tobytes() for w in model.get_weights())).hexdigest()
print(json.dumps({"weights": digest, "right": {k: v.transcript for k, v in results.items()}, **events}))
"""


def _run(cache, *, enabled: bool = True) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JAX_")}
    env.update(
        JAX_COMPILATION_CACHE_DIR=str(cache),
        JAX_PERSISTENT_CACHE_MIN_COMPILE_TIME_SECS="0",
        JAX_PERSISTENT_CACHE_MIN_ENTRY_SIZE_BYTES="-1",
        JAX_ENABLE_COMPILATION_CACHE="true" if enabled else "false",
    )
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=600, env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_programs_read_back_from_the_cache_train_and_predict_the_same(tmp_path):
    cache = tmp_path / "jax-compilation"
    cold = _run(cache)
    assert cold["misses"] > 0, f"the first run found its programs in an empty cache: {cold}"
    assert any(cache.iterdir()), f"the first run wrote nothing into {cache}"
    warm = _run(cache)
    assert warm["hits"] > 0 and warm["misses"] == 0, f"the second run compiled again: {warm}"
    off = _run(tmp_path / "unused", enabled=False)
    assert off["hits"] == off["misses"] == 0, f"the cache was used while turned off: {off}"
    assert not (tmp_path / "unused").exists()
    for name, run in (("from the cache", warm), ("with the cache off", off)):
        assert (run["weights"], run["right"]) == (cold["weights"], cold["right"]), (
            f"a run {name} differs from one compiled from scratch"
        )
