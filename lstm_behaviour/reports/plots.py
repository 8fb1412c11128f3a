"""Images of the committed results (``python -m lstm_behaviour plot``; the ``plot`` extra).

- ``experiment-N.png``: per row and evaluation, the article's accuracy beside the measured
  median over the calibration seeds, with the range (min to max) as an error bar;
- ``benchmarks.png``: per comparison (data/comparisons/), each side's time over the reference's
  per row, with its interval.
"""

from __future__ import annotations

import glob
import statistics
from pathlib import Path

from ..files import write_all

__all__ = ["png_text", "write_plots"]

_EVAL_LABELS = {
    "in_order": "in order",
    "reverse": "reverse",
    "loop": "loop",
    "reset_from_abc": "reset, ABC",
    "reset_from_lmn": "reset, LMN",
    "transplant_from_abc": "transplant, ABC",
}


def _pyplot():
    import os

    os.environ.pop("MPLBACKEND", None)  # the images are drawn by Agg whatever it names (matplotlib reads it on import)
    try:
        import matplotlib
    except ImportError:
        raise RuntimeError("plot needs matplotlib: pip install 'lstm-behaviour[plot]'") from None
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _png(fig, digest: str) -> bytes:
    """The figure as PNG bytes, the digest of its inputs in a ``Source-Digest`` text chunk
    (tests/test_staleness.py reads it back)."""
    import io

    buffer = io.BytesIO()
    metadata = {"Software": None, "Source-Digest": digest}
    fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight", metadata=metadata)
    return buffer.getvalue()


def png_text(data: bytes) -> dict[str, str]:
    """The tEXt chunks of a PNG file, read with the standard library (no matplotlib)."""
    import struct

    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        raise ValueError("not a PNG file")
    out, at = {}, 8
    while at + 8 <= len(data):
        (length,), kind = struct.unpack(">I", data[at : at + 4]), data[at + 4 : at + 8]
        if kind == b"tEXt":
            key, _, value = data[at + 8 : at + 8 + length].partition(b"\0")
            out[key.decode("latin-1")] = value.decode("latin-1")
        at += 12 + length
    return out


def experiment_figure(plt, number: int, records: list[dict], label: str):
    """One experiment: bars of measured medians with min-max range, the article's value as a dot."""
    from ..spec.experiments import article_accuracy, transplant
    from .tables import accuracy_keys, by_row

    rows = [key for key in by_row(records) if key.startswith(f"E{number}/")]
    if not rows:
        raise ValueError(f"no calibration records for experiment {number}")
    grouped = by_row(records)
    fig, ax = plt.subplots(figsize=(max(6, 1.6 * len(rows) * 1.2), 3.6))
    evaluations = accuracy_keys(rows[0])
    width = 0.8 / len(evaluations)
    colors = ["#4c72b0", "#dd8452", "#55a868"]
    for j, evaluation in enumerate(evaluations):
        xs, medians, lows, highs, articles = [], [], [], [], []
        for i, key in enumerate(rows):
            values = [r[evaluation] for r in grouped[key]]
            median = statistics.median(values)
            xs.append(i + (j - (len(evaluations) - 1) / 2) * width)
            medians.append(median)
            lows.append(median - min(values))
            highs.append(max(values) - median)
            articles.append(article_accuracy(key, evaluation))
        ax.bar(
            xs,
            medians,
            width * 0.9,
            yerr=[lows, highs],
            capsize=2,
            color=colors[j % 3],
            label=f"{_EVAL_LABELS[evaluation]} (measured median, range)",
        )
        ax.scatter(
            xs,
            articles,
            marker="D",
            s=22,
            color="black",
            zorder=3,
            label="article" if j == len(evaluations) - 1 else None,
        )
    ax.set_xticks(range(len(rows)))
    ax.set_xticklabels([key.split("/", 1)[1] if transplant(key) is None else "second model" for key in rows])
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("accuracy")
    seeds = len({r["seed"] for r in records if r["row"] in rows})
    ax.set_title(f"Experiment {number}: article vs {label}, {seeds} seeds", fontsize=10)
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return fig


def benchmark_figure(plt, comparisons: list[tuple[str, dict]]):
    """Per comparison: each side's time over the reference's per row, with its interval as the
    error bar (``compare``; the intervals are simultaneous over the comparison's rows)."""
    from .comparison_md import decisions, side_label

    if not comparisons:
        raise ValueError("no comparisons (data/comparisons/*.json, written by python -m lstm_behaviour compare)")
    fig, axes = plt.subplots(len(comparisons), 1, figsize=(10, 3.6 * len(comparisons)), squeeze=False)
    for ax, (name, data) in zip(axes[:, 0], comparisons):
        items = data["design"]["items"]
        decided = {o: {i: d.record() for i, d in ds.items()} for o, ds in decisions(data).items()}
        others = list(decided)
        first = data["rounds"][0]["times"]
        width = 0.8 / max(len(others), 1)
        for j, other in enumerate(others):
            xs, ratios, lows, highs = [], [], [], []
            for i, item in enumerate(items):
                d = decided[other].get(item)
                if d is None or d["low"] is None:
                    continue
                xs.append(i + (j - (len(others) - 1) / 2) * width)
                ratios.append(d["ratio"])
                lows.append(d["ratio"] - d["low"])
                highs.append(d["high"] - d["ratio"])
            label = f"{other}: {side_label(first[other]['versions'])}"
            ax.bar(xs, ratios, width * 0.9, yerr=[lows, highs], capsize=2, label=label, bottom=0)
        ax.axhline(1.0, color="black", linewidth=0.8)
        shown = [d["ratio"] for o in others for d in decided[o].values() if d["ratio"]]
        if shown and max(shown) / min(shown) > 10:  # sides an order of magnitude apart: a log scale
            ax.set_yscale("log")
        ax.set_xticks(range(len(items)))
        ax.set_xticklabels(items, rotation=60, ha="right", fontsize=7)
        reference = data["sides"][0]["name"]
        ax.set_ylabel(f"time / {reference}")
        ax.set_title(f"{name}: {len(data['rounds'])} rounds; bars: ratio, error bars: its interval", fontsize=9)
        ax.legend(fontsize=7)
    fig.tight_layout()
    return fig


def write_plots(*, calibration=None, comparisons=None, out_dir: str | Path = "docs/images") -> list[Path]:
    """Draw every figure first, then write them together (each file whole); the output folder
    is checked before anything is read or drawn. Each PNG records the digest of the files it is
    drawn from (``comparison_md.inputs_digest``)."""
    from ..spec.calibration import load_sets, reference_set
    from .comparison_md import inputs_digest, load_comparisons

    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise ValueError(f"--out-dir {out_dir} is a file, not a folder")
    for parent in out_dir.parents:
        if parent.exists() and not parent.is_dir():
            raise ValueError(f"--out-dir {out_dir} lies under {parent}, which is a file, not a folder")
    plt = _pyplot()
    calibration = calibration or sorted(glob.glob("data/calibration/*.json"))
    comparisons = comparisons or sorted(glob.glob("data/comparisons/*.json"))
    if not calibration:
        raise ValueError("no calibration records: pass --calibration JSON... (data/calibration/*.json)")
    sets = [c for c in load_sets(calibration) if c.records]
    if not sets:
        raise ValueError(f"no calibration records in {', '.join(map(str, calibration))}")
    reference = reference_set(sets)
    records = list(reference.records)
    numbers = sorted({int(r["row"][1]) for r in records})
    images = {}
    for number in numbers:
        fig = experiment_figure(plt, number, records, reference.label)
        images[f"experiment-{number}.png"] = _png(fig, inputs_digest(calibration))
        plt.close(fig)
    if comparisons:
        fig = benchmark_figure(plt, load_comparisons(comparisons))
        images["benchmarks.png"] = _png(fig, inputs_digest(comparisons))
        plt.close(fig)
    files = {Path(out_dir) / name: data for name, data in images.items()}
    write_all(files)
    return list(files)
