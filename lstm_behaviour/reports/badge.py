"""The claims badge: a shields.io endpoint JSON (https://shields.io/badges/endpoint-badge) and
the same badge as SVG, drawn by ``anybadge`` (the ``report`` extra), from claims reports.

A claim counts as verified when it holds on every report given and each of those cells is decided:
an untrained claim's exact check, or a trained claim's sequential test (``--seeds auto``); a
trained claim over fixed seeds holds there without being decided. Nothing here imports TensorFlow.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from ..engine.backends import BACKENDS, on_tensorflow
from ..spec.setups import version_tuple

__all__ = ["ENDPOINT_KEYS", "badge_files", "decided", "endpoint", "verified"]

_COLORS = {"holds": "#4c1", "xfail": "#dfb317", "fails": "#e05d44"}  # shields' brightgreen, yellow, red
ENDPOINT_KEYS = (
    "schemaVersion",
    "label",
    "message",
    "color",
    "labelColor",
    "isError",
    "namedLogo",
    "logoSvg",
    "logoColor",
    "logoWidth",
    "style",
    "cacheSeconds",
)


def verified(reports: Sequence[dict]) -> tuple[int, int, str]:
    """(claims holding, decided, on every report; claims; worst status anywhere): of the claims every
    report holds (reports of different articles share the untrained claims)."""
    ids = [i for i in reports[0]["claims"] if all(i in r["claims"] for r in reports)]
    ok = sum(all(r["claims"][i]["status"] == "holds" and decided(r["claims"][i]) for r in reports) for i in ids)
    statuses = {r["claims"][i]["status"] for r in reports for i in ids}
    worst = "fails" if "fails" in statuses else ("xfail" if statuses - {"holds"} else "holds")
    return ok, len(ids), worst


def _span(reports: Sequence[dict]) -> str:
    parts = []
    tf = sorted(
        {
            ".".join(map(str, version_tuple(r["environment"]["tensorflow"])[:2]))
            for r in reports
            if on_tensorflow(r["environment"])
        },
        key=version_tuple,
    )
    if tf:
        parts.append(f"TF {tf[0]}" if len(tf) == 1 else f"TF {tf[0]}–{tf[-1]}")
    others = sorted({r["environment"]["backend"] for r in reports if not on_tensorflow(r["environment"])})
    parts += [BACKENDS[b].label if b in BACKENDS else b for b in others]
    return ", ".join(parts)


def decided(entry: dict) -> bool:
    """Whether a report's cell is decided: no seeds (an exact check), or a sequential decision."""
    return not entry["seeds"] or (entry.get("decision") or {}).get("rule") == "sequential"


def endpoint(reports: Sequence[dict]) -> dict:
    """The shields.io endpoint JSON: ``claims verified 27/33 · TF 2.13–2.21``."""
    ok, total, worst = verified(reports)
    return {
        "schemaVersion": 1,
        "label": "claims verified",
        "message": f"{ok}/{total} · {_span(reports)}",
        "color": _COLORS[worst],
    }


def badge_svg(data: dict) -> str:
    """The badge as SVG, drawn by anybadge."""
    try:
        import anybadge
    except ImportError:
        raise RuntimeError("drawing the badge needs anybadge: pip install 'lstm-behaviour[report]'") from None
    drawn = anybadge.Badge(data["label"], data["message"], default_color=data["color"])
    drawn.mask_str = "claims_badge_mask"  # anybadge numbers masks per process; one badge per file needs no number
    return drawn.badge_svg_text


def badge_files(reports: Sequence[dict]) -> dict[str, str]:
    """``claims.json`` and ``claims.svg``, by file name."""
    data = endpoint(reports)
    return {"claims.json": json.dumps(data, indent=1, ensure_ascii=False) + "\n", "claims.svg": badge_svg(data)}
