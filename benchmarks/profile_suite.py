"""Where the time of one trained row goes: import, tracing, training steps, evaluation.

Run: ``python benchmarks/profile_suite.py`` (one process, one TensorFlow thread, as a worker).
Numbers for docs/suite-performance.md.
"""

from __future__ import annotations

import time

from lstm_behaviour.engine.environment import cap_threads

cap_threads()  # before the backend is imported
start = time.perf_counter()
from lstm_behaviour.engine import compat  # noqa: E402
from lstm_behaviour.engine.evaluation import evaluate_all  # noqa: E402
from lstm_behaviour.engine.models import build_model  # noqa: E402
from lstm_behaviour.engine.training import train_fast  # noqa: E402
from lstm_behaviour.spec.experiments import row  # noqa: E402

print(f"import tensorflow + package: {time.perf_counter() - start:.2f} s")

r = row("E1/lstm_ful")
data = r.data()
for epochs in (1, 1, r.epochs):
    model = build_model(r.model, r.shape, batch_size=1, seed=0)
    fit = train_fast(model, data, epochs=epochs, batch_size=1, shuffle=False)
    print(f"train_fast {r.key}, new model, {epochs} epoch(s): {fit.seconds:.2f} s")
again = train_fast(model, data, epochs=r.epochs, batch_size=1, shuffle=False)
print(
    f"train_fast {r.key}, same model again (traced), {r.epochs} epochs: {again.seconds:.2f} s "
    f"({again.seconds / again.steps * 1000:.2f} ms a step)"
)
start = time.perf_counter()
evaluate_all(model, data)
print(f"three evaluations: {time.perf_counter() - start:.2f} s")
start = time.perf_counter()
compat.keras.backend.clear_session()
print(f"keras clear_session() with its default garbage collection: {time.perf_counter() - start:.2f} s")
start = time.perf_counter()
compat.clear_session()
print(f"compat.clear_session(): {time.perf_counter() - start:.2f} s")
