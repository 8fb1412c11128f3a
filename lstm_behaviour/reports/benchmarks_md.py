"""docs/benchmarks.md, generated from comparisons (data/comparisons/) and pytest-benchmark JSON runs saved per
setup (docs/benchmarks/). No TensorFlow import."""

from __future__ import annotations

import statistics

from ..files import read_json
from ..spec.setups import setup_order
from . import templating

__all__ = ["benchmarks_markdown", "load_runs", "protocol_ratios", "simulated_errors"]


def load_runs(paths) -> list[dict]:
    """Read saved runs (checked: each benchmark's name, group and median), ordered by setup; a
    ValueError names a file that is not such a run."""
    runs = []
    for path in paths:
        run = read_json(path, "a pytest-benchmark run")
        info = run.get("machine_info") if isinstance(run, dict) else None
        named = isinstance(info, dict) and all(isinstance(info.get(k), (str, int)) for k in ("keras", "keras_major"))
        if not named or not isinstance(info.get("backend", info.get("tensorflow")), str):
            raise ValueError(
                f"{path}: a benchmark run must name its backend (or TensorFlow), keras and keras_major in "
                "machine_info (saved by benchmarks/)"
            )
        benchmarks = run.get("benchmarks")
        if not isinstance(benchmarks, list) or not all(_benchmark_ok(b) for b in benchmarks):
            raise ValueError(f"{path}: 'benchmarks' must be a list of pytest-benchmark results (name, group, stats)")
        runs.append(run)
    return sorted(runs, key=lambda run: setup_order(run["machine_info"]))


def _benchmark_ok(b) -> bool:
    stats = b.get("stats") if isinstance(b, dict) else None
    return (
        isinstance(b, dict)
        and isinstance(b.get("name"), str)
        and isinstance(b.get("extra_info", {}), dict)
        and (b.get("group") is None or isinstance(b.get("group"), str))
        and isinstance(stats, dict)
        and all(
            isinstance(stats.get(k), (int, float)) and not isinstance(stats.get(k), bool)
            for k in ("median", "min", "max", "iqr", "rounds")
        )
    )


def _label(run) -> str:
    from ..spec.setups import column_label

    info = run["machine_info"]
    if "backend_version" not in info:  # runs saved before the oneDNN mode was recorded
        return f"TF {info['tensorflow']} / Keras {info['keras']} (oneDNN mode not recorded)"
    return column_label(info)


def _medians(run) -> dict[str, float]:
    return {b["name"]: b["stats"]["median"] for b in run["benchmarks"]}


def protocol_ratios(run) -> dict[str, float]:
    """Article-protocol median / fast-protocol median, per row timed both ways in this run."""
    medians = _medians(run)
    out = {}
    for b in run["benchmarks"]:
        info = b.get("extra_info", {})
        if b["name"].startswith("test_protocol[") and info.get("protocol") == "article":
            fast = b["name"].replace("-article]", "-fast]")
            if fast in medians:
                out[info["row"]] = b["stats"]["median"] / medians[fast]
    return out


def _run(label: str, run) -> dict:
    """A run as the document names it: setup, commit (7 digits), whether uncommitted changes went in, date."""
    info = run.get("commit_info") or {}
    return {
        "label": label,
        "commit": (info.get("id") or "unknown")[:7],
        "dirty": info.get("dirty"),
        "date": run["datetime"][:10],
    }


def _fmt(seconds: float) -> str:
    return f"{seconds:.2f}" if seconds >= 0.1 else f"{seconds * 1000:.1f} ms"


def _noise(shares: list[float]) -> dict | None:
    """The median and the largest of relative spreads (None where there are none)."""
    return {"median": statistics.median(shares), "max": max(shares)} if shares else None


def simulated_errors() -> dict:
    """The comparison rule's errors at ``timing.SPREAD``, as tests/test_timing_stats.py simulates them."""
    from ..stats import timing

    runs = 2000
    return {
        "runs": runs,
        "spread": timing.SPREAD,
        "self": timing.simulate(slowdown=0.0, runs=runs, seed=1)["any_call"],
        "power": timing.simulate(slowdown=0.20, runs=400, seed=2)["row_slower"],
        "self_wide": timing.simulate(slowdown=0.0, spread=0.30, runs=runs, seed=3)["any_call"],
        "power_wide": timing.simulate(slowdown=0.20, spread=0.30, runs=400, seed=2)["row_slower"],
    }


def benchmarks_markdown(
    runs: list[dict], source: str, comparisons=(), *, comparison_source: str = "", digest: str = "–", floors=()
) -> str:
    """The comparisons (``comparison_md``: ratios with intervals and verdicts), then tables of
    pytest-benchmark medians (seconds) per benchmark x setup, and the protocol ratios."""
    from ..stats import timing
    from .comparison_md import comparison_data, floor_data

    labels = [_label(r) for r in runs]
    medians = [_medians(r) for r in runs]
    groups: dict[str, list[str]] = {}
    for run in runs:
        for b in run["benchmarks"]:
            names = groups.setdefault(b["group"] or "other", [])
            if b["name"] not in names:
                names.append(b["name"])
    spreads = [
        b["stats"]["iqr"] / b["stats"]["median"]
        for r in runs
        for b in r["benchmarks"]
        if b["stats"]["rounds"] >= 5 and b["stats"]["median"] > 0
    ]
    pairs = [
        (b["stats"]["max"] - b["stats"]["min"]) / b["stats"]["median"]
        for r in runs
        for b in r["benchmarks"]
        if b["stats"]["rounds"] == 2
    ]
    ratios = [protocol_ratios(r) for r in runs]
    return templating.render(
        "benchmarks.md.j2",
        sources=[f"`{s}`" for s in (comparison_source, source) if s],
        digest=digest,
        comparisons=[comparison_data(name, data) for name, data in comparisons],
        floor=floor_data(list(floors)),
        alpha_level=1 - timing.ALPHA,
        effect=timing.EFFECT,
        min_rounds=timing.MIN_ROUNDS,
        false_alarm=timing.FAMILY_FALSE_ALARM,
        power=timing.POWER_20,
        simulated=simulated_errors(),
        cpu=runs[0]["machine_info"].get("cpu", {}).get("brand_raw", "unknown CPU") if runs else "",
        python=runs[0]["machine_info"].get("python_version", "?") if runs else "",
        runs=[_run(label, run) for label, run in zip(labels, runs)],
        pairs=_noise(pairs),
        spreads=_noise(spreads),
        labels=labels,
        ratios=[
            (row, [f"{rat[row]:.1f}x" if row in rat else "–" for rat in ratios])
            for row in sorted({row for rat in ratios for row in rat})
        ],
        groups=[
            (group, [(name, [_fmt(m[name]) if name in m else "–" for m in medians]) for name in names])
            for group, names in groups.items()
        ],
    )
