"""Brownlee's claims (B1-B6), each decided over the run's seeds, as tests/test_experiments.py decides
the Qiita article's: each test trains the rows its claim reads once per process and seed (the
plugin's ``trained_row``), checks the claim's bounds on every seed and asserts the verdict at the
claim's stated rate (lstm_behaviour/articles/brownlee/calibrated.json, from data/brownlee/).
B6 trains for minutes a seed (``experiments.LONG``): marked long, it runs with ``--long``.
"""

from __future__ import annotations

import pytest

from lstm_behaviour.articles.brownlee.experiments import LONG

pytestmark = pytest.mark.trained


@pytest.mark.claim("B1.naive-lstm-scores-84")
def test_b1_naive_lstm_scores_84(claim_over_seeds):
    verdict = claim_over_seeds()
    assert verdict.passes, verdict.message()


@pytest.mark.claim("B2.feature-window-scores-87")
def test_b2_feature_window_scores_87(claim_over_seeds):
    verdict = claim_over_seeds()
    assert verdict.passes, verdict.message()


@pytest.mark.claim("B2.lift-may-not-be-real")
def test_b2_lift_may_not_be_real(claim_over_seeds):
    verdict = claim_over_seeds()
    assert verdict.passes, verdict.message()


@pytest.mark.claim("B3.timesteps-score-100")
def test_b3_timesteps_score_100(claim_over_seeds):
    verdict = claim_over_seeds()
    assert verdict.passes, verdict.message()


@pytest.mark.claim("B3.timesteps-beat-naive")
def test_b3_timesteps_beat_naive(claim_over_seeds):
    verdict = claim_over_seeds()
    assert verdict.passes, verdict.message()


@pytest.mark.claim("B4.full-batch-scores-100")
def test_b4_full_batch_scores_100(claim_over_seeds):
    verdict = claim_over_seeds()
    assert verdict.passes, verdict.message()


@pytest.mark.claim("B4.batch-order-carries-no-context")
def test_b4_batch_order_carries_no_context(claim_over_seeds):
    verdict = claim_over_seeds()
    assert verdict.passes, verdict.message()


@pytest.mark.claim("B5.stateful-scores-100")
def test_b5_stateful_scores_100(claim_over_seeds):
    verdict = claim_over_seeds()
    assert verdict.passes, verdict.message()


@pytest.mark.claim("B5.memorised-the-alphabet")
def test_b5_memorised_the_alphabet(claim_over_seeds):
    verdict = claim_over_seeds()
    assert verdict.passes, verdict.message()


@pytest.mark.claim("B5.cold-start-replays-from-start")
def test_b5_cold_start_replays_from_start(claim_over_seeds):
    verdict = claim_over_seeds()
    assert verdict.passes, verdict.message()


@pytest.mark.long(LONG["B6/lstm"])
@pytest.mark.claim("B6.variable-length-scores-99")
def test_b6_variable_length_scores_99(claim_over_seeds):
    verdict = claim_over_seeds()
    assert verdict.passes, verdict.message()
