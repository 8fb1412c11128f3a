"""The claim registry: every claim, by id (``CLAIMS``), in one place.

The untrained claims are ``mechanics``; the trained ones are each registered article's
(``spec.articles``: ``Article.trained``), given their calibrated bound values and stated rates
here, from the article's ``calibrated.json`` (``spec.calibrated``: generated from
data/calibration/ by the rule in ``stats.thresholds``; tests/test_calibration.py recomputes every
number). A run's verdict over its seeds is ``verdicts.decide``. The types are ``claim_types``.
"""

from __future__ import annotations

from . import calibrated
from .articles import articles
from .claim_types import Bound, Claim, SeedCheck
from .mechanics import MECHANICS_CLAIMS

__all__ = ["CLAIMS", "TRAINED_CLAIMS", "Bound", "Claim", "SeedCheck", "claim", "trained_claims"]

TRAINED_CLAIMS: tuple[Claim, ...] = tuple(
    c
    for a in articles().values()
    if a.trained
    for c in calibrated.apply(a.trained, calibrated.read(a.calibrated), a.calibrated)
)

CLAIMS: dict[str, Claim] = {c.id: c for c in MECHANICS_CLAIMS + TRAINED_CLAIMS}


def claim(claim_id: str) -> Claim:
    """The claim with this id, or a ValueError naming the known ones."""
    if claim_id not in CLAIMS:
        raise ValueError(f"claim id must be one of {', '.join(CLAIMS)}; got {claim_id!r}")
    return CLAIMS[claim_id]


def trained_claims() -> list[Claim]:
    """The trained claims, in registry order."""
    return [c for c in CLAIMS.values() if c.trained]
