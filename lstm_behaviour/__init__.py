"""lstm-behaviour: the claims of an article on stateless and stateful Keras LSTMs, as tests.

Modules (only ``compat`` and what trains or predicts import a backend; the registry, the
verdicts, the reports and the renderers import none):

- ``data``: the alphabet windows; ``seeds``: seed lists; ``files``: strict reading, whole writes;
  ``environment``: the environment variables the project reads, checked.
- ``compat``: the one place that knows Keras 2 from Keras 3 and the backends.
- ``models``: the article's dense / lstm / lstm_ful models; ``reference``: a NumPy LSTM.
- ``training`` and ``fast_loops``: article and fast protocols; ``evaluation``: in order, reverse, loop.
- ``experiments``: the article's five experiments as data; ``transplant``: experiment 5, run.
- ``claims``: the claim registry; ``known_failures``: claims that fail on some setup;
  ``reproductions``: plain-Keras reproductions of the backend findings.
- ``verdicts``: a run's decision over its seeds; ``sequential``: the sequential design of
  ``--seeds auto``; ``thresholds``: the calibration rule;
  ``calibration``: training over seeds, the calibration files.
- ``claims_report``: the report format; ``merge``: shards of one setup joined;
  ``pytest_plugin``: options, fixtures, hooks, the report writer.
- ``setups``, ``tables``, ``claims_md``, ``calibration_md``, ``findings_md``, ``results_md``,
  ``badge``, ``benchmarks_md``, ``plots``, ``generated_docs``: generated documents; ``markdown``:
  outside text made safe for them; ``cli``.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
