"""docs/results.md: claims x setups, from claims reports (``python -m lstm_behaviour matrix``).

``matrix RESULTS... --out docs/results.md --badge-dir docs/badges`` loads every report
(``claims_report.load``: all problems listed, nothing written when one is bad), puts one column
per setup, and writes the Markdown and the badge (``badge``) together, or nothing. Each cell:
the status, and for a trained claim the seeds it held on, e.g. ``✅ 3/3 seeds`` or
``✅ 97/100 seeds (claimed ≥ 85%)``. Nothing here imports TensorFlow.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..files import check_writable, write_all
from ..spec.setups import column_label, mode_label, released, setup_order
from . import templating
from .badge import badge_files, verified
from .claims_report import ResultsError, load

__all__ = ["Column", "columns", "matrix_files", "render", "write_matrix"]

_MARK = {"holds": "✅", "fails": "❌", "xfail": "⚠️ xfail", "fixed": "🆕 fixed", "not run": "— not run"}
_WORDED = ("xfail", "fixed", "not run")  # their mark already says the status


@dataclass(frozen=True)
class Column:
    """One claims report: one setup."""

    source: str
    report: dict

    @property
    def error(self) -> dict | None:
        """A setup that did not install or import: its ``setup_error`` (else None)."""
        return self.report.get("setup_error")

    @property
    def env(self) -> dict:
        return self.report.get("environment", {})

    @property
    def label(self) -> str:
        if self.error:
            return f"{self.error['setup']} (did not {self.error['stage']})"
        return column_label(self.env)

    def sort_key(self):
        return (1, self.label) if self.error else (0, setup_order(self.env))


def columns(paths: Sequence[str | Path], reports: Mapping[Path, dict] | None = None) -> list[Column]:
    """Load and validate every report, sorted by setup; a ``ResultsError`` lists every problem
    of every file, and two reports of one setup are refused. ``reports``: reports already
    loaded (``claims_report.load``) by path, not read again."""
    if not paths:
        raise ResultsError("matrix", ["no claims report given"])
    loaded, problems = [], []
    reports = reports or {}
    for path in paths:
        try:
            loaded.append(Column(str(path), reports[Path(path)] if Path(path) in reports else load(path)))
        except ResultsError as error:
            problems.append(str(error))
    if problems:
        raise ResultsError("matrix", problems)
    articles = {col.source: report_articles(col.report) for col in loaded if not col.error}
    if len(set(articles.values())) > 1:
        held = "; ".join(f"{Path(source).name}: {', '.join(keys)}" for source, keys in articles.items())
        problems.append(f"reports of different articles ({held}); a matrix is of one article's reports")
    seen: dict[str, str] = {}
    for col in loaded:
        if col.label in seen:
            problems.append(f"two reports for {col.label}: {seen[col.label]} and {col.source}")
        seen[col.label] = col.source
    if problems:
        raise ResultsError("matrix", problems)
    return sorted(loaded, key=Column.sort_key)


def report_articles(report: dict) -> tuple[str, ...]:
    """The articles whose trained claims a report holds, sorted (``report_format.named_articles``)."""
    from .report_format import named_articles

    return tuple(sorted(named_articles(report["environment"])))


def cell(entry: dict) -> str:
    """One claim on one setup: ``✅ 7/7 seeds (claimed ≥ 96%, decided)`` where the sequential test
    decided (``--seeds auto``), ``✅ 3/3 seeds (claimed ≥ 96%, power 13%)`` over fixed seeds (the
    chance such a run fails a claim broken to its break rate), ``✅ holds`` for an exact check."""
    mark = _MARK[entry["status"]]
    if entry["status"] == "not run" or not entry["seeds"]:
        return mark if entry["status"] in _WORDED else f"{mark} {entry['status']}"
    parts = [f"claimed ≥ {entry['rate']:.0%}"] if entry["rate"] < 1 else []
    decision = entry.get("decision") or {}
    if decision.get("rule") == "sequential":
        parts.append("decided")
    elif decision.get("power") is not None:
        parts.append(f"power {decision['power']:.0%}")
    text = f"{mark} {len(entry['held'])}/{len(entry['seeds'])} seeds"
    return text + (f" ({', '.join(parts)})" if parts else "")


def seeds_text(seeds) -> str:
    """A report's seeds as the setup table writes them: its seed plan (``auto``, ``0-2``, ``0,3``)."""
    from ..stats.seeds import SeedPlan

    return str(SeedPlan.from_report(seeds))


def _run(c: Column) -> dict:
    """A report's row of the setups table: its file and its setup's fields, not yet escaped."""
    if c.error:
        return {"file": Path(c.source).name, "error": c.error, "message": " ".join(c.error["message"].split())[:300]}
    e = c.env
    return {
        "file": Path(c.source).name,
        "error": None,
        "tensorflow": e["tensorflow"] or "–",
        "keras": e["keras"],
        "backend": e["backend"],
        "backend_version": e["backend_version"],
        "onednn": mode_label(e).replace("oneDNN ", "") or "–",
        "cpu_features": ", ".join(e["cpu_features"]) or "–",
        "python": e["python"],
        "platform": e["platform"],
        "seeds": seeds_text(e["seeds"]),
    }


def _cells(cols: Sequence[Column], claim_id: str) -> list[str]:
    """One claim's cells, a column each; a setup that did not install or import says so, and so
    does a report that does not hold the claim (of an article it does not name)."""
    return [
        f"— did not {c.error['stage']}"
        if c.error
        else (cell(c.report["claims"][claim_id]) if claim_id in c.report["claims"] else "— not in this report")
        for c in cols
    ]


def render(cols: Sequence[Column], sources: Sequence[str], awaiting: Sequence[str] = ()) -> str:
    """docs/results.md."""
    from .claims_md import grouped_claims

    counted = [c.report for c in cols if not c.error and released(c.env)] or [c.report for c in cols if not c.error]
    ok, total, _ = verified(counted)
    held = {i for c in cols if not c.error for i in c.report["claims"]}  # the claims of the articles the reports name
    groups = [
        (title, [(claim, _cells(cols, claim.id)) for claim in claims if claim.id in held])
        for title, claims in grouped_claims()
    ]
    groups = [(title, rows) for title, rows in groups if rows]
    return templating.render(
        "results.md.j2",
        sources=sorted(Path(s).name for s in sources),
        ok=ok,
        total=total,
        awaiting=list(awaiting),
        runs=[_run(c) for c in cols],
        labels=[c.label for c in cols],
        groups=groups,
    )


def matrix_files(
    paths: Sequence[str | Path],
    *,
    out: str | Path,
    badge_dir: str | Path,
    reports: Mapping[Path, dict] | None = None,
    awaiting: Sequence[str] = (),
    claims: Collection[str] | None = None,
) -> dict[Path, str]:
    """The Markdown, the endpoint JSON and the SVG badge, from validated reports (``reports``:
    those already loaded, by path). ``awaiting``: setups whose report is of an earlier format
    and waits for a re-run; the Markdown names them. ``claims``: the claims the matrix and the
    badge are of (an article's page), every claim the reports hold where None."""
    cols = columns(paths, reports)
    if claims is not None:
        keep = set(claims)
        cols = [
            c
            if c.error
            else Column(c.source, {**c.report, "claims": {i: e for i, e in c.report["claims"].items() if i in keep}})
            for c in cols
        ]
    if all(c.error for c in cols):
        raise ValueError(
            "the matrix needs at least one report with claims; every report given records a setup that did not "
            "install or import"
        )
    files = {Path(out): render(cols, [str(p) for p in paths], awaiting)}
    stable = [c.report for c in cols if not c.error and released(c.env)]  # the badge: released setups only
    files.update(
        {
            Path(badge_dir) / name: text
            for name, text in badge_files(stable or [c.report for c in cols if not c.error]).items()
        }
    )
    return files


def check_outputs(paths: Sequence[str | Path], *, out: str | Path, badge_dir: str | Path) -> None:
    """Refuse outputs that are inputs, directories, under files or unwritable: before any work."""
    badge_dir = Path(badge_dir)
    check_writable(out, paths)
    if Path(out).suffix.lower() != ".md":  # `matrix --out docs/results/*.json`: the shell put a report there
        raise ValueError(f"--out must name the Markdown file to write (.md), got {out}")
    if badge_dir.exists() and not badge_dir.is_dir():
        raise ValueError(f"--badge-dir {badge_dir} is a file, not a folder")
    for target in (Path(out), badge_dir / "claims.json", badge_dir / "claims.svg"):
        check_writable(target, paths)
    if Path(out).resolve().parent == badge_dir.resolve() and Path(out).name in ("claims.json", "claims.svg"):
        raise ValueError(f"--out {out} would be overwritten by the badge")


def write_matrix(paths: Sequence[str | Path], *, out: str | Path, badge_dir: str | Path) -> list[Path]:
    """Validate every report, then write the Markdown, the endpoint JSON and the SVG badge
    together (or none of them)."""
    check_outputs(paths, out=out, badge_dir=badge_dir)
    files = matrix_files(paths, out=out, badge_dir=badge_dir)
    write_all(files)
    return list(files)
