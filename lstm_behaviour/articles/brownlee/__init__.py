"""Jason Brownlee's tutorial "Understanding Stateful LSTM Recurrent Neural Networks in Python with
Keras" (machinelearningmastery.com; Keras 2.0.2, updated 2018): the experiments it runs and the
accuracies it reports, as data.

- ``experiments``: B1-B5 as rows (units, shapes, epochs, batch sizes, shuffle and the stateful
  reset loop as the tutorial runs them) with the tutorial's accuracy beside each, and two rows
  that bear on its explanations.
- ``measure``: trains the rows over seeds into a file written whole after each seed, resumable.
- ``records``: what such a file must hold; ``summary``: docs/brownlee.md from those files.

``ARTICLE`` is what the registry (``spec.articles``) finds under the entry point ``brownlee``.
"""

from __future__ import annotations

from ...spec.articles import Article
from .experiments import CHECKS, ROWS
from .summary import documents

__all__ = ["ARTICLE"]

ARTICLE = Article(
    key="brownlee",
    title="Understanding Stateful LSTM Recurrent Neural Networks in Python with Keras",
    position=2,
    rows={**ROWS, **CHECKS},
    documents=documents,
)
