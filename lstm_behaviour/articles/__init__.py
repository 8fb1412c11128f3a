"""The articles whose claims the suite measures, each a subpackage of its own.

- ``brownlee``: Jason Brownlee's tutorial "Understanding Stateful LSTM Recurrent Neural Networks
  in Python with Keras", which the Qiita article follows: its experiments B1-B5 as rows the
  engine runs, with the accuracies it reports, and their measurement over seeds.

The Qiita article's experiments and claims are ``spec.experiments`` and ``spec.trained``.
An article may use the engine, the statistics and the spec's types; the engine, the statistics
and the reports import no article (tests/test_layout.py).
"""
