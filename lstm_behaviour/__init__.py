"""lstm-behaviour: the claims of an article on stateless and stateful Keras LSTMs, as tests.

The package is in layers; each imports only from the layers above it in this list (checked by
tests/test_layout.py), and each subpackage's docstring is the map of its modules:

- ``files``: strict reading and whole-or-nothing writing of JSON (no dependency).
- ``engine``: data, Keras 2/3 and backend compatibility, models, training and evaluation
  protocols, a row run, the state API. The only layer that imports a backend.
- ``stats``: seeds, verdicts, the sequential test, the calibration rule. Pure Python.
- ``spec``: the types of experiments and claims, the registry of articles, the state API's claims,
  known failures, reproductions, setups, the calibration runs and files.
- ``articles``: each article's experiments, claims and known failures as data, one subpackage
  each (the Qiita article, Brownlee's tutorial), found through entry points (``spec.articles``).
- ``reports``: the claims report, merge, the matrix and badge, the documents under docs/.
- ``pytest_plugin`` (its report writer and summary: ``pytest_report``), ``compare`` (benchmark
  comparisons of environments, in rounds of fresh processes) and ``cli`` on top.

A checkout's maintainer tools (regenerating docs/, the setup matrix, the mutation report, the
upstream sweeps) are the ``tools`` package beside this one: they import it, it never imports them.

The public API is ``__all__`` below: importing ``lstm_behaviour`` loads none of it (each name
is imported on first use), so no backend loads before the environment is checked.
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

# public name -> (module, name there)
_PUBLIC = {
    "CLAIMS": ("spec.claims", "CLAIMS"),
    "Claim": ("spec.claims", "Claim"),
    "claim": ("spec.claims", "claim"),
    "trained_claims": ("spec.claims", "trained_claims"),
    "EXPERIMENTS": ("articles.qiita.experiments", "EXPERIMENTS"),
    "ROWS": ("articles.qiita.experiments", "ROWS"),
    "TRANSPLANT": ("articles.qiita.experiments", "TRANSPLANT"),
    "row": ("spec.experiments", "row"),
    "article": ("spec.articles", "article"),
    "Article": ("spec.articles", "Article"),
    "run_row": ("engine.rows", "run_row"),
    "RowResult": ("engine.rows", "RowResult"),
    "run_transplant": ("engine.transplant", "run_transplant"),
    "Snapshot": ("engine.transplant", "Snapshot"),
    "take_snapshot": ("engine.transplant", "take_snapshot"),
    "restore": ("engine.transplant", "restore"),
    "versions": ("engine.compat", "versions"),
    "check_state": ("engine.state_check", "check_state"),
    "assert_state_carried": ("engine.state_check", "assert_state_carried"),
    "StateCheck": ("engine.state_check", "StateCheck"),
    "load_report": ("reports.claims_report", "load"),
    "validate_report": ("reports.claims_report", "validate"),
    "ResultsError": ("reports.claims_report", "ResultsError"),
}

__all__ = ["__version__", *_PUBLIC]


def __getattr__(name: str):
    if name not in _PUBLIC:
        raise AttributeError(f"module 'lstm_behaviour' has no attribute {name!r}")
    module, attribute = _PUBLIC[name]
    value = getattr(importlib.import_module(f"{__name__}.{module}"), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
