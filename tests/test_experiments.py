"""The claims of the article's experiments 1-4, checked on freshly trained models per seed.

Each test trains (once per process, shared through ``trained_row``) the rows its claim reads,
with the fast protocol, and applies the claim's bounds (lstm_behaviour/claims.py) to that seed.
"""

from __future__ import annotations

import pytest

from lstm_behaviour.claims import claim

pytestmark = pytest.mark.trained


def check_claim(claim_id: str, seed: int, trained_row, record_claim) -> None:
    """Train the claim's rows for ``seed`` and assert every bound, naming the measured values."""
    c = claim(claim_id)
    accuracies = {key: trained_row(key, seed).accuracy for key in c.rows}
    record_claim(c, accuracies, seed)
    verdict = c.verdict(accuracies)
    assert verdict.ok, f"seed {seed}: {verdict.message()}"


@pytest.mark.claim("E1.stateless-matches-mlp")
def test_stateless_lstm_matches_mlp(seed, trained_row, record_claim):
    check_claim("E1.stateless-matches-mlp", seed, trained_row, record_claim)


@pytest.mark.claim("E1.stateless-order-free")
def test_stateless_models_score_same_in_reverse(seed, trained_row, record_claim):
    check_claim("E1.stateless-order-free", seed, trained_row, record_claim)


@pytest.mark.claim("E1.stateless-loop-fails")
def test_stateless_models_fail_the_loop(seed, trained_row, record_claim):
    check_claim("E1.stateless-loop-fails", seed, trained_row, record_claim)


@pytest.mark.claim("E1.stateful-learns-order")
def test_stateful_lstm_learns_the_order(seed, trained_row, record_claim):
    check_claim("E1.stateful-learns-order", seed, trained_row, record_claim)


@pytest.mark.claim("E1.stateful-reverse-fails")
def test_stateful_lstm_fails_reverse_order(seed, trained_row, record_claim):
    check_claim("E1.stateful-reverse-fails", seed, trained_row, record_claim)


@pytest.mark.claim("E1.stateful-shuffle-fails")
def test_shuffled_stateful_lstm_does_not_learn(seed, trained_row, record_claim):
    check_claim("E1.stateful-shuffle-fails", seed, trained_row, record_claim)


@pytest.mark.claim("E2.window-models-score-well")
def test_window_models_score_well(seed, trained_row, record_claim):
    check_claim("E2.window-models-score-well", seed, trained_row, record_claim)


@pytest.mark.claim("E2.window-models-order-free")
def test_window_models_score_same_in_reverse(seed, trained_row, record_claim):
    check_claim("E2.window-models-order-free", seed, trained_row, record_claim)


@pytest.mark.claim("E2.stateful-reverse-fails")
def test_stateful_lstm_on_feature_window_fails_reverse(seed, trained_row, record_claim):
    check_claim("E2.stateful-reverse-fails", seed, trained_row, record_claim)


@pytest.mark.claim("E3.timesteps-lstm-learns")
def test_timestep_lstm_learns_the_series(seed, trained_row, record_claim):
    check_claim("E3.timesteps-lstm-learns", seed, trained_row, record_claim)


@pytest.mark.claim("E3.dense-loop-degrades")
def test_mlp_loop_falls_below_lstm(seed, trained_row, record_claim):
    check_claim("E3.dense-loop-degrades", seed, trained_row, record_claim)


@pytest.mark.claim("E3.stateful-reverse-fails")
def test_stateful_lstm_on_timesteps_fails_reverse(seed, trained_row, record_claim):
    check_claim("E3.stateful-reverse-fails", seed, trained_row, record_claim)


@pytest.mark.claim("E4.full-batch-stateful-equals-stateless")
def test_full_batch_stateful_predicts_like_stateless(seed, trained_row, record_claim):
    check_claim("E4.full-batch-stateful-equals-stateless", seed, trained_row, record_claim)


@pytest.mark.claim("E4.full-batch-shuffle-harmless")
def test_full_batch_shuffle_does_no_harm(seed, trained_row, record_claim):
    check_claim("E4.full-batch-shuffle-harmless", seed, trained_row, record_claim)


@pytest.mark.claim("E4.no-test-reset-breaks-prediction")
def test_without_test_reset_reverse_and_loop_fail(seed, trained_row, record_claim):
    check_claim("E4.no-test-reset-breaks-prediction", seed, trained_row, record_claim)
