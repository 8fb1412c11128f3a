"""The trained claims of the article's experiments 1-4, each decided over the run's seeds.

Each test trains (once per process, shared through the plugin's ``trained_row``) the rows its
claim reads for every seed of ``--seeds``, checks the claim's bounds on each seed, and asserts
the run's verdict at the claim's stated rate (``verdicts.decide``; docs/calibration.md). The
claim id is written once, in the marker; ``claim_over_seeds`` reads it.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.trained


@pytest.mark.claim("E1.stateless-matches-mlp")
def test_stateless_lstm_matches_mlp(claim_over_seeds):
    verdict = claim_over_seeds()
    assert verdict.passes, verdict.message()


@pytest.mark.claim("E1.stateless-order-free")
def test_stateless_models_score_same_in_reverse(claim_over_seeds):
    verdict = claim_over_seeds()
    assert verdict.passes, verdict.message()


@pytest.mark.claim("E1.stateless-loop-fails")
def test_stateless_models_fail_the_loop(claim_over_seeds):
    verdict = claim_over_seeds()
    assert verdict.passes, verdict.message()


@pytest.mark.claim("E1.stateful-learns-order")
def test_stateful_lstm_learns_the_order(claim_over_seeds):
    verdict = claim_over_seeds()
    assert verdict.passes, verdict.message()


@pytest.mark.claim("E1.stateful-reverse-fails")
def test_stateful_lstm_fails_reverse_order(claim_over_seeds):
    verdict = claim_over_seeds()
    assert verdict.passes, verdict.message()


@pytest.mark.claim("E1.stateful-shuffle-fails")
def test_shuffled_stateful_lstm_does_not_learn(claim_over_seeds):
    verdict = claim_over_seeds()
    assert verdict.passes, verdict.message()


@pytest.mark.claim("E2.window-models-score-well")
def test_window_models_score_well(claim_over_seeds):
    verdict = claim_over_seeds()
    assert verdict.passes, verdict.message()


@pytest.mark.claim("E2.window-models-order-free")
def test_window_models_score_same_in_reverse(claim_over_seeds):
    verdict = claim_over_seeds()
    assert verdict.passes, verdict.message()


@pytest.mark.claim("E2.stateful-reverse-fails")
def test_stateful_lstm_on_feature_window_fails_reverse(claim_over_seeds):
    verdict = claim_over_seeds()
    assert verdict.passes, verdict.message()


@pytest.mark.claim("E3.timesteps-lstm-learns-series")
def test_timestep_lstm_learns_the_series(claim_over_seeds):
    verdict = claim_over_seeds()
    assert verdict.passes, verdict.message()


@pytest.mark.claim("E3.timesteps-lstm-beats-mlp")
def test_timestep_lstm_beats_the_mlp(claim_over_seeds):
    verdict = claim_over_seeds()
    assert verdict.passes, verdict.message()


@pytest.mark.claim("E3.dense-loop-degrades")
def test_mlp_loop_falls_below_lstm(claim_over_seeds):
    verdict = claim_over_seeds()
    assert verdict.passes, verdict.message()


@pytest.mark.claim("E3.stateful-reverse-fails")
def test_stateful_lstm_on_timesteps_fails_reverse(claim_over_seeds):
    verdict = claim_over_seeds()
    assert verdict.passes, verdict.message()


@pytest.mark.claim("E4.full-batch-stateful-equals-stateless")
def test_full_batch_stateful_predicts_like_stateless(claim_over_seeds):
    verdict = claim_over_seeds()
    assert verdict.passes, verdict.message()


@pytest.mark.claim("E4.full-batch-shuffled-learns")
def test_full_batch_stateful_learns_when_shuffled(claim_over_seeds):
    verdict = claim_over_seeds()
    assert verdict.passes, verdict.message()


@pytest.mark.claim("E4.full-batch-shuffled-matches-unshuffled")
def test_full_batch_shuffle_does_no_harm(claim_over_seeds):
    verdict = claim_over_seeds()
    assert verdict.passes, verdict.message()


@pytest.mark.claim("E4.no-test-reset-batch-in-order-works")
def test_without_test_reset_one_batch_in_order_still_works(claim_over_seeds):
    verdict = claim_over_seeds()
    assert verdict.passes, verdict.message()


@pytest.mark.claim("E4.no-test-reset-single-predictions-fail")
def test_without_test_reset_reverse_and_loop_fail(claim_over_seeds):
    verdict = claim_over_seeds()
    assert verdict.passes, verdict.message()
