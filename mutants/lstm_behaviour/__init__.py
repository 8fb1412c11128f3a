"""lstm-behaviour: the claims of an article on stateless and stateful Keras LSTMs, as tests.

Modules (each imports TensorFlow only if it needs it):

- ``data``: the alphabet windows; ``seeds``: seed lists; ``files``: whole-or-nothing writes.
- ``compat``: the one place that knows Keras 2 from Keras 3 (state, resets, versions).
- ``models``: the article's dense / lstm / lstm_ful models; ``reference``: a NumPy LSTM.
- ``training``: article and fast protocols; ``evaluation``: in order, reverse, loop.
- ``experiments``: the article's tables as data; ``transplant``: experiment 5.
- ``claims``: the claim registry; ``known_failures``: claims that fail on some TensorFlow.
- ``calibration``, ``report``, ``bench_report``, ``catalogue``, ``docs``, ``cli``: data, tables,
  generated docs.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
