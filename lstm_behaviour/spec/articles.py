"""The articles whose claims the suite measures, each a plug-in: an ``Article`` value that a
package names under the entry-point group ``lstm_behaviour.articles`` (pyproject.toml).

The spec, the reports and the pytest plugin ask this registry for an article's rows, transplant,
trained claims, calibrated numbers and known failures; none of them imports an article. The
registry is read once, when first asked (``articles``); an entry that is not an ``Article``, whose
name is not its key, or that names a row or claim of another article is refused with what was
expected and what was got.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["BUILT_IN", "CALIBRATED", "GROUP", "Article", "article", "articles", "calibrated_article", "owner", "row"]

#: the entry-point group an article is registered under: ``<key> = "<module>:<Article value>"``
GROUP = "lstm_behaviour.articles"
#: the package's own articles, as pyproject.toml registers them (tests/test_articles.py checks that the
#: two agree): read here too, so that an installation whose metadata predates one of them still finds it
BUILT_IN = {"qiita": "lstm_behaviour.articles.qiita:ARTICLE", "brownlee": "lstm_behaviour.articles.brownlee:ARTICLE"}
#: an article's key: what a claims report's environment.articles holds (its schema's pattern)
KEY_PATTERN = "[a-z][a-z0-9_-]{0,39}"
#: the most articles one report names (the schema's maxItems)
MAX_ARTICLES = 16
#: the article whose rows data/calibration/ holds (``spec.calibration``; another measures its own rows,
#: as ``articles.brownlee.measure`` does)
CALIBRATED = "qiita"


@dataclass(frozen=True)
class Article:
    """One article: its rows (keys prefixed with the article's own experiment names, so that no
    two articles share one), its experiment numbers, and what it claims."""

    key: str  # the entry point's name: "qiita", "brownlee"
    title: str
    position: int  # where the article comes in the registry, its claims and the documents
    rows: Mapping[str, object]  # row key -> a row ``engine.rows.run_row`` runs
    numbers: tuple[int, ...] = ()  # the experiment numbers ``calibrate --experiment`` takes
    experiments: Mapping[int, object] = field(
        default_factory=dict
    )  # number -> a table (``spec.experiments.Experiment``)
    transplant: object | None = None  # an experiment run by ``engine.transplant`` (``spec.experiments.Transplant``)
    trained: tuple = ()  # the trained claims as defined (``claim_types.Claim``, values unset)
    calibrated: Path | None = None  # their calibrated numbers (``spec.calibrated``)
    known_failures: tuple = ()  # ``known_failures.KnownFailure``s of its claims
    calibration: str = ""  # the folder of a checkout its calibration sets lie in (``spec.calibration``)
    heading: str = "{group} (trained, over the seeds)"  # its claims' heading in the documents ({group}, {number})
    calibration_doc: str = "docs/calibration.md"  # the document that shows where its bounds and rates come from
    file_problem: Callable[[dict], str | None] | None = None  # its own rules for a calibration file of its rows
    documents: Callable[[Path], dict] | None = None  # checkout root -> its own generated documents (path -> text)
    findings: Callable[[Path, str], str] | None = None  # (checkout root, "en" or "ja") -> its section of findings
    record_extras: Mapping[str, tuple[str, ...]] = field(
        default_factory=dict
    )  # row key -> numbers a calibration record of the row holds besides its accuracies

    def __post_init__(self):
        import re

        if not (isinstance(self.key, str) and re.fullmatch(KEY_PATTERN, self.key)):
            raise ValueError(f"an article's key is a name ({KEY_PATTERN}, as reports name it), got {self.key!r}")
        if self.trained and (self.calibrated is None or not self.calibration):
            raise ValueError(
                f"article {self.key}: trained claims need the calibrated.json that holds their numbers and the "
                "folder of the calibration sets they come from (calibrated, calibration)"
            )
        ids = {c.id for c in self.trained}
        for c in self.trained:
            if any(r not in self.keys for r in c.rows):
                raise ValueError(f"article {self.key}: claim {c.id} reads {c.rows}, not all of them its own rows")
        for f in self.known_failures:
            if f.claim not in ids:
                raise ValueError(f"article {self.key}: a known failure of {f.claim!r}, not one of its trained claims")

    @property
    def keys(self) -> tuple[str, ...]:
        """Every key a claim of the article may name: its rows and its transplant."""
        return (*self.rows, *([self.transplant.key] if self.transplant is not None else []))


def _entries() -> dict[str, str]:
    """Entry-point name -> ``"module:attribute"``: the package's own articles (``BUILT_IN``), then
    every installed entry point of ``GROUP`` (Python 3.9's ``entry_points`` has no ``select``)."""
    from importlib.metadata import entry_points

    points = entry_points()
    group = points.select(group=GROUP) if hasattr(points, "select") else points.get(GROUP, ())
    found = dict(BUILT_IN)
    for entry in group:
        if found.setdefault(entry.name, entry.value) != entry.value:
            twice = f"{found[entry.name]} and {entry.value}"
            raise ValueError(f"entry point {entry.name} ({GROUP}) names two values: {twice}")
    return found


def _load() -> dict[str, Article]:
    import importlib

    found: dict[str, Article] = {}
    for name, where in _entries().items():
        module, _, attribute = where.partition(":")
        value = getattr(importlib.import_module(module), attribute)
        if not isinstance(value, Article):
            raise TypeError(f"entry point {name} = {where} ({GROUP}): expected an Article, got {value!r}")
        if value.key != name:
            raise ValueError(f"entry point {name} ({GROUP}) names an Article whose key is {value.key!r}")
        found[name] = value
    return dict(sorted(found.items(), key=lambda item: (item[1].position, item[0])))


@functools.cache
def articles() -> dict[str, Article]:
    """Every registered article by key, in ``position`` order."""
    registered = _load()
    if len(registered) > MAX_ARTICLES:
        raise ValueError(f"at most {MAX_ARTICLES} articles register (a report names each), got {len(registered)}")
    seen: dict[str, str] = {}
    for a in registered.values():
        for key in (*a.keys, *(c.id for c in a.trained)):
            if key in seen:
                what = "row" if key in a.keys else "claim"
                raise ValueError(f"{what} {key!r} belongs to two articles: {seen[key]} and {a.key}")
            seen[key] = a.key
    return registered


def article(key: str) -> Article:
    """The article registered as ``key``, or a ValueError naming the registered ones."""
    known = articles()
    if key not in known:
        raise ValueError(f"article must be one of {', '.join(known)}; got {key!r}")
    return known[key]


def calibrated_article() -> Article:
    """The article whose rows data/calibration/ holds (``CALIBRATED``)."""
    return article(CALIBRATED)


def owner(key: str) -> Article:
    """The article a row (or transplant) key belongs to, or a ValueError naming the known keys."""
    for a in articles().values():
        if key in a.keys:
            return a
    known = [k for a in articles().values() for k in a.keys]
    raise ValueError(f"row must be one of {', '.join(known)}; got {key!r}")


def row(key: str):
    """The row with this key, of any article (e.g. ``"E1/lstm_ful"``), or a ValueError naming the known ones."""
    for a in articles().values():
        if key in a.rows:
            return a.rows[key]
    raise ValueError(f"row must be one of {', '.join(k for a in articles().values() for k in a.rows)}; got {key!r}")
