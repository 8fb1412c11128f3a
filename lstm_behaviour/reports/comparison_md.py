"""The decided part of docs/benchmarks.md: comparisons of environments (data/comparisons/*.json,
written by ``python -m lstm_behaviour compare``), their ratios, intervals and verdicts, the
timer's spread, and the inputs' digest that tests/test_staleness.py recomputes. No backend import."""

from __future__ import annotations

import hashlib
import math
import statistics
from pathlib import Path

from ..engine.backends import on_tensorflow
from ..files import read_json
from ..stats import timing

__all__ = [
    "FORMAT",
    "comparison_data",
    "comparison_table",
    "decisions",
    "floor_data",
    "inputs_digest",
    "load_comparisons",
    "load_floors",
    "side_label",
]

FORMAT = "lstm-behaviour comparison 1"  # compare.FORMAT (a test checks they agree)


def inputs_digest(paths) -> str:
    """The first 16 hex digits of a SHA-256 over the named files' names and bytes, in name order."""
    digest = hashlib.sha256()
    for path in sorted(map(Path, paths), key=lambda p: p.name):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def _comparison_problem(data) -> str | None:
    """What a comparison file lacks of what the documents and images read, or None."""
    from ..stats.timing import VERDICTS

    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return f"not a comparison ({FORMAT})"
    design, sides, rounds, decisions = (data.get(k) for k in ("design", "sides", "rounds", "decisions"))
    if not (isinstance(design, dict) and isinstance(design.get("items"), list) and design["items"]):
        return "design.items: expected a list of rows"
    if not all(isinstance(design.get(k), int) and not isinstance(design.get(k), bool) for k in ("steps", "repeats")):
        return "design: expected whole numbers of steps and repeats"
    from ..stats.timing import EFFECTS

    effect, alpha = design.get("effect"), design.get("alpha")
    if not all(isinstance(v, float) for v in (effect, alpha)) or not (
        EFFECTS[0] <= effect <= EFFECTS[1] and 0 < alpha < 1
    ):
        return f"design: expected an effect from {EFFECTS[0]} to {EFFECTS[1]} and an alpha between 0 and 1"
    names = (
        [s.get("name") for s in sides] if isinstance(sides, list) and all(isinstance(s, dict) for s in sides) else []
    )
    if len(names) < 2 or not all(isinstance(n, str) for n in names):
        return "sides: expected two or more named sides"
    if not (isinstance(rounds, list) and rounds and all(isinstance(r, dict) for r in rounds)):
        return "rounds: expected one or more rounds"
    first = rounds[0].get("times")
    if not (isinstance(first, dict) and all(isinstance(first.get(n), dict) for n in names)):
        return "rounds[0].times: expected each side's times"
    if not all(isinstance(first[n].get("versions"), dict) for n in names):
        return "rounds[0].times: expected each side's versions"
    problem = _rounds_problem(design, names, rounds)
    if problem:
        return problem
    if not (isinstance(decisions, dict) and set(decisions) == set(names[1:])):
        return "decisions: expected one entry per side after the first"
    for side, rows in decisions.items():
        if not isinstance(rows, dict):
            return f"decisions[{side!r}]: expected rows"
        for item, d in rows.items():
            numbers = isinstance(d, dict) and all(
                d.get(k) is None or (isinstance(d.get(k), (int, float)) and not isinstance(d.get(k), bool))
                for k in ("ratio", "low", "high", "spread")
            )
            if not numbers or not isinstance(d.get("ratio"), (int, float)) or d.get("verdict") not in VERDICTS:
                return f"decisions[{side!r}][{item!r}]: expected a ratio, its bounds and a verdict"
    return None


_TIMERS = ("cpu", "wall")  # compare.TIMERS: the times a worker measures


def _rounds_problem(design: dict, names: list[str], rounds: list[dict]) -> str | None:
    """The design's timer and round counts, each side's versions, and every round's times: each
    side's entry per item either an error or a non-empty list of times, per timer, each in
    ``timing.TIME_RANGE``."""
    from ..spec.calibration import _versions_problem

    if design.get("timer") not in _TIMERS:
        return f"design.timer: expected one of {', '.join(_TIMERS)}, got {design.get('timer')!r}"
    for key in ("min_rounds", "max_rounds"):
        if not isinstance(design.get(key), int) or isinstance(design.get(key), bool) or design[key] < 1:
            return f"design.{key}: expected a whole number of rounds, got {design.get(key)!r}"
    if not all(isinstance(i, str) for i in design["items"]):
        return "design.items: expected names of rows"
    for name in names:
        versions = rounds[0]["times"][name]["versions"]
        missing = [k for k in ("tensorflow", "keras", "keras_major", "backend", "onednn") if k not in versions]
        problem = f"expected {', '.join(missing)}" if missing else _versions_problem(versions)
        if problem:
            return f"rounds[0].times[{name!r}].versions: {problem}"
    for i, one in enumerate(rounds):
        times = one.get("times")
        if not (isinstance(times, dict) and all(isinstance(times.get(n), dict) for n in names)):
            return f"rounds[{i}].times: expected each side's times"
        for name in names:
            items = times[name].get("times")
            if not isinstance(items, dict):
                return f"rounds[{i}].times[{name!r}].times: expected the items' times"
            for item, entry in items.items():
                where = f"rounds[{i}].times[{name!r}].times[{item!r}]"
                if isinstance(entry, dict) and isinstance(entry.get("error"), str):
                    continue
                if not isinstance(entry, dict) or not all(_seconds(entry.get(t)) for t in _TIMERS):
                    return f"{where}: expected an error, or for each of {', '.join(_TIMERS)} a list of seconds"
    return None


def _seconds(values) -> bool:
    return isinstance(values, list) and bool(values) and all(map(timing.is_time, values))


def load_comparisons(paths) -> list[tuple[str, dict]]:
    """Each comparison file read and checked for the fields the document uses."""
    out = []
    for path in paths:
        data = read_json(path, "a comparison")
        problem = _comparison_problem(data)
        if problem:
            raise ValueError(f"{path}: {problem}")
        out.append((Path(path).name, data))
    return out


def item_times(comparison: dict, side: str, item: str, timer: str) -> list[float] | None:
    """One side's time of an item per round (the least of the process's repeats: the time least
    disturbed by other work, the estimator Chen and Revels, "Robust benchmarking in noisy
    environments", 2016, argue for), or None where the item raised in some round."""
    out = []
    for one in comparison["rounds"]:
        entry = one["times"][side]["times"].get(item)
        if entry is None or "error" in entry:
            return None
        out.append(min(entry[timer]))
    return out


def decisions(comparison: dict) -> dict[str, dict[str, timing.RowDecision]]:
    """Each non-reference side's decision per item, against the first side; the intervals
    simultaneous over every item of every side."""
    design, sides = comparison["design"], [s["name"] for s in comparison["sides"]]
    reference, others = sides[0], sides[1:]
    pairs = {}
    for other in others:
        for item in design["items"]:
            a, b = (
                item_times(comparison, reference, item, design["timer"]),
                item_times(comparison, other, item, design["timer"]),
            )
            if a is not None and b is not None and a:
                pairs[(other, item)] = (a, b)
    if not pairs:
        return {other: {} for other in others}
    decided = timing.decide(pairs, min_rounds=design["min_rounds"], alpha=design["alpha"], effect=design["effect"])
    out: dict[str, dict[str, timing.RowDecision]] = {other: {} for other in others}
    for (other, item), decision in decided.items():
        out[other][item] = decision
    return out


def side_label(versions: dict) -> str:
    """A side's environment as the matrix names a setup (``spec.setups.column_label``)."""
    from ..spec.setups import column_label

    return column_label(versions)


def _spreads(data: dict, reference: str, other: str, timer: str, items=None) -> list[float]:
    """Per item timed on both sides, the standard deviation of a round's log ratio."""
    out = []
    for item in items or data["design"]["items"]:
        a, b = item_times(data, reference, item, timer), item_times(data, other, item, timer)
        if a is not None and b is not None and len(a) >= 2:
            out.append(statistics.stdev(math.log(y / x) for x, y in zip(a, b)))
    return out


def _cell(d: dict | None) -> str:
    if d is None:
        return "raises"
    low, high = (f"{v:.2f}" if v is not None else "?" for v in (d["low"], d["high"]))
    return f"{d['ratio']:.2f} [{low}, {high}] {d['verdict']}"


def comparison_data(name: str, data: dict) -> dict:
    """One comparison as the template shows it."""
    design, sides = data["design"], [s["name"] for s in data["sides"]]
    reference, others = sides[0], sides[1:]
    # decided from the rounds by today's rule (the file's own decisions are those of its last run)
    decided = {o: {i: d.record() for i, d in ds.items()} for o, ds in decisions(data).items()}
    first = data["rounds"][0]["times"]
    labels = {side: side_label(first[side]["versions"]) for side in sides}
    family = len(design["items"]) * len(others)
    rounds = len(data["rounds"])
    timers = []
    for other in others:
        row = {"side": other}
        for timer in ("cpu", "wall"):
            spreads = _spreads(data, reference, other, timer)
            row[timer] = statistics.median(spreads) if spreads else None
        spreads = _spreads(data, reference, other, design["timer"])
        row["detectable"] = (
            statistics.median(timing.detectable(s, rounds, family, effect=design["effect"]) for s in spreads)
            if spreads
            else None
        )
        timers.append(row)
    counts = {
        other: {v: sum(d["verdict"] == v for d in decided[other].values()) for v in timing.VERDICTS} for other in others
    }
    timer_rows = []
    if others[0] == f"{reference}#2":  # an environment against itself: the timers' own noise, row by row
        for item in design["items"]:
            cpu, wall = (_spreads(data, reference, others[0], t, [item]) for t in ("cpu", "wall"))
            if cpu and wall:
                timer_rows.append((item, cpu[0], wall[0]))
    import re

    command = " ".join(
        ["python -m lstm_behaviour compare", *(re.sub(r"#[0-9]+\Z", "", side) for side in sides)]
        + [f"--steps {design['steps']}", f"--repeats {design['repeats']}", f"--max-rounds {design['max_rounds']}"]
        + ([f"--seed {design['seed']}"] if design["seed"] else [])
        + ([f"--effect {design['effect']}"] if design["effect"] != timing.EFFECT else [])
    )
    needs = [  # each undecided row: the rounds its ratio and spread would need
        (other, item, d["ratio"], timing.rounds_needed(d["ratio"], d["spread"], family, effect=design["effect"]))
        for other in others
        for item, d in decided[other].items()
        if d["verdict"] == "undecided" and d["spread"] is not None
    ]
    return {
        "file": name,
        "command": command,
        "commit": ((data.get("commit") or {}).get("id") or "unknown")[:7],
        "dirty": (data.get("commit") or {}).get("dirty"),
        "cpu": data.get("cpu", "unknown CPU"),
        "cores": data.get("cores"),
        "rounds": rounds,
        "minutes": data.get("wall_s", 0) / 60,
        "design": design,
        "effect": design["effect"],
        # the file's own verdicts are those of the rule at its commit; where today's differ, say so
        "redecided": any(
            (data["decisions"][o].get(i) or {}).get("verdict") != d["verdict"]
            for o, ds in decided.items()
            for i, d in ds.items()
        ),
        "needs": needs,
        "family": family,
        "reference": reference,
        "others": others,
        "labels": labels,
        "counts": counts,
        "timers": timers,
        "timer_rows": timer_rows,
        "cpu_wins": sum(round(c, 4) < round(w, 4) for _, c, w in timer_rows),
        "wall_wins": sum(round(w, 4) < round(c, 4) for _, c, w in timer_rows),
        "rows": [(item, [_cell(decided[o].get(item)) for o in others]) for item in design["items"]],
    }


def load_floors(paths) -> list[tuple[str, dict]]:
    """Each floor file (``python -m lstm_behaviour.compare --floor``) read and checked."""
    out = []
    for path in paths:
        data = read_json(path, "a floor measurement")
        ok = isinstance(data, dict) and all(
            isinstance(data.get(k), (int, float)) and data.get(k) > 0 for k in ("keras_step_ms", "plain_step_ms")
        )
        if not ok or not isinstance(data.get("versions"), dict):
            raise ValueError(f"{path}: not a floor measurement (versions, keras_step_ms and plain_step_ms)")
        out.append((Path(path).name, data))
    return out


def floor_data(floors: list[tuple[str, dict]]) -> dict:
    """The floors as the template shows them: per backend, Keras's step beside the plain one, and
    the torch profile where there is one."""
    rows, profile = [], None
    for name, data in floors:
        keras_ms, plain_ms = data["keras_step_ms"], data["plain_step_ms"]
        rows.append(
            {
                "file": name,
                "label": side_label(data["versions"]),
                "keras": keras_ms,
                "plain": plain_ms,
                "ratio": keras_ms / plain_ms,
                "keras_share": max(0.0, 1 - plain_ms / keras_ms),
            }
        )
        if isinstance(data.get("profile"), dict):
            p = data["profile"]
            profile = {
                **p,
                "label": side_label(data["versions"]),
                "aten_share": p["aten_self_ms"] / p["step_ms_profiled"],
            }
    gap = None
    by_backend = {}
    for (_, data), row in zip(floors, rows):
        versions = data["versions"]
        if on_tensorflow(versions) and versions.get("keras_major") != 3:
            continue  # the gap is measured against Keras 3 on TensorFlow
        by_backend.setdefault(versions.get("backend"), row)
    # the backend whose step is profiled (torch) against TensorFlow's
    profiled = {data["versions"].get("backend") for _, data in floors if isinstance(data.get("profile"), dict)}
    reference = next((b for b in by_backend if on_tensorflow({"backend": b})), None)
    other = next((b for b in by_backend if b in profiled), None)
    if reference is not None and other is not None:
        tf, torch = by_backend[reference], by_backend[other]
        gap = {
            "tf": tf["label"],
            "torch": torch["label"],
            "keras": torch["keras"] / tf["keras"],
            "plain": torch["plain"] / tf["plain"],
        }
    return {
        "rows": rows,
        "profile": profile,
        "gap": gap,
        "steps": floors[0][1].get("steps") if floors else None,
    }


def comparison_table(comparison: dict) -> str:
    """The decisions as text: per side and item, the ratio to the reference, its interval, the verdict."""
    sides = comparison["sides"]
    lines = [
        f"reference: {sides[0]['name']}; {len(comparison['rounds'])} rounds, timer {comparison['design']['timer']}"
    ]
    for other, items in comparison.get("decisions", {}).items():
        lines.append(f"\n{other} / {sides[0]['name']}")
        for item in comparison["design"]["items"]:
            d = items.get(item)
            if d is None:
                lines.append(f"  {item:<44} not timed on both sides (raises)")
            else:
                low, high = (f"{v:.3f}" if v is not None else "?" for v in (d["low"], d["high"]))
                lines.append(f"  {item:<44} {d['ratio']:.3f} [{low}, {high}]  {d['verdict']}")
    return "\n".join(lines)
