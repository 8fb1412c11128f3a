"""The Qiita article "KerasのステートレスLSTMとステートフルLSTMの違いについて" ("The difference between stateless
and stateful LSTM in Keras"), which trains three small models
on the alphabet: its experiments, claims, calibrated numbers and known failures, as data.

- ``experiments``: experiments 1-4 as tables of rows with the article's numbers, experiment 5
  (the hidden-state transplant) as ``TRANSPLANT``.
- ``trained``: the trained claims as defined; their bound values and stated rates are
  ``calibrated.json`` (``spec.calibrated``), generated from data/calibration/.
- ``known_failures``: its claims that do not hold on some setup.

``ARTICLE`` is what the registry (``spec.articles``) finds under the entry point ``qiita``.
"""

from __future__ import annotations

from pathlib import Path

from ...spec.articles import Article
from .experiments import EXPERIMENT_NUMBERS, EXPERIMENTS, ROWS, TRANSPLANT
from .known_failures import KNOWN_FAILURES
from .trained import TRAINED_DEFINITIONS

__all__ = ["ARTICLE"]

ARTICLE = Article(
    key="qiita",
    title="KerasのステートレスLSTMとステートフルLSTMの違いについて",
    position=1,
    rows=ROWS,
    numbers=EXPERIMENT_NUMBERS,
    experiments=EXPERIMENTS,
    transplant=TRANSPLANT,
    trained=TRAINED_DEFINITIONS,
    calibrated=Path(__file__).resolve().with_name("calibrated.json"),
    known_failures=KNOWN_FAILURES,
    calibration="data/calibration",
    heading="Experiment {number} (trained, over the seeds)",
)
