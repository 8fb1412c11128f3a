"""docs/brownlee.md: the tutorial's one-run accuracies against the same experiments over many seeds.

Made from data/brownlee/*.json (``measure``, one file per setup): per setup and row,
the seeds run, the in-order accuracy's mean, median and range, and for a row the tutorial
reports, how many seeds reach its number, with a 95% Clopper-Pearson interval on that share
(``stats.binomial``). Two rows the tutorial does not run bear on what it says: B4 with its batch's
samples permuted every epoch (seeds where the accuracy equals B4's, and the largest distance of
its trained weights from B4's over the seeds), and B5 predicting every
letter from a reset (its reverse evaluation, which resets before each prediction with
``test_every_reset``; seeds whose accuracy is at most 1/25: one letter right, as a model that
predicts B from any letter, the tutorial's K -> B, would score).
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable
from pathlib import Path

from ...files import read_json
from ...spec.setups import column_label, setup_order
from ...stats.binomial import lower_confidence_bound, upper_confidence_bound
from ...stats.seeds import seed_words
from .experiments import LONG, ROWS, reads_long
from .records import problem

__all__ = ["documents", "findings", "load", "summary_markdown"]

EPS = 1e-9  # absorbs the rounding of k/n
#: docs/findings.ja.md's pointer to the English section
_JA = (
    "## Brownleeのチュートリアル\n\nQiita記事が下敷きにしたBrownleeのチュートリアルの主張と判定は、"
    'findings.md の英語の節 "Brownlee\'s tutorial: what it got right and wrong" にある。'
)


def load(paths: Iterable[str | Path]) -> list[dict]:
    """The measurement files, checked, in the matrix's order of setups; a ValueError names the
    file and what is wrong with it."""
    files, setups = [], {}
    for path in paths:
        content = read_json(path, "a measurement of Brownlee's rows")
        found = problem(content) or (None if content["records"] else "records must not be empty, got []")
        if found:
            raise ValueError(f"{path}: {found}")
        label = column_label(content["versions"])
        if label in setups:
            raise ValueError(f"{path}: measures the setup of {setups[label]} ({label}); one file a setup")
        setups[label] = path
        files.append(content)
    return sorted(files, key=lambda c: setup_order(c["versions"]))


def upper_text(value: float) -> str:
    """An upper bound in two significant digits, rounded up: ``6.149e-4`` reads ``6.2e-04``."""
    if value <= 0:
        return "0"
    step = 10.0 ** (math.floor(math.log10(value)) - 1)
    text = f"{math.ceil(value / step - 1e-9) * step:.1e}"
    return text if float(text) >= value else f"{float(text) + step:.1e}"


def lower_text(value: float) -> str:
    """A lower bound in one decimal, rounded down: ``6.159`` reads ``6.1``."""
    text = f"{math.floor(value * 10 + 1e-9) / 10:.1f}"
    return text if float(text) <= value else f"{float(text) - 0.1:.1f}"


def _interval(k: int, n: int) -> tuple[float, float]:
    return lower_confidence_bound(k, n, 0.975), upper_confidence_bound(k, n, 0.975)


def _row_stats(r, records: list[dict]) -> dict:
    accs = [rec["in_order"] for rec in records]
    out = {
        "key": r.key,
        "reported": r.reported,
        "n": len(accs),
        "mean": statistics.fmean(accs),
        "median": statistics.median(accs),
        "low": min(accs),
        "high": max(accs),
        "loop_all": sum(rec["loop"] >= 1.0 - EPS for rec in records),
        "perfect": sum(a >= 1.0 - EPS for a in accs),
    }
    if r.reported is not None:
        k = sum(a >= r.reported - 5e-5 for a in accs)  # the tutorial prints two decimals of a percent
        out.update(reached=k, interval=_interval(k, len(accs)))
    return out


def _setup(content: dict) -> dict:
    by_row: dict[str, dict[int, dict]] = {}
    for rec in content["records"]:
        by_row.setdefault(rec["row"], {})[rec["seed"]] = rec
    rows = [_row_stats(r, list(by_row[k].values())) for k, r in ROWS.items() if k in by_row]
    checks: dict = {"permuted": None, "cold": None}
    plain, permuted = by_row.get("B4/lstm", {}), by_row.get("B4/lstm+permuted", {})
    both = sorted(set(plain) & set(permuted))
    if both:
        same = sum(abs(plain[s]["in_order"] - permuted[s]["in_order"]) <= EPS for s in both)
        checks["permuted"] = {
            "n": len(both),
            "same": same,
            "interval": _interval(same, len(both)),
            "saturated": sum(plain[s]["in_order"] >= 1.0 - EPS for s in both),
            "difference": upper_text(max(permuted[s]["max_weight_difference"] for s in both)),
            "weight": lower_text(min(permuted[s]["max_weight"] for s in both)),
            "epochs": ROWS["B4/lstm"].epochs,
        }
    cold = by_row.get("B5/lstm_ful+cold-start", {})
    if cold:  # its reverse evaluation predicts each letter from a reset (so their order does not matter)
        start = sum(rec["reverse"] <= 1 / 25 + EPS for rec in cold.values())
        accs = [rec["reverse"] for rec in cold.values()]
        checks["cold"] = {
            "n": len(cold),
            "same_as_warm": sum(abs(rec["reverse"] - rec["in_order"]) <= EPS for rec in cold.values()),
            "start": start,
            "interval": _interval(start, len(cold)),
            "mean": statistics.fmean(accs),
            "high": max(accs),
        }
    seeds = {rec["seed"] for rec in content["records"]}
    long = [
        {"key": k, "n": len(by_row[k]), "fit_s": statistics.fmean(rec["fit_s"] for rec in by_row[k].values())}
        for k in LONG
        if k in by_row
    ]
    return {
        "label": column_label(content["versions"]),
        "seeds": seed_words(seeds),
        "rows": rows,
        "checks": checks,
        "long": long,
    }


def calibration_rows(sets) -> list[dict]:
    """Each trained claim of the tutorial: its bounds as the registry has them, the seeds it held
    on in each calibration set that sets rates (``sets``: ``CalibrationSet``s), and its stated rate."""
    from ...spec.claims import ARTICLE_CLAIMS
    from ...stats.sequential import claim_design
    from ...stats.thresholds import counts, rate_sets

    rated = rate_sets(sets)
    out = []
    for c in ARTICLE_CLAIMS["brownlee"]:
        held = counts(c, rated)
        design = claim_design(c.rate, c.alpha)
        out.append(
            {
                "id": c.id,
                "bounds": [b.describe() for b in c.bounds],
                "held": [f"{k}/{n} ({cal.label})" for cal, (k, n) in zip(rated, held)],
                "rate": c.rate,
                "seeds": min(n for _, n in held),
                "long": reads_long(c),
                "decides": next(n for n in range(1, design.cap + 1) if design.hold_at[n - 1] <= n),
            }
        )
    return out


def summary_markdown(files: list[dict], source: str, calibration: list[dict] = ()) -> str:
    """The document from the loaded measurement files (``load``) and the claims' calibration
    (``calibration_rows``; none: the section is left out)."""
    from ...reports.templating import render_from

    return render_from(
        "lstm_behaviour.articles.brownlee",
        "brownlee.md.j2",
        source=source,
        setups=[_setup(content) for content in files],
        rows=list(ROWS.values()),
        calibration=list(calibration),
    )


def _reports(root) -> dict:
    """The committed claims reports of the tutorial's claims (docs/results/brownlee/), validated, by path."""
    from ...reports.claims_report import load as load_report

    return {path: load_report(path) for path in sorted((root / "docs" / "results" / "brownlee").glob("*.json"))}


def documents(root) -> dict:
    """The article's generated documents in the checkout ``root``: docs/brownlee.md from the
    measurement files in data/brownlee/, and docs/brownlee-results.md with its badge
    (docs/badges/brownlee/) from the claims reports in docs/results/brownlee/."""
    from ...reports.results_md import matrix_files
    from .trained import TRAINED_DEFINITIONS

    out = {}
    files = sorted((root / "data" / "brownlee").glob("*.json"))
    if files:
        from ...spec.calibration import load_sets

        rows = calibration_rows(load_sets(files))
        out[root / "docs" / "brownlee.md"] = summary_markdown(load(files), "data/brownlee/*.json", rows)
    reports = _reports(root)
    if reports:
        out.update(
            matrix_files(
                list(reports),
                out=root / "docs" / "brownlee-results.md",
                badge_dir=root / "docs" / "badges" / "brownlee",
                reports=reports,
                claims=[c.id for c in TRAINED_DEFINITIONS],
            )
        )
    return out


def findings(root, language: str) -> str:
    """The article's section of docs/findings.md (``language`` "en"); docs/findings.ja.md points to it."""
    from ...reports.results_md import cell
    from ...reports.templating import render_from
    from ...spec.claims import ARTICLE_CLAIMS

    if language != "en":
        return _JA
    files = sorted((root / "data" / "brownlee").glob("*.json"))
    reports = dict(sorted(_reports(root).items(), key=lambda item: setup_order(item[1]["environment"])))
    claims = ARTICLE_CLAIMS["brownlee"]
    rows = [
        {
            "id": c.id,
            "statement": c.statement,
            "cells": [
                f"{column_label(r['environment'])} {cell(r['claims'][c.id])}"
                for r in reports.values()
                if c.id in r["claims"]
            ],
        }
        for c in claims
    ]
    measured = [_setup(content) for content in load(files)] if files else []
    tensorflow = [s for s in measured if s["label"].startswith("TF")]
    evidence = [  # the other backends' B6 seeds: evidence beside the calibration, as their reports are
        (s["label"], r) for s in measured if not s["label"].startswith("TF") for r in s["rows"] if r["key"] in LONG
    ]
    return render_from(
        "lstm_behaviour.articles.brownlee",
        "findings.md.j2",
        claims=rows,
        setups=tensorflow,
        evidence=evidence,
        rows=list(ROWS.values()),
        family=len(claims),
    )
