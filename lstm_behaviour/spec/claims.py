"""The claim registry: every claim, by id (``CLAIMS``), in one place.

The untrained claims are ``mechanics``; the trained ones are each registered article's
(``spec.articles``: ``Article.trained``), given their calibrated bound values and stated rates
here, from the article's ``calibrated.json`` (``spec.calibrated``: generated from
data/calibration/ by the rule in ``stats.thresholds``; tests/test_calibration.py recomputes every
number). Each article's trained claims are one family: a run decides each at ``FAMILY_ALPHA``
split over them (``binomial.claim_alpha``, the claim's ``alpha``). A run's verdict over its seeds
is ``verdicts.decide``. The types are ``claim_types``.
"""

from __future__ import annotations

import dataclasses

from ..stats.binomial import claim_alpha
from . import calibrated
from .articles import articles
from .claim_types import Bound, Claim, SeedCheck
from .mechanics import MECHANICS_CLAIMS

__all__ = [
    "ARTICLE_CLAIMS",
    "CLAIMS",
    "TRAINED_CLAIMS",
    "Bound",
    "Claim",
    "SeedCheck",
    "claim",
    "claims_of",
    "trained_claims",
]


def _article_claims(a) -> tuple[Claim, ...]:
    """An article's trained claims with their calibrated values and rates, each decided at the
    family's share of ``FAMILY_ALPHA`` (the family: the article's trained claims)."""
    if not a.trained:
        return ()
    alpha = claim_alpha(len(a.trained))
    valued = calibrated.apply(a.trained, calibrated.read(a.calibrated), a.calibrated)
    return tuple(dataclasses.replace(c, alpha=alpha) for c in valued)


#: article key -> its trained claims, in registry order
ARTICLE_CLAIMS: dict[str, tuple[Claim, ...]] = {key: _article_claims(a) for key, a in articles().items()}
TRAINED_CLAIMS: tuple[Claim, ...] = tuple(c for claims in ARTICLE_CLAIMS.values() for c in claims)

CLAIMS: dict[str, Claim] = {c.id: c for c in MECHANICS_CLAIMS + TRAINED_CLAIMS}


def claim(claim_id: str) -> Claim:
    """The claim with this id, or a ValueError naming the known ones."""
    if claim_id not in CLAIMS:
        raise ValueError(f"claim id must be one of {', '.join(CLAIMS)}; got {claim_id!r}")
    return CLAIMS[claim_id]


def claims_of(article_keys) -> dict[str, Claim]:
    """The claims a report of these articles holds: every untrained claim and the articles' trained
    ones, in registry order (a ValueError names an article no plug-in registers)."""
    keys = list(article_keys)
    unknown = [k for k in keys if k not in ARTICLE_CLAIMS]
    if unknown:
        raise ValueError(f"article must be one of {', '.join(ARTICLE_CLAIMS)}; got {unknown[0]!r}")
    wanted = {c.id for k in keys for c in ARTICLE_CLAIMS[k]}
    return {i: c for i, c in CLAIMS.items() if not c.trained or i in wanted}


def trained_claims() -> list[Claim]:
    """The trained claims, in registry order."""
    return [c for c in CLAIMS.values() if c.trained]
