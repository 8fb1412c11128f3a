"""The engine: the thin model and evaluation part, the only layer that imports a backend.

It trains and evaluates what it is given and knows none of the article's experiments or claims
(it imports nothing from ``spec``, ``stats`` or ``reports``; tests/test_layout.py checks).

- ``environment``: the environment variables the project reads, checked before a backend loads.
- ``backends``: each Keras backend as one object (its facts, start-up, version, GPU probe);
  ``compat``: the one module that knows Keras 2 from Keras 3, and the backend in use.
- ``data``: the alphabet windows; ``models``: the dense / lstm / lstm_ful models;
  ``reference``: a NumPy LSTM to check Keras against.
- ``training`` and ``fast_loops``: the article's protocol and the fast one (same optimizer steps);
  ``evaluation``: in order, reverse, loop.
- ``rows``: one row run with one seed; ``transplant``: the state API and experiment 5, run.
- ``state_check``: ``check_state``, whether any stateful model keeps its state in each API call;
  ``layer_zoo``: a small stateful model of each Keras recurrent layer, for it; ``user_model``: a
  user's model factory and ``.npy`` inputs loaded for it.
- ``timing``: one process's times of training steps and predictions, for ``compare``;
  ``floor``: the same training step in plain backend code, beside Keras's.
"""
