"""docs/findings.md: the article's tables beside the calibration, and what does not hold where.

Sections: each experiment's table on the reference setup (the first calibrated TensorFlow
setup with oneDNN off); where the article is not reproduced, per setup; rows that are one
model; what changes between TensorFlow's oneDNN modes; the known failures (strict xfails);
claims that held below their stated rate on a setup of docs/results/. Nothing here imports
TensorFlow.
"""

from __future__ import annotations

import statistics

from ..engine.backends import on_tensorflow
from ..spec.articles import calibrated_article
from ..spec.calibration import reference_set
from ..spec.claims import trained_claims
from ..spec.experiments import article_accuracy
from ..spec.known_failures import all_known_failures
from ..spec.setups import column_label
from . import templating
from .tables import ACCURACY_TOLERANCE, accuracy_keys, by_row, experiment_table, label, transplant_table

__all__ = ["findings_markdown", "mode_differences"]


def _reference(cal) -> dict:
    """The reference setup's versions and seeds, as the document's header names them."""
    v = cal.versions
    return {
        "tensorflow": v["tensorflow"],
        "keras": v["keras"],
        "backend": v["backend"],
        "mode": cal.label.split(", ")[-1],
        "python": v.get("python", "?"),
        "platform": v.get("platform", "?"),
        "seeds": cal.seeds,
    }


def mode_differences(sets) -> list[tuple[str, str, int, list[tuple[dict, dict]]]]:
    """Per pair of setups that differ only in the oneDNN mode: (off label, on label, number of
    (row, seed) pairs measured in both, the (off, on) records of the pairs that differ)."""
    out = []
    for off in (c for c in sets if c.onednn is False):
        for on in (c for c in sets if c.onednn is True):
            same = all(off.versions.get(k) == on.versions.get(k) for k in ("tensorflow", "keras", "backend"))
            if not same:
                continue
            a = {(r["row"], r["seed"]): r for r in off.records}
            b = {(r["row"], r["seed"]): r for r in on.records}
            both = sorted(set(a) & set(b))
            keys = lambda rec: accuracy_keys(rec["row"])  # noqa: E731
            differ = [(a[k], b[k]) for k in both if any(a[k][e] != b[k][e] for e in keys(a[k]))]
            out.append((off.label, on.label, len(both), differ))
    return out


def _modes(sets) -> list[dict]:
    """``mode_differences`` as the document gives them: counts, and the first differing pair."""
    out = []
    for off, on, total, differ in mode_differences(sets):
        example = None
        if differ:
            a, b = differ[0]
            keys = accuracy_keys(a["row"])
            example = {"row": a["row"], "seed": a["seed"], "off": [a[e] for e in keys], "on": [b[e] for e in keys]}
        out.append({"off": off, "on": on, "total": total, "differ": len(differ), "example": example})
    return out


def _identical_rows(grouped: dict[str, list[dict]]) -> list[tuple[str, str]]:
    def signature(recs):
        return tuple((r["seed"], *(r[e] for e in accuracy_keys(r["row"]))) for r in recs)

    keys = [k for k in grouped if k != calibrated_article().transplant.key]
    return [
        (a, b)
        for i, a in enumerate(keys)
        for b in keys[i + 1 :]
        if len(grouped[a]) > 1 and signature(grouped[a]) == signature(grouped[b])
    ]


def _twins(sets) -> list[tuple[dict, dict]]:
    """Rows identical on every calibrated setup, each with the article's accuracies."""
    if not sets:
        return []
    twins = sorted(set.intersection(*(set(_identical_rows(by_row(list(c.records)))) for c in sets)))
    return [tuple({"row": k, "article": _article(k)} for k in pair) for pair in twins]


def _article(key: str) -> list[float]:
    return [article_accuracy(key, e) for e in accuracy_keys(key)]


def _not_reproduced(cal) -> dict:
    """A setup's rows whose median accuracy is further than ``ACCURACY_TOLERANCE`` from the article's."""
    rows = []
    for key, recs in by_row(list(cal.records)).items():
        for e in accuracy_keys(key):
            values = [rec[e] for rec in recs]
            median, article = statistics.median(values), article_accuracy(key, e)
            if abs(median - article) > ACCURACY_TOLERANCE:
                rows.append(
                    {
                        "row": key,
                        "evaluation": label(e),
                        "article": article,
                        "median": median,
                        "low": min(values),
                        "high": max(values),
                    }
                )
    return {"label": cal.label, "seeds": len(cal.seeds), "rows": rows}


def _known_failures() -> list[dict]:
    """The known failures, grouped by where they fail and why, with each group's reproductions
    (each shown once, under the first group of its backend)."""
    from ..spec.reproductions import REPRODUCTIONS

    groups: dict[tuple[str, str], list] = {}
    for f in all_known_failures():
        names = (", ".join(f.layers[:-1]) + " and " + f.layers[-1]) if f.layers and len(f.layers) > 1 else ""
        layers = f", the {names or f.layers[0]} layer{'s' if names else ''}" if f.layers else ""
        groups.setdefault((f.where() + layers, f.cause, f.upstream), []).append(f)
    out, shown = [], set()
    for (where, cause, upstream), failures in groups.items():
        backend = failures[0].backend
        reproductions = [r for r in REPRODUCTIONS if r.backend == backend and r.title not in shown]
        shown.update(r.title for r in reproductions)
        out.append(
            {"where": where, "cause": cause, "upstream": upstream, "reproductions": reproductions, "failures": failures}
        )
    return out


def _nightly_changes(reports) -> list[dict]:
    """Per nightly report: the known failures it fixes, those it still has, the claims it breaks;
    per report of a setup that did not install or import, its error."""
    from ..spec.setups import is_nightly

    out = []
    for source, report in reports:
        if "setup_error" in report:
            error = report["setup_error"]
            out.append({"source": source, "error": error, "message": " ".join(error["message"].split())[:200]})
        elif is_nightly(report["environment"]):
            claims = report["claims"]
            by_status = {
                s: sorted(c for c, e in claims.items() if e["status"] == s) for s in ("fixed", "xfail", "fails")
            }
            out.append(
                {"source": source, "error": None, "setup": column_label(report["environment"]), "claims": by_status}
            )
    return out


def _below_rate(reports) -> list[dict]:
    """Trained cells seen below their stated rate: each with its decision, and every cell that a
    fixed-seed run left undecided."""
    from .badge import decided

    out = []
    for source, report in reports:
        if "setup_error" in report:
            continue
        for c in trained_claims():
            entry = report["claims"].get(c.id)
            if not entry or not entry["seeds"] or entry["known_failure"]:
                continue
            k, n = len(entry["held"]), len(entry["seeds"])
            if not decided(entry):
                verdict = "undecided"
            elif k / n < c.rate:
                verdict = "fails" if entry["status"] == "fails" else "holds"
            else:
                continue
            setup = column_label(report["environment"])
            out.append({"claim": c, "setup": setup, "source": source, "held": k, "seeds": n, "verdict": verdict})
    return out


def _tensorflow_holds(reports) -> list[str]:
    """The released TensorFlow versions whose every report has every claim holding, sorted."""
    from ..spec.setups import released, version_tuple

    versions: dict[str, bool] = {}
    for _, report in reports:
        env = report.get("environment") or {}
        if "setup_error" in report or not on_tensorflow(env) or not released(env):
            continue
        ok = all(e["status"] == "holds" for e in report["claims"].values())
        versions[env["tensorflow"]] = versions.get(env["tensorflow"], True) and ok
    return sorted((v for v, ok in versions.items() if ok), key=version_tuple)


def findings_markdown(sets, sources: str, reports=(), awaiting=(), states=(), language: str = "en", sections=()) -> str:
    """The document, from the calibration sets and the committed claims reports ``(name, report)``;
    ``language`` "ja": docs/findings.ja.md, the same data in the article's language; ``sections``:
    the other articles' sections (``Article.findings``), each added at the end."""
    from .state_md import state_summary

    ref = reference_set(sets)
    records = list(ref.records)
    measured = calibrated_article()
    tables = [
        experiment_table(n, records, language)
        for n, experiment in measured.experiments.items()
        if any(r.key == rec["row"] for r in experiment.rows for rec in records)
    ]
    if any(rec["row"] == measured.transplant.key for rec in records):
        tables.append(transplant_table(records, language))
    text = templating.render(
        {"en": "findings.md.j2", "ja": "findings.ja.md.j2"}[language],
        tensorflow=_tensorflow_holds(reports),
        sources=sources,
        reference=_reference(ref),
        tables=tables,
        tolerance=ACCURACY_TOLERANCE,
        not_reproduced=[_not_reproduced(cal) for cal in sets],
        twins=_twins(sets),
        modes=_modes(sets),
        known_failures=_known_failures(),
        summary=state_summary(states),
        nightly=_nightly_changes(reports),
        nightly_waiting=[name for name in awaiting if "nightly" in name],
        below=_below_rate(reports),
        awaiting=list(awaiting),
    )
    return text + "".join(f"\n{section.strip()}\n" for section in sections if section.strip())
