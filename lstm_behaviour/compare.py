"""``compare``: is one environment slower than another at training and predicting the article's rows?

``python -m lstm_behaviour compare A B [C ...]``: each side is a setup of setups.toml (its nox
environment, ``.nox/claims-setup-<id>``, made by ``nox --install-only -s "claims(setup='<id>')"``)
or the path of a Python interpreter whose environment has lstm-behaviour's dependencies and a
backend. The first side is the reference. Every side runs *this* checkout's measurement code
(its folder goes first on ``PYTHONPATH``), so only the environment differs.

A run is a series of rounds; each round starts one fresh worker process per side
(``python -m lstm_behaviour.compare --worker``), in an order drawn anew per round from
``--seed``, one process at a time. A worker times every row (``engine.timing``: warm-up excluded,
``--repeats`` timings, the least of them) and prints its times as JSON. After each round the
comparison is written whole to ``--out`` and ``stats.timing`` decides each row; rounds are
added until every row of every side is decided or ``--max-rounds`` is reached. A stopped run
is resumed by giving the same ``--out`` again (same sides and design).
"""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from .reports.comparison_md import decisions, item_times
from .stats import timing as stats

__all__ = [
    "FORMAT",
    "ITEMS",
    "Side",
    "compare",
    "decisions",
    "item_times",
    "resolve",
    "resolve_all",
    "run_command",
    "worker",
]

FORMAT = "lstm-behaviour comparison 1"
#: what every worker times: the article's rows trained, then predictions (evaluations and calls)
TRAIN_ROWS = (
    "E1/dense", "E1/lstm", "E1/lstm_ful", "E1/lstm_ful+shuffle", "E2/dense", "E2/lstm", "E2/lstm_ful",
    "E3/dense", "E3/lstm", "E3/lstm_ful", "E4/lstm", "E4/lstm_ful", "E4/lstm_ful+shuffle+test-reset",
)  # fmt: skip
PREDICT_ROW = "E3/lstm_ful"
ITEMS = (
    *(f"train {key}" for key in TRAIN_ROWS),
    *(f"evaluate {PREDICT_ROW} {name}" for name in ("in_order", "reverse", "loop")),
    *(f"call {PREDICT_ROW} {call}" for call in ("predict", "predict_on_batch", "call")),
)
TIMERS = ("cpu", "wall")
_WORKER_TIMEOUT = 1800  # seconds: a worker that hangs is stopped, and the run with it
_ROOT = Path(__file__).resolve().parent.parent


class Side:
    """One environment of a comparison: its name, interpreter and extra environment variables."""

    def __init__(self, name: str, python: str, env: dict[str, str]):
        self.name, self.python, self.env = name, python, dict(env)

    def record(self) -> dict:
        return {"name": self.name, "python": self.python, "env": self.env}


def _nox_folder(setup: str, nightly: bool = False) -> Path:
    """The nox environment of a setup: its claims session's, or a nightly's canary session's."""
    session = "canary" if nightly else "claims"
    return _ROOT / ".nox" / (f"{session}-setup-" + re.sub(r"[^A-Za-z0-9]+", "-", setup).strip("-"))


def resolve_all(texts: Sequence[str]) -> list[Side]:
    """The sides of a command line; a side named again is the same environment once more (an
    environment against itself), its name numbered: ``tf-2.21``, ``tf-2.21#2``."""
    sides: list[Side] = []
    for text in texts:
        side = resolve(text)
        count = sum(1 for s in sides if s.name.split("#")[0] == side.name)
        if count:
            side.name = f"{side.name}#{count + 1}"
        sides.append(side)
    return sides


def resolve(text: str) -> Side:
    """A side from the command line: an existing interpreter's path, or a setup's id."""
    import stat

    path = Path(text)
    if os.sep in text or path.exists():
        try:
            mode = os.stat(path).st_mode
        except OSError as error:
            raise ValueError(
                f"side {text!r}: expected an executable Python interpreter, got {error.strerror}"
            ) from None
        if not stat.S_ISREG(mode):
            raise ValueError(f"side {text!r}: expected an executable Python interpreter, got something not a file")
        if not os.access(path, os.X_OK):
            raise ValueError(f"side {text!r}: expected an executable Python interpreter, got a file not executable")
        return Side(text, os.path.abspath(text), {})  # absolute: never looked up on PATH
    from .spec.matrix import SETUPS_FILE, load

    if not SETUPS_FILE.is_file():
        raise ValueError(f"side {text!r}: setup names need a checkout of lstm-behaviour (setups.toml)")
    setups = load()
    if text not in setups:
        raise ValueError(f"side must be a setup ({', '.join(setups)}) or an interpreter's path; got {text!r}")
    nightly = setups[text].nightly
    python = _nox_folder(text, nightly) / "bin" / "python"
    if not python.is_file():
        how = f"nox -s \"canary(setup='{text}')\"" if nightly else f"nox --install-only -s \"claims(setup='{text}')\""
        raise ValueError(f"side {text!r}: its environment {python.parent.parent} does not exist; make it with {how}")
    return Side(text, str(python), setups[text].env)


def worker() -> None:
    """A worker process: the design as JSON on standard input, the times as JSON on standard output."""
    design = json.loads(sys.stdin.read())
    from .engine.environment import cap_threads

    cap_threads()
    from .engine import compat
    from .engine.timing import call_item, predict_item, time_items, train_item
    from .spec.experiments import row

    def factory(item: str):
        kind, key, *rest = item.split(" ")
        r = row(key)
        if kind == "train":
            return lambda: train_item(r, design["steps"])
        if kind == "evaluate":
            return lambda: predict_item(r, rest[0])
        return lambda: call_item(r, rest[0], design["calls"])

    start = time.perf_counter()
    times = time_items([(item, factory(item)) for item in design["items"]], repeats=design["repeats"])
    out = {"versions": compat.versions_record(), "times": times, "process_s": round(time.perf_counter() - start, 3)}
    sys.stdout.write("\n" + json.dumps(out) + "\n")


def _run_worker(side: Side, design: dict) -> dict:
    env = {
        **os.environ,
        **side.env,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(_ROOT), os.environ.get("PYTHONPATH")])),
    }
    for name in ("TF_NUM_INTRAOP_THREADS", "TF_NUM_INTEROP_THREADS", "OMP_NUM_THREADS"):
        env.setdefault(name, "1")
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    done = subprocess.run(
        [side.python, "-m", "lstm_behaviour.compare", "--worker"],
        input=json.dumps(design),
        capture_output=True,
        text=True,
        env=env,
        timeout=_WORKER_TIMEOUT,
    )
    last = done.stdout.strip().splitlines()[-1:] if done.stdout else []
    if done.returncode != 0 or not last:
        tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        raise RuntimeError(f"side {side.name}: the worker exited with {done.returncode}: {tail[0][:300]}")
    try:
        result = json.loads(last[0])
    except json.JSONDecodeError:
        raise RuntimeError(f"side {side.name}: the worker printed no result: {last[0][:300]}") from None
    problem = _worker_problem(result, design)
    if problem:
        raise RuntimeError(
            f"side {side.name}: not a worker's result ({problem}); is lstm-behaviour's code importable there?"
        )
    return result


def _worker_problem(result, design: dict) -> str | None:
    """What a worker's printed result lacks, or None: versions, and each item's times (or error)."""
    from .stats.timing import TIME_RANGE, is_time

    low, high = TIME_RANGE
    if not isinstance(result, dict) or not isinstance(result.get("versions"), dict):
        return "expected an object with versions and times"
    times = result.get("times")
    if not isinstance(times, dict) or set(times) != set(design["items"]):
        return "expected the times of every item of the design"
    for item, entry in times.items():
        if isinstance(entry, dict) and isinstance(entry.get("error"), str):
            continue
        ok = isinstance(entry, dict) and all(
            isinstance(entry.get(t), list) and len(entry[t]) == design["repeats"] and all(map(is_time, entry[t]))
            for t in TIMERS
        )
        if not ok:
            return f"{item}: expected {design['repeats']} times per timer, each from {low:g} to {high:g} seconds"
    return None


def _design(*, steps, repeats, calls, timer, min_rounds, max_rounds, seed, items, effect) -> dict:
    return {
        "items": list(items),
        "steps": steps,
        "repeats": repeats,
        "calls": calls,
        "timer": timer,
        "min_rounds": min_rounds,
        "max_rounds": max_rounds,
        "seed": seed,
        "alpha": stats.ALPHA,
        "effect": effect,
    }


def _commit() -> dict:
    def git(*args):
        done = subprocess.run(["git", *args], cwd=_ROOT, capture_output=True, text=True)
        return done.stdout.strip() if done.returncode == 0 else None

    return {"id": git("rev-parse", "HEAD"), "dirty": bool(git("status", "--porcelain", "--untracked-files=no"))}


def _cpu() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    import platform

    return platform.processor() or "unknown CPU"


def compare(
    sides: Sequence[Side],
    *,
    out: Path,
    steps: int = 1000,
    repeats: int = 3,
    calls: int = 20,
    timer: str = "cpu",
    min_rounds: int = stats.MIN_ROUNDS,
    max_rounds: int = 30,
    seed: int = 0,
    effect: float = stats.EFFECT,
    items: Sequence[str] = ITEMS,
    progress: Callable[[str], None] | None = None,
) -> dict:
    """Run (or resume) a comparison; write it to ``out`` after every round; return it."""
    from .files import existing_json, write_json

    if len({s.name for s in sides}) != len(sides) or len(sides) < 2:
        raise ValueError(f"compare needs two or more distinct sides; got {', '.join(s.name for s in sides)}")
    if timer not in TIMERS:
        raise ValueError(f"timer must be one of {', '.join(TIMERS)}; got {timer!r}")
    design = _design(
        steps=steps, repeats=repeats, calls=calls, timer=timer, min_rounds=min_rounds, max_rounds=max_rounds,
        seed=seed, items=items, effect=effect,
    )  # fmt: skip
    found, comparison = existing_json(out, "a comparison")
    if found:
        if not (isinstance(comparison, dict) and comparison.get("format") == FORMAT):
            raise ValueError(f"{out}: exists and is not a comparison ({FORMAT}); choose another --out")
        same = {**comparison["design"], "max_rounds": max_rounds} == design and [
            s["name"] for s in comparison["sides"]
        ] == [s.name for s in sides]
        if not same:
            raise ValueError(f"{out}: a comparison of other sides or another design; choose another --out")
    else:
        comparison = {"format": FORMAT, "design": design, "sides": [s.record() for s in sides], "rounds": []}
    comparison["design"]["max_rounds"] = max_rounds  # a resumed run may raise its cap
    rng = random.Random(seed)
    for _ in comparison["rounds"]:
        rng.shuffle(list(sides))  # replay the draws of the rounds already run
    started, done_before, ran = time.perf_counter(), comparison.get("wall_s", 0.0), 0
    if found:  # resumed: decided again by this rule; done where every row is decided already
        decided = decisions(comparison)
        comparison["decisions"] = {o: {i: d.record() for i, d in ds.items()} for o, ds in decided.items()}
        if len(comparison["rounds"]) >= min_rounds and all(stats.all_decided(ds) for ds in decided.values()):
            write_json(out, comparison)
            return comparison
    while len(comparison["rounds"]) < max_rounds:
        comparison.update(commit=_commit(), cpu=_cpu(), cores=os.cpu_count())  # where the rounds were run
        order = list(sides)
        rng.shuffle(order)
        number = len(comparison["rounds"]) + 1
        times = {}
        for side in order:
            if progress:
                progress(f"round {number}/{max_rounds}: {side.name}")
            times[side.name] = _run_worker(side, design)
        comparison["rounds"].append({"order": [s.name for s in order], "times": times})
        ran += 1
        comparison["wall_s"] = round(done_before + time.perf_counter() - started, 1)
        decided = decisions(comparison)
        comparison["decisions"] = {o: {i: d.record() for i, d in ds.items()} for o, ds in decided.items()}
        write_json(out, comparison)
        if progress:
            undecided = sum(d.verdict == "undecided" for ds in decided.values() for d in ds.values())
            left = (time.perf_counter() - started) / ran * (max_rounds - number)
            progress(f"round {number}: {undecided} rows undecided; at most {left / 60:.0f} min left")
        if number >= min_rounds and all(stats.all_decided(ds) for ds in decided.values()):
            break
    return comparison


def _count(name: str, low: int):
    def parse(text: str) -> int:
        import argparse

        from .files import whole_number

        try:
            return whole_number(text, name, low, 10**6)
        except ValueError as error:
            raise argparse.ArgumentTypeError(str(error)) from None

    return parse


def _effect(text: str) -> float:
    import argparse

    value = float(text) if re.fullmatch(r"[0-9]*\.?[0-9]+", text.strip()) else -1.0
    if not stats.EFFECTS[0] <= value <= stats.EFFECTS[1]:
        low, high = stats.EFFECTS
        raise argparse.ArgumentTypeError(f"expected a fraction from {low} to {high} (0.1: 10%); got {text!r}")
    return value


def add_arguments(parser) -> None:
    """The ``compare`` command's arguments (``cli.COMMANDS`` makes the subcommand)."""
    parser.add_argument("sides", nargs="+", metavar="SIDE", help="setups or interpreters' paths; the first: reference")
    parser.add_argument(
        "--out", type=Path, required=True, help="the comparison's JSON (written each round; given again: resumed)"
    )
    for name, default, text, low in (
        ("--steps", 1000, "optimizer steps per train row", 1),
        ("--repeats", 3, "timings per row and process (the least counts)", 1),
        ("--max-rounds", 30, "the cap on rounds", stats.MIN_ROUNDS),
        ("--seed", 0, "seed of the order of the sides in each round", 0),
    ):
        parser.add_argument(name, type=_count(name, low), default=default, help=f"{text} (default {default})")
    parser.add_argument("--timer", choices=TIMERS, default="cpu", help="the time that decides (default cpu)")
    parser.add_argument(
        "--effect",
        type=_effect,
        default=stats.EFFECT,
        help=f"the smallest difference called slower or faster, and the half-width of same, as a fraction from "
        f"{stats.EFFECTS[0]} to {stats.EFFECTS[1]} (default {stats.EFFECT})",
    )


def run_command(args, progress) -> int:
    """``compare``: run or resume, print the decisions; exit 0 (a slower row is a result, not an error)."""
    from .files import check_writable

    sides = resolve_all(args.sides)
    check_writable(args.out)
    done = compare(
        sides, out=args.out, steps=args.steps, repeats=args.repeats, timer=args.timer,
        max_rounds=args.max_rounds, seed=args.seed, effect=args.effect, progress=progress,
    )  # fmt: skip
    from .reports.comparison_md import comparison_table

    print(comparison_table(done))
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


def floor(out: str) -> None:
    """``python -m lstm_behaviour.compare --floor OUT.json``: the floor of the backend in use
    (``engine.floor``) for E3/lstm, written to OUT.json (data/floor/<setup>.json)."""
    from .engine.environment import cap_threads

    cap_threads()
    from .engine.floor import measure
    from .files import write_json
    from .spec.experiments import row

    write_json(out, measure(row("E3/lstm")))


if __name__ == "__main__" and sys.argv[1:] == ["--worker"]:
    worker()
elif __name__ == "__main__" and sys.argv[1:2] == ["--floor"] and len(sys.argv) == 3:
    floor(sys.argv[2])
