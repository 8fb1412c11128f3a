"""Brownlee's claims as trained claims: rows, evaluations, bound kinds and the reasons of their rule.

Their bound values and stated rates are ``calibrated.json`` beside this module, which
``python -m tools.generated_docs`` computes by the rule of ``stats.thresholds`` from the
calibration sets in data/brownlee/ (``ARTICLE.calibration``). The quotes are the tutorial's
sentences and printed results (../shared/article/brownlee.md says where its text is public).
"""

from __future__ import annotations

from ...spec.claim_types import UNSET, Bound, Claim

__all__ = ["TRAINED_DEFINITIONS"]

_HIGH = "high accuracy: lower of the tutorial's and the calibrated low end, less one pair"
_LOW = "low accuracy: higher of the tutorial's and the calibrated high end, plus one pair"
_SAME = "no difference claimed: larger of the tutorial's and the calibrated high end of the difference, plus one pair"
_BEATS = "higher claimed: by at least one pair"


def _bound(kind, left, right=None, *, beats=False, reason=""):
    reason = reason or {"at_least": _HIGH, "at_most": _LOW, "within": _SAME, "below": _BEATS}[kind]
    return Bound(kind, left, UNSET, right, reason=reason, beats=beats)


TRAINED_DEFINITIONS: tuple[Claim, ...] = (
    Claim(
        id="B1.naive-lstm-scores-84",
        group="B1",
        trained=True,
        quote="Model Accuracy: 84.00% … We can see that this problem is indeed difficult for the network to learn.",
        statement="An LSTM fed one letter at a time (batch 1, shuffled, state reset after every sample) learns "
        "most of the alphabet's pairs: 84%.",
        check="B1's accuracy on the training pairs reaches the tutorial's 84% less the calibrated spread.",
        bounds=(_bound("at_least", ("B1/lstm", "in_order")),),
    ),
    Claim(
        id="B2.feature-window-scores-87",
        group="B2",
        trained=True,
        quote="Model Accuracy: 86.96% … We can see a small lift in performance that may or may not be real.",
        statement="Three letters as three features of one time step score 86.96%.",
        check="B2's accuracy reaches the tutorial's 86.96% less the calibrated spread.",
        bounds=(_bound("at_least", ("B2/lstm", "in_order")),),
    ),
    Claim(
        id="B2.lift-may-not-be-real",
        group="B2",
        trained=True,
        quote="We can see a small lift in performance that may or may not be real.",
        statement="The three-letter feature window scores about as the one-letter model does: a small lift at most.",
        check="Same seed: B2's accuracy lies within a calibrated margin of B1's.",
        bounds=(_bound("within", ("B2/lstm", "in_order"), ("B1/lstm", "in_order")),),
    ),
    Claim(
        id="B3.timesteps-score-100",
        group="B3",
        trained=True,
        quote="Model Accuracy: 100.00% … the model learns the problem perfectly as evidenced by the model evaluation "
        "and the example predictions.",
        statement="Three letters as three time steps of one sample are learned perfectly: 100%.",
        check="B3's accuracy reaches 100% less the calibrated spread.",
        bounds=(_bound("at_least", ("B3/lstm", "in_order")),),
    ),
    Claim(
        id="B3.timesteps-beat-naive",
        group="B3",
        trained=True,
        quote="Model Accuracy: 100.00% (B3) … Model Accuracy: 84.00% (B1)",
        statement="The time-step window scores higher than the naive one-letter model.",
        check="Same seed: B1's accuracy lies at least one pair below B3's.",
        bounds=(_bound("below", ("B1/lstm", "in_order"), ("B3/lstm", "in_order"), beats=True),),
    ),
    Claim(
        id="B4.full-batch-scores-100",
        group="B4",
        trained=True,
        quote="Model Accuracy: 100.00% … the model learned the alphabet perfectly from the individual characters "
        "in a batch.",
        statement="One batch of all 25 pairs, unshuffled, 5000 epochs: every pair learned.",
        check="B4's accuracy reaches 100% less the calibrated spread.",
        bounds=(_bound("at_least", ("B4/lstm", "in_order")),),
    ),
    Claim(
        id="B4.batch-order-carries-no-context",
        group="B4",
        trained=True,
        quote="We can see that the network can use the context of the sequences in the batch to better learn the "
        "sequence.",
        statement="Tested against its explanation: permuting the 25 samples inside B4's one batch every epoch "
        "changes nothing it learns, so no context of the batch's order is used (samples of a batch are "
        "independent, S.stateless-independent-batches).",
        check="Same seed: the permuted model's accuracy lies within a calibrated margin of B4's.",
        bounds=(_bound("within", ("B4/lstm+permuted", "in_order"), ("B4/lstm", "in_order")),),
    ),
    Claim(
        id="B5.stateful-scores-100",
        group="B5",
        trained=True,
        quote="Model Accuracy: 100.00%",
        statement="A stateful LSTM(50), fed one letter a batch and reset after each epoch, learns every pair.",
        check="B5's accuracy, evaluated in order from a reset at batch 1, reaches 100% less the calibrated spread.",
        bounds=(_bound("at_least", ("B5/lstm_ful", "in_order")),),
    ),
    Claim(
        id="B5.memorised-the-alphabet",
        group="B5",
        trained=True,
        quote="We can see that the network has memorized the entire alphabet perfectly. … A -> B … Y -> Z",
        statement="Seeded with A and fed its own predictions, the stateful model generates the alphabet.",
        check="B5's loop evaluation (from A, its own predictions fed back) reaches 100% less the calibrated spread.",
        bounds=(_bound("at_least", ("B5/lstm_ful", "loop")),),
    ),
    Claim(
        id="B5.cold-start-replays-from-start",
        group="B5",
        trained=True,
        quote="New start: K … K -> B … the network is replaying the first n sequences",
        statement="From a reset the stateful model predicts what follows the start of the alphabet, not the "
        "letter it is given: right on about one pair in 25.",
        check="Predicting each letter from a reset (the cold-start row's reverse pass), B5's model is right on "
        "few pairs.",
        bounds=(_bound("at_most", ("B5/lstm_ful+cold-start", "reverse")),),
    ),
    Claim(
        id="B6.variable-length-scores-99",
        group="B6",
        trained=True,
        quote="Model Accuracy: 98.90% … ['Q', 'R'] -> S … ['R'] -> T … ['Q', 'R', 'S'] -> T",
        statement="An LSTM(32) fed the tutorial's 1000 random runs of one to five letters, pre-padded with zeros to "
        "five time steps (batch 1, shuffled, 500 epochs), learns nearly all of them: 98.90%.",
        check="B6's accuracy on its 1000 padded sub-sequences reaches the tutorial's 98.90% less the calibrated "
        "spread.",
        bounds=(_bound("at_least", ("B6/lstm", "in_order")),),
    ),
)
