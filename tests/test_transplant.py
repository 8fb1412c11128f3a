"""Experiment 5: the hidden-state transplant, its claims and its snapshot API."""

from __future__ import annotations

import numpy as np
import pytest

from lstm_behaviour.engine import compat
from lstm_behaviour.engine.models import lstm_network
from lstm_behaviour.engine.transplant import Snapshot, restore, take_snapshot


@pytest.mark.trained
@pytest.mark.claim("E5.transplanted-state-restores")
def test_transplanted_state_restores_prediction(claim_over_seeds):
    verdict = claim_over_seeds()
    assert verdict.passes, verdict.message()


@pytest.mark.trained
@pytest.mark.claim("E5.fresh-start-fails")
def test_fresh_start_fails_at_abc_and_lmn(claim_over_seeds):
    verdict = claim_over_seeds()
    assert verdict.passes, verdict.message()


@pytest.mark.trained
@pytest.mark.claim("E5.warmup-state-is-reproducible")
def test_warmup_state_is_the_same_every_time(claim_over_seeds):
    verdict = claim_over_seeds()
    assert verdict.passes, verdict.message()


def _stateful(batch_size=1, layers=1, units=4):
    return lstm_network((3, 1), units=units, batch_size=batch_size, stateful=True, layers=layers, seed=0)


def test_snapshot_round_trip():
    """A snapshot reads what the layer holds and restores it exactly (whether a warm-up carries
    state is a claim of its own: E5.transplanted-state-restores, S.predict-on-batch-carries-state)."""
    source, target = _stateful(), _stateful()
    rng = np.random.default_rng(0)
    held = [rng.uniform(size=(1, 4)).astype("float32") for _ in range(2)]
    compat.write_state(compat.stateful_layers(source)[0], held)
    snap = take_snapshot(source)
    assert all(np.array_equal(a, b) for a, b in zip(snap.states[0], held)), "the snapshot must read the state held"
    restore(target, snap)
    assert take_snapshot(target).equals(snap), "a restored snapshot must read back equal"
    compat.reset_states(target)
    assert not take_snapshot(target).equals(snap), "snapshots of different states must differ"


def test_snapshot_of_a_stateless_model():
    with pytest.raises(ValueError, match=r"a model to snapshot must have stateful RNN layers; got a model with none"):
        take_snapshot(lstm_network((3, 1), seed=0))


def test_restore_with_wrong_layer_count():
    snap = take_snapshot(_stateful(layers=2))
    with pytest.raises(ValueError, match=r"snapshot must hold one state per stateful layer \(1\), got 2"):
        restore(_stateful(), snap)


def test_restore_with_wrong_shape():
    snap = take_snapshot(_stateful(units=5))
    target = _stateful()
    with pytest.raises(
        ValueError,
        match=r"snapshot state for layer 'lstm_0' must have shapes \[\(1, 4\), \(1, 4\)\], "
        r"got \[\(1, 5\), \(1, 5\)\]",
    ):
        restore(target, snap)
    assert not any(np.any(s) for s in compat.read_state(target.layers[0])), "a refused restore must not write"


def test_restore_into_a_stateless_model():
    with pytest.raises(ValueError, match=r"a model to restore into must have stateful RNN layers"):
        restore(lstm_network((3, 1), seed=0), Snapshot(((np.zeros((1, 4)), np.zeros((1, 4))),)))
