"""Jason Brownlee's tutorial "Understanding Stateful LSTM Recurrent Neural Networks in Python with
Keras" (machinelearningmastery.com; Keras 2.0.2, updated 2018): the experiments it runs and the
accuracies it reports, as data.

- ``experiments``: B1-B6 as rows (units, shapes, epochs, batch sizes, shuffle and the stateful
  reset loop as the tutorial runs them) with the tutorial's accuracy beside each, and two rows
  that bear on its explanations.
- ``measure``: trains the rows over seeds into a file written whole after each seed, resumable.
- ``records``: what such a file must hold; ``summary``: docs/brownlee.md from those files.
- ``trained``: his claims as trained claims; their numbers are ``calibrated.json``, generated from
  data/brownlee/ (the files ``measure`` writes are calibration sets); ``known_failures``: those
  that do not hold on some setup.

``ARTICLE`` is what the registry (``spec.articles``) finds under the entry point ``brownlee``.
"""

from __future__ import annotations

from pathlib import Path

from ...spec.articles import Article
from .experiments import CHECKS, COMPARED, NUMBERS, ROWS
from .known_failures import KNOWN_FAILURES
from .records import problem
from .summary import documents, findings
from .trained import TRAINED_DEFINITIONS

__all__ = ["ARTICLE"]

ARTICLE = Article(
    key="brownlee",
    title="Understanding Stateful LSTM Recurrent Neural Networks in Python with Keras",
    position=2,
    rows={**ROWS, **CHECKS},
    numbers=NUMBERS,
    trained=TRAINED_DEFINITIONS,
    calibrated=Path(__file__).resolve().with_name("calibrated.json"),
    known_failures=KNOWN_FAILURES,
    calibration="data/brownlee",
    record_extras={key: ("max_weight", "max_weight_difference") for key in COMPARED},
    heading="Brownlee's {group} (trained, over the seeds)",
    calibration_doc="docs/brownlee.md",
    file_problem=problem,
    documents=documents,
    findings=findings,
)
