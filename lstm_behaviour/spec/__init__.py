"""The spec: what an article's experiments and claims are, the registry that finds each article,
and the evidence behind their rates.

It may use the engine (to run a row) and the statistics; nothing here renders a document, and
nothing here imports an article: each is found through ``articles`` (entry points).

- ``articles``: the ``Article`` type and the registry of articles (``lstm_behaviour.articles``).
- ``experiments``: rows, table experiments and transplants as types, and the lookups of a row
  or an article's number by key in any article.
- ``claims``: the claim registry; ``claim_types``: ``Claim`` and ``Bound``; ``mechanics``: the
  untrained claims (the state API); ``calibrated``: the bound values and stated rates of an
  article's trained claims, generated into its ``calibrated.json``.
- ``known_failures``: claims that fail on some setup, run there as strict xfails; the state API's
  own and the causes the articles' share.
- ``reproductions``: plain-Keras reproductions of the backend findings.
- ``setups``: names and order of software setups; ``versions``: which versions go together;
  ``matrix``: setups.toml, the checkout's list of setups to install and run.
- ``calibration``: training every row over seeds, and the calibration files; ``recorded``: a
  calibration file's rows standing for trained ones (``pytest --recorded``).
"""
