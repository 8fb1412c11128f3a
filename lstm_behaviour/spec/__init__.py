"""The spec: the article's experiments and claims as data, and the evidence behind their rates.

It may use the engine (to run a row) and the statistics; nothing here renders a document.

- ``experiments``: the five experiments, their rows and the article's numbers.
- ``claims``: the claim registry; ``claim_types``: ``Claim`` and ``Bound``; ``mechanics``: the
  untrained claims; ``trained``: the trained claims as defined; ``calibrated``: their bound values
  and stated rates, generated into ``calibrated.json``.
- ``known_failures``: claims that fail on some setup, run there as strict xfails.
- ``reproductions``: plain-Keras reproductions of the backend findings.
- ``setups``: names and order of software setups; ``versions``: which versions go together;
  ``matrix``: setups.toml, the checkout's list of setups to install and run.
- ``calibration``: training every row over seeds, and the calibration files.
"""
