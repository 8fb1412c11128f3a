"""Images of the committed results (``python -m lstm_behaviour plot``; the ``plot`` extra).

- ``experiment-N.png``: per row and evaluation, the article's accuracy beside the measured
  median over the calibration seeds, with the range (min to max) as an error bar;
- ``benchmarks.png``: training time per row (fast protocol, median) per TensorFlow version.
"""

from __future__ import annotations

import glob
import statistics
from pathlib import Path

from ..files import write_all

__all__ = ["write_plots"]

_EVAL_LABELS = {
    "in_order": "in order",
    "reverse": "reverse",
    "loop": "loop",
    "reset_from_abc": "reset, ABC",
    "reset_from_lmn": "reset, LMN",
    "transplant_from_abc": "transplant, ABC",
}


def _pyplot():
    try:
        import matplotlib
    except ImportError:
        raise RuntimeError("plot needs matplotlib: pip install 'lstm-behaviour[plot]'") from None
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _png(fig) -> bytes:
    import io

    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight", metadata={"Software": None})
    return buffer.getvalue()


def experiment_figure(plt, number: int, records: list[dict], label: str):
    """One experiment: bars of measured medians with min-max range, the article's value as a dot."""
    from ..spec.experiments import TRANSPLANT_KEY, article_accuracy
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
    ax.set_xticklabels([key.split("/", 1)[1] if key != TRANSPLANT_KEY else "second model" for key in rows])
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("accuracy")
    seeds = len({r["seed"] for r in records if r["row"] in rows})
    ax.set_title(f"Experiment {number}: article vs {label}, {seeds} seeds", fontsize=10)
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return fig


def benchmark_figure(plt, runs: list[dict]):
    """Training time per row (fast protocol, 500 epochs; median of the rounds) per TensorFlow."""
    labels = [f"TF {r['machine_info']['tensorflow']}\nKeras {r['machine_info']['keras']}" for r in runs]
    rows: list[str] = []
    for run in runs:
        for b in run["benchmarks"]:
            if b["name"].startswith("test_train[") and b["extra_info"]["row"] not in rows:
                rows.append(b["extra_info"]["row"])
    if not rows:
        raise ValueError("no training benchmarks (test_train[...]) in the benchmark runs")
    fig, ax = plt.subplots(figsize=(10, 3.8))
    width = 0.8 / len(runs)
    for j, (run, label) in enumerate(zip(runs, labels)):
        medians = {
            b["extra_info"]["row"]: b["stats"]["median"]
            for b in run["benchmarks"]
            if b["name"].startswith("test_train[")
        }
        xs = [i + (j - (len(runs) - 1) / 2) * width for i, row in enumerate(rows) if row in medians]
        ax.bar(xs, [medians[row] for row in rows if row in medians], width * 0.9, label=label.replace("\n", " / "))
    ax.set_xticks(range(len(rows)))
    ax.set_xticklabels(rows, rotation=45, ha="right", fontsize=8)
    ax.set_ylabel("seconds (median)")
    ax.set_title("Training one row, fast protocol, per TensorFlow version", fontsize=10)
    ax.legend(fontsize=7)
    return fig


def write_plots(*, calibration=None, benchmarks=None, out_dir: str | Path = "docs/images") -> list[Path]:
    """Draw every figure first, then write them together (each file whole); the output folder
    is checked before anything is read or drawn."""
    from ..spec.calibration import load_sets, reference_set
    from .benchmarks_md import load_runs

    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise ValueError(f"--out-dir {out_dir} is a file, not a folder")
    for parent in out_dir.parents:
        if parent.exists() and not parent.is_dir():
            raise ValueError(f"--out-dir {out_dir} lies under {parent}, which is a file, not a folder")
    plt = _pyplot()
    calibration = calibration or sorted(glob.glob("data/calibration/*.json"))
    benchmarks = benchmarks or sorted(glob.glob("docs/benchmarks/tf-*.json"))
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
        images[f"experiment-{number}.png"] = _png(fig)
        plt.close(fig)
    if benchmarks:
        fig = benchmark_figure(plt, load_runs(benchmarks))
        images["benchmarks.png"] = _png(fig)
        plt.close(fig)
    files = {Path(out_dir) / name: data for name, data in images.items()}
    write_all(files)
    return list(files)
