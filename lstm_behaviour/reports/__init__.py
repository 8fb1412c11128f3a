"""The reports: claims reports, their merge and the documents made from committed data.

Nothing here imports a backend (tests/test_layout.py checks); the engine is used for the
alphabet's windows only.

- ``claims_report``: a claims report built and loaded; ``report_format``: its schema and words;
  ``report_checks``: ``validate``, with ``run_checks``: the measurements and versions a run can
  record; ``merge``: shards of one setup joined.
- ``results_md`` and ``badge``: the claims x setups matrix and its badge.
- ``claims_md``, ``calibration_md``, ``findings_md``, ``benchmarks_md``, ``tables``: the
  documents under docs/; ``comparison_md``: the decided comparisons in benchmarks.md;
  ``state_md``: the layers' state check; ``upstream_md``: the JAX finding as an issue for
  Keras (docs/upstream/); ``plots``: their images;
  ``markdown``: outside text made safe for them.
- ``templating``: the Jinja2 environment the documents are rendered in; each document's prose
  is its template in ``templates/`` (``<document>.md.j2``; docs/findings.ja.md and its tables:
  ``<document>.ja.md.j2``), and its module computes the data.
"""
