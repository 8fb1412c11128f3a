"""The reproductions of docs/upstream/jax-stateful-state.md, run on this backend: every line they
print reads what a stateful layer should do (expected == got), except where this setup's known
failures say Keras's JAX backend drops the state, where they must show it (a strict known failure
that names its AssertionError); and the sweep's reading of their lines."""

from __future__ import annotations

import dataclasses

import pytest

from lstm_behaviour.engine import compat
from lstm_behaviour.spec.known_failures import expected_failure
from lstm_behaviour.spec.reproductions import UPSTREAM
from tools.keras_versions import VERSIONS, parse_lines

FINDING = "S.predict-on-batch-carries-state"  # the claim whose known failure is this finding


@pytest.mark.skipif(compat.IS_KERAS_2, reason="the reproductions are Keras 3 code (keras.ops, reset_state)")
@pytest.mark.parametrize("reproduction", UPSTREAM, ids=lambda r: r.title)
def test_upstream_reproduction(reproduction, request):
    if compat.BACKEND == "torch" and "model.fit(" in reproduction.script:
        pytest.skip("on torch, fit and train_on_batch of a stateful LSTM raise (torch's own finding, docs/findings.md)")
    plain = {**dataclasses.asdict(compat.versions()), "variant": None}  # plain Keras: no variant applies
    failure = expected_failure(FINDING, plain)
    if failure:
        request.applymarker(pytest.mark.xfail(strict=True, raises=AssertionError, reason=failure.reason))
    done = reproduction.run()
    if done.returncode != 0:
        raise RuntimeError(f"{reproduction.title}: the script failed:\n{done.stderr[-1500:]}")
    lines = parse_lines(done.stdout)
    assert len(lines) == 6, done.stdout  # six APIs; three steps of two calls
    wrong = {what: line for what, line in lines.items() if line["expected"] != line["got"]}
    assert not wrong, f"{reproduction.title}: " + "; ".join(
        f"{what}: expected {line['expected']}, got {line['got']}" for what, line in wrong.items()
    )
    assert reproduction.shows not in done.stdout


def test_lines_are_read_as_expected_and_got():
    text = (
        "jax, fit: state expected advanced, got zeros\nnoise\njax, predict after reset_state(): reads expected a, got b"
    )
    assert parse_lines(text) == {
        "fit": {"expected": "advanced", "got": "zeros"},
        "predict after reset_state()": {"expected": "a", "got": "b"},
    }


def test_the_sweep_runs_every_minor_release_once_and_ends_with_the_nightly():
    minors = [v.split("==")[1].rsplit(".", 1)[0] for v in VERSIONS[:-1]]
    assert minors == [f"3.{n}" for n in range(16)]
    assert VERSIONS[-1].startswith("keras-nightly==")
