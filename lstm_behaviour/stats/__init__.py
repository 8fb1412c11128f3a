"""The statistics: how numbers over seeds become decisions. Pure Python, no backend, no spec.

- ``seeds``: seed lists and ``--seeds auto``.
- ``binomial``: exact binomial arithmetic and the error rates of every decision.
- ``verdicts``: a run's verdict on a trained claim (fixed seeds, or sequential).
- ``sequential``: the truncated SPRT of ``--seeds auto``, with its exact error rates.
- ``timing``: the decision of a benchmark comparison (paired ratios, intervals, verdicts).
- ``thresholds``: the calibration rule (each bound and stated rate from the calibration data).
"""
