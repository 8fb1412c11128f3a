"""Claims x TensorFlow versions: docs/results.md and the claims badge, from claims reports.

``python -m lstm_behaviour matrix RESULTS...`` loads every report (``results.load``: all
problems listed, nothing written when one is bad), puts one column per environment, and writes
(for the committed reports, ``matrix docs/results/*.json --out docs/results.md --badge-dir
docs/badges``):

- ``results.md``: per experiment, each claim with the article's sentence, and in each cell
  the status and, for claims with numbers, the measured median over the seeds of the claim's
  first bound beside the article's value;
- ``claims.json``: a shields.io endpoint (https://shields.io/badges/endpoint-badge)
  with only the keys its schema allows;
- ``claims.svg``: the same badge drawn by ``anybadge``.

A claim counts as verified when it holds on every column.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .files import write_text
from .results import ResultsError, load, setup_order

__all__ = ["Column", "badge", "columns", "matrix_files", "render", "write_matrix"]

_MARK = {"holds": "✅ holds", "fails": "❌ fails", "xfail": "⚠️ xfail", "not run": "— not run"}
_COLORS = {"holds": "#4c1", "xfail": "#dfb317", "fails": "#e05d44"}  # shields' brightgreen, yellow, red
ENDPOINT_KEYS = ("schemaVersion", "label", "message", "color", "labelColor", "isError", "namedLogo",
                 "logoSvg", "logoColor", "logoWidth", "style", "cacheSeconds")


@dataclass(frozen=True)
class Column:
    """One claims report: one environment."""

    source: str
    report: dict

    @property
    def env(self) -> dict:
        return self.report["environment"]

    @property
    def tf_version(self) -> tuple[int, ...]:
        return tuple(int(p) if p.isdigit() else 0 for p in self.env["tensorflow"].split(".")[:3])

    @property
    def label(self) -> str:
        tf = ".".join(self.env["tensorflow"].split(".")[:2])
        keras = f"Keras {self.env['keras']}"
        if self.env["keras_major"] == 2 and self.tf_version >= (2, 16):
            keras += " (tf-keras)"
        return f"TF {tf} · {keras}"

    def sort_key(self):
        return setup_order(self.env["tensorflow"], self.env["keras_major"])


def columns(paths: Sequence[str | Path]) -> list[Column]:
    """Load and validate every report, sorted by TensorFlow version; a ``ResultsError`` lists
    every problem of every file, and two reports of one environment are refused."""
    if not paths:
        raise ResultsError("matrix", ["no claims report given"])
    loaded, problems = [], []
    for path in paths:
        try:
            loaded.append(Column(str(path), load(path)))
        except ResultsError as error:
            problems.append(str(error))
    if problems:
        raise ResultsError("matrix", problems)
    seen: dict[str, str] = {}
    for col in loaded:
        if col.label in seen:
            problems.append(f"two reports for {col.label}: {seen[col.label]} and {col.source}")
        seen[col.label] = col.source
    if problems:
        raise ResultsError("matrix", problems)
    return sorted(loaded, key=Column.sort_key)


def _median(values):
    return statistics.median(values) if values else None


def _cell(entry: dict) -> str:
    text = _MARK[entry["status"]]
    firsts = [m["bounds"][0] for m in entry["measured"] if m["bounds"]]
    measured = _median([b["measured"] for b in firsts])
    if measured is not None:
        article = firsts[0]["article"]
        text += f" {measured:.2f}" + (f" (article {article:.2f})" if article is not None else "")
    return text


def verified(cols: Sequence[Column]) -> tuple[int, int, str]:
    """(claims holding on every column, claims, worst status anywhere)."""
    ids = list(cols[0].report["claims"])
    ok = sum(all(c.report["claims"][i]["status"] == "holds" for c in cols) for i in ids)
    statuses = {c.report["claims"][i]["status"] for c in cols for i in ids}
    worst = "fails" if "fails" in statuses else ("xfail" if statuses - {"holds"} else "holds")
    return ok, len(ids), worst


def _version_span(cols: Sequence[Column]) -> str:
    versions = sorted({".".join(map(str, c.tf_version[:2])) for c in cols}, key=lambda v: tuple(map(int, v.split("."))))
    return versions[0] if len(versions) == 1 else f"{versions[0]}–{versions[-1]}"


def badge(cols: Sequence[Column]) -> dict:
    """The shields.io endpoint JSON: ``claims verified 27/29 · TF 2.13–2.21``."""
    ok, total, worst = verified(cols)
    return {"schemaVersion": 1, "label": "claims verified", "message": f"{ok}/{total} · TF {_version_span(cols)}",
            "color": _COLORS[worst]}


def badge_svg(endpoint: dict) -> str:
    """The badge as SVG, drawn by anybadge (the ``report`` extra)."""
    try:
        import anybadge
    except ImportError:
        raise RuntimeError("drawing the badge needs anybadge: pip install 'lstm-behaviour[report]'") from None
    drawn = anybadge.Badge(endpoint["label"], endpoint["message"], default_color=endpoint["color"])
    drawn.mask_str = "claims_badge_mask"  # anybadge numbers masks per process; one badge per file needs no number
    return drawn.badge_svg_text


def render(cols: Sequence[Column], sources: Sequence[str]) -> str:
    """docs/results.md."""
    from .claims import CLAIMS
    from .catalogue import group_title

    ok, total, _ = verified(cols)
    out = [
        "# Results: which of the article's claims hold on which TensorFlow",
        "",
        "Generated by `python -m lstm_behaviour matrix` from "
        + ", ".join(f"`{name}`" for name in sorted(Path(s).name for s in sources)) + "; do not edit.",
        f"**{ok} of {total} claims hold on every TensorFlow below.** Each cell: the status over the",
        "run's seeds and, for claims with numbers, the median over the seeds of the quantity the",
        "claim's first bound measures (accuracy, gap or drop, as a fraction), with the article's value.",
        "✅ holds on every seed · ❌ fails on some seed · ⚠️ xfail: a known failure, confirmed",
        "(docs/findings.md) · — not run. Bounds and their calibration: docs/claims.md, docs/calibration.md.",
        "",
        "| run | TensorFlow | Keras | backend | Python | platform | seeds | date |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for c in cols:
        e = c.env
        seeds = ",".join(map(str, e["seeds"]))
        out.append(f"| `{Path(c.source).name}` | {e['tensorflow']} | {e['keras']} | {e['backend']} | {e['python']} "
                   f"| {e['platform']} | {seeds} | {e['date'][:10]} |")
    header = "| claim | the article says | " + " | ".join(c.label for c in cols) + " |"
    rule = "|---|---|" + "---|" * len(cols)
    title = None
    for claim_id, claim in CLAIMS.items():
        if group_title(claim) != title:
            title = group_title(claim)
            out += ["", f"## {title}", "", header, rule]
        first = f"<br>first bound: `{claim.bounds[0].describe()}`" if claim.bounds else ""
        cells = " | ".join(_cell(c.report["claims"][claim_id]) for c in cols)
        out.append(f"| `{claim_id}`{first} | {claim.statement} | {cells} |")
    return "\n".join(out) + "\n"


def matrix_files(paths: Sequence[str | Path], *, out: str | Path, badge_dir: str | Path) -> dict[Path, str]:
    """The Markdown, the endpoint JSON and the SVG badge, from validated reports."""
    cols = columns(paths)
    endpoint = badge(cols)
    return {
        Path(out): render(cols, [str(p) for p in paths]),
        Path(badge_dir) / "claims.json": json.dumps(endpoint, indent=1, ensure_ascii=False) + "\n",
        Path(badge_dir) / "claims.svg": badge_svg(endpoint),
    }


def write_matrix(paths: Sequence[str | Path], *, out: str | Path, badge_dir: str | Path) -> list[Path]:
    """Validate every report, then write the Markdown, the endpoint JSON and the SVG badge."""
    texts = matrix_files(paths, out=out, badge_dir=badge_dir)
    for path, text in texts.items():
        write_text(path, text)
    return list(texts)
