"""Markdown tables of measured rows beside the article's: ``reproduce`` prints them and
docs/findings.md embeds them.

Input is a list of calibration records (``RowResult.record()``: row, seed, the three
accuracies, fit_s, predict_s; experiment 5's ``TransplantResult.record()``); output is
Markdown, which reads as plain text in a terminal too. Nothing here imports TensorFlow.
"""

from __future__ import annotations

import statistics
from collections import defaultdict

from ..engine.data import EVALUATIONS
from ..spec.articles import calibrated_article
from ..spec.experiments import WARMUP_REPRODUCIBLE, article_accuracy
from . import templating

__all__ = [
    "ACCURACY_TOLERANCE", "EVALUATION_LABELS", "LANGUAGES", "accuracy_keys", "by_row", "experiment_table", "label",
    "spread", "transplant_table",
]  # fmt: skip

#: A measured median further than this from the article's accuracy is marked as a disagreement.
ACCURACY_TOLERANCE = 0.10
#: the languages the tables are written in: docs/findings.md and docs/findings.ja.md
LANGUAGES = ("en", "ja")
EVALUATION_LABELS = {"in_order": "in order", "reverse": "reverse", "loop": "loop"}


def label(name: str) -> str:
    """How a table names an evaluation, or a test of the article's transplant."""
    transplant = calibrated_article().transplant
    return EVALUATION_LABELS.get(name) or transplant.test(name).label


def accuracy_keys(key: str) -> tuple[str, ...]:
    """The accuracies a row's records carry: the three evaluations, or the transplant's tests."""
    transplant = calibrated_article().transplant
    return tuple(t.name for t in transplant.tests) if key == transplant.key else EVALUATIONS


def by_row(records: list[dict]) -> dict[str, list[dict]]:
    """Group records by row key, each list sorted by seed."""
    grouped = defaultdict(list)
    for record in records:
        grouped[record["row"]].append(record)
    return {key: sorted(v, key=lambda r: r["seed"]) for key, v in grouped.items()}


def spread(values: list[float], fmt: str) -> str:
    """``median [min–max]`` of ``values``, or the one value."""
    median = statistics.median(values)
    if len(values) == 1 or min(values) == max(values):
        return format(median, fmt)
    return f"{format(median, fmt)} [{format(min(values), fmt)}–{format(max(values), fmt)}]"


def _template(english: str, japanese: str, language: str) -> str:
    """A table's template in ``language``."""
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}; got {language!r}")
    return english if language == "en" else japanese


def transplant_table(records: list[dict], language: str = "en") -> str:
    """Experiment 5's three tests: article beside measured median [min–max]."""
    template = _template("transplant_table.md.j2", "transplant_table.ja.md.j2", language)
    transplant = calibrated_article().transplant
    recs = [r for r in records if r["row"] == transplant.key]
    rows = []
    for test in transplant.tests:
        values = [r[test.name] * 100 for r in recs]
        article = article_accuracy(transplant.key, test.name)
        mark = " ⚠" if abs(statistics.median(values) / 100 - article) > ACCURACY_TOLERANCE else ""
        rows.append((test.label, article, f"{spread(values, '.0f')}%{mark}"))
    return templating.render(
        template,
        rows=rows,
        seeds=len(recs),
        reproducible=sum(bool(r[WARMUP_REPRODUCIBLE]) for r in recs),
        tolerance=ACCURACY_TOLERANCE,
    )


def experiment_table(number: int, records: list[dict], language: str = "en") -> str:
    """One experiment's table: article value beside measured median [min–max] over seeds."""
    template = _template("experiment_table.md.j2", "experiment_table.ja.md.j2", language)
    grouped = by_row(records)
    experiment = calibrated_article().experiments[number]
    rows = [r for r in experiment.rows if r.key in grouped]
    show_reset = any(r.test_every_reset for r in experiment.rows)
    table = []
    for r in rows:
        recs = grouped[r.key]
        cells = [r.model, str(r.shuffle)] + ([str(r.test_every_reset)] if show_reset else [])
        for e in EVALUATIONS:
            values = [rec[e] for rec in recs]
            article = r.article.accuracy(e)
            mark = " ⚠" if abs(statistics.median(values) - article) > ACCURACY_TOLERANCE else ""
            cells.append(f"{article:.0%} / {spread([v * 100 for v in values], '.0f')}%{mark}")
        cells.append(f"{r.article.fit_s:g} / {spread([rec['fit_s'] for rec in recs], '.1f')}")
        cells.append(f"{r.article.predict_s:g} / {spread([rec['predict_s'] for rec in recs], '.2f')}")
        table.append(cells)
    return templating.render(
        template,
        number=number,
        title=experiment.title,
        show_reset=show_reset,
        evaluations=[EVALUATION_LABELS[e] for e in EVALUATIONS],
        rows=table,
        seeds=len({rec["seed"] for r in rows for rec in grouped[r.key]}),
        tolerance=ACCURACY_TOLERANCE,
    )
