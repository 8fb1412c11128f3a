"""The articles whose claims the suite measures, each a subpackage of its own whose ``ARTICLE``
(``spec.articles.Article``) is registered under the entry points ``lstm_behaviour.articles``.

- ``qiita``: the Qiita article "KerasのステートレスLSTMとステートフルLSTMの違いについて": its
  five experiments, trained claims, calibrated numbers and known failures.
- ``brownlee``: Jason Brownlee's tutorial "Understanding Stateful LSTM Recurrent Neural Networks
  in Python with Keras", which the Qiita article follows: its experiments as rows the
  engine runs, with the accuracies it reports, and their measurement over seeds.

An article may use the engine, the statistics, the spec's types and the reports; the engine, the
statistics, the spec and the reports import no article: they ask the registry (tests/test_layout.py).
"""
