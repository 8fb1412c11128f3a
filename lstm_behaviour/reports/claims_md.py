"""docs/claims.md, generated from the claim registry: ``render_claims()``. No TensorFlow import."""

from __future__ import annotations

import itertools

from ..spec.claims import CLAIMS, Claim
from . import templating

__all__ = ["article_number", "group_title", "grouped_claims", "render_claims"]

_GROUP_TITLES = {
    "state mechanics": "State mechanics (exact, untrained)",
    "data": "Data",
    "protocol": "Training protocol",
}


def group_title(c: Claim) -> str:
    """The heading a claim is listed under, in docs/claims.md and docs/results.md."""
    from ..spec.articles import articles

    for a in articles().values():
        if any(d.id == c.id for d in a.trained):
            return a.heading.format(group=c.group, number="".join(ch for ch in c.group if ch.isdigit()))
    return _GROUP_TITLES[c.group]


def grouped_claims() -> list[tuple[str, list[Claim]]]:
    """The registry's claims under their headings, in registry order."""
    return [(title, list(claims)) for title, claims in itertools.groupby(CLAIMS.values(), key=group_title)]


def article_number(bound) -> float | None:
    """A bound's quantity in the article, or None where the article gives no number."""
    try:
        return bound.article_value()
    except KeyError:
        return None


def _bound(b) -> dict:
    """A bound as the catalogue lists it: the bound, the article's number to the bound's grid (or None), the reason."""
    article = article_number(b)
    return {"describe": b.describe(), "article": None if article is None else b.shown(article), "reason": b.reason}


def render_claims() -> str:
    """The claims catalogue as Markdown."""
    from ..spec.articles import articles

    groups = [(title, [(c, [_bound(b) for b in c.bounds]) for c in claims]) for title, claims in grouped_claims()]
    docs = {c.id: a.calibration_doc for a in articles().values() for c in a.trained}
    return templating.render("claims.md.j2", groups=groups, docs=docs)
