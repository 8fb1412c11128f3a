"""The fast training protocol takes exactly the article protocol's optimizer steps."""

from __future__ import annotations

import numpy as np
import pytest

from lstm_behaviour import compat
from lstm_behaviour.experiments import row
from lstm_behaviour.models import build_model
from lstm_behaviour.training import epoch_orders, train_article, train_fast

EPOCHS = 3


def _train(protocol, r, orders):
    compat.clear_session()
    model = build_model(r.model, r.shape, batch_size=r.batch_size, seed=0)
    trainer = train_article if protocol == "article" else train_fast
    trainer(model, r.data(), epochs=EPOCHS, batch_size=r.batch_size, shuffle=r.shuffle, orders=orders)
    return model.get_weights()


@pytest.mark.claim("P.fast-protocol-identical")
@pytest.mark.parametrize("key", ["E3/lstm", "E1/lstm_ful", "E4/lstm_ful+shuffle+test-reset", "E2/dense"])
def test_fast_protocol_weights_equal_article_protocol(key):
    r = row(key)
    orders = epoch_orders(len(r.data()), EPOCHS, shuffle=r.shuffle, seed=0)
    article, fast = _train("article", r, orders), _train("fast", r, orders)
    worst = max(float(np.abs(a - b).max()) for a, b in zip(article, fast))
    assert all(np.array_equal(a, b) for a, b in zip(article, fast)), (
        f"P.fast-protocol-identical: {key} weights after {EPOCHS} epochs differ by up to {worst:.3g}"
    )


def test_epoch_orders_come_from_the_seed():
    a, b = epoch_orders(25, 4, shuffle=True, seed=1), epoch_orders(25, 4, shuffle=True, seed=1)
    assert np.array_equal(a, b) and not np.array_equal(a, epoch_orders(25, 4, shuffle=True, seed=2))
    assert all(sorted(order) == list(range(25)) for order in a)
    assert np.array_equal(epoch_orders(5, 2, shuffle=False, seed=1), [[0, 1, 2, 3, 4]] * 2)
