"""docs/brownlee.md: the tutorial's one-run accuracies against the same experiments over many seeds.

Made from data/brownlee/*.json (``experiments.measure``, one file per setup): per setup and row,
the seeds run, the in-order accuracy's mean, median and range, and for a row the tutorial
reports, how many seeds reach its number, with a 95% Clopper-Pearson interval on that share
(``stats.binomial``). Two rows the tutorial does not run test what it says: B4 with its batch's
samples permuted every epoch (seeds where the accuracy equals B4's, and the largest distance of
its trained weights from B4's over the seeds), and B5 predicting every
letter from a reset (its reverse evaluation, which resets before each prediction with
``test_every_reset``; seeds whose accuracy is at most 1/25: one letter right, as a model that
predicts B from any letter, the tutorial's K -> B, would score).
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from pathlib import Path

from ...files import read_json
from ...spec.setups import column_label, setup_order
from ...stats.binomial import lower_confidence_bound, upper_confidence_bound
from ...stats.seeds import seed_words
from .experiments import CHECKS, COMPARED, ROWS

__all__ = ["load", "summary_markdown"]

EVALUATIONS = ("in_order", "reverse", "loop")
EPS = 1e-9  # absorbs the rounding of k/n


def _problem(content) -> str | None:
    if not isinstance(content, dict) or not isinstance(content.get("versions"), dict):
        return f"must be an object with 'versions' (an object) and 'records', got {type(content).__name__}"
    for key in ("backend", "keras"):
        if not isinstance(content["versions"].get(key), str):
            return f"versions must name the {key} as text, got {content['versions'].get(key)!r}"
    records = content.get("records")
    if not isinstance(records, list) or not records:
        return f"records must be a non-empty list, got {records!r:.80}"
    known, seen = {**ROWS, **CHECKS}, set()
    for i, rec in enumerate(records):
        if not isinstance(rec, dict) or rec.get("row") not in known:
            return f"record {i} must name a row of {', '.join(known)}, got {rec!r:.80}"
        seed = rec.get("seed")
        if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
            return f"record {i} ({rec['row']}) must have a seed >= 0, got {seed!r}"
        if (rec["row"], seed) in seen:
            return f"record {i} repeats {rec['row']} seed {seed}"
        seen.add((rec["row"], seed))
        for name in EVALUATIONS:
            value = rec.get(name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 <= value <= 1.0:
                return f"record {i} ({rec['row']} seed {seed}) must have {name} in [0, 1], got {value!r}"
        for name in ("max_weight_difference", "max_weight") if rec["row"] in COMPARED else ():
            value = rec.get(name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 <= value < 1e6:
                return f"record {i} ({rec['row']} seed {seed}) must have {name}, a number >= 0, got {value!r}"
    return None


def load(paths: Iterable[str | Path]) -> list[dict]:
    """The measurement files, checked, in the matrix's order of setups; a ValueError names the
    file and what is wrong with it."""
    files = []
    for path in paths:
        content = read_json(path, "a measurement of Brownlee's rows")
        problem = _problem(content)
        if problem:
            raise ValueError(f"{path}: {problem}")
        files.append(content)
    return sorted(files, key=lambda c: setup_order(c["versions"]))


def _interval(k: int, n: int) -> tuple[float, float]:
    return lower_confidence_bound(k, n, 0.975), upper_confidence_bound(k, n, 0.975)


def _row_stats(r, records: list[dict]) -> dict:
    accs = [rec["in_order"] for rec in records]
    out = {
        "key": r.key,
        "title": r.title,
        "units": r.units,
        "epochs": r.epochs,
        "batch_size": r.batch_size,
        "reported": r.reported,
        "n": len(accs),
        "mean": statistics.fmean(accs),
        "median": statistics.median(accs),
        "low": min(accs),
        "high": max(accs),
        "loop_all": sum(rec["loop"] >= 1.0 - EPS for rec in records),
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
            "difference": max(permuted[s]["max_weight_difference"] for s in both),
            "weight": min(permuted[s]["max_weight"] for s in both),
            "epochs": ROWS["B4/lstm"].epochs,
        }
    cold = by_row.get("B5/lstm_ful+cold-start", {})
    if cold:  # its reverse evaluation predicts each letter from a reset (so their order does not matter)
        start = sum(rec["reverse"] <= 1 / 25 + EPS for rec in cold.values())
        accs = [rec["reverse"] for rec in cold.values()]
        warm = by_row.get("B5/lstm_ful", {})
        checks["cold"] = {
            "n": len(cold),
            "same_as_warm": sum(
                abs(rec["reverse"] - warm[seed]["in_order"]) <= EPS for seed, rec in cold.items() if seed in warm
            ),
            "start": start,
            "interval": _interval(start, len(cold)),
            "mean": statistics.fmean(accs),
            "high": max(accs),
        }
    seeds = {rec["seed"] for rec in content["records"]}
    return {"label": column_label(content["versions"]), "seeds": seed_words(seeds), "rows": rows, "checks": checks}


def summary_markdown(files: list[dict], source: str) -> str:
    """The document from the loaded measurement files (``load``)."""
    from ...reports.templating import render_from

    return render_from(
        "lstm_behaviour.articles.brownlee",
        "brownlee.md.j2",
        source=source,
        setups=[_setup(content) for content in files],
        rows=list(ROWS.values()),
    )
