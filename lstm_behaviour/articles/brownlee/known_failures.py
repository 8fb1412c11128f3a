"""Brownlee's claims that do not hold on some setup: findings, run there as strict xfails
(``spec.known_failures`` has the type, the rule and the causes the Qiita article's share)."""

from __future__ import annotations

from ...spec.known_failures import KnownFailure, jax_state_loss, torch_stateful_training

__all__ = ["KNOWN_FAILURES"]

_JAX_EVIDENCE = "data/brownlee/jax-0.10.2-keras-3.15.1.json (jax 0.10.2, Keras 3.15.1, seeds 0-99)"
_JAX_STATEFUL = {  # claim -> (seeds held of 100, what is seen)
    "B5.stateful-scores-100": (0, "the stateful model scores 68-80% in order: it predicts with no state carried"),
    "B5.memorised-the-alphabet": (0, "fed its own predictions from A, the stateful model never runs the alphabet"),
    "B5.cold-start-replays-from-start": (
        0,
        "from a reset before every letter the model scores as in order (68-80%): no state, so nothing to replay",
    ),
}

#: The findings, each with its evidence.
KNOWN_FAILURES: tuple[KnownFailure, ...] = (
    *jax_state_loss(_JAX_STATEFUL, _JAX_EVIDENCE),
    *torch_stateful_training(_JAX_STATEFUL),  # B5's rows are the ones that train a stateful LSTM
)
