"""Twenty-five plausible bugs, planted one at a time, and whether the fast tests catch each.

Each ``Bug`` replaces one snippet of the package's source (it must occur exactly once; the
default suite checks that, tests/test_planted_bugs.py). ``python tests/planted_bugs.py`` copies
the checkout once per bug into a temporary folder, plants the bug there and runs the untrained
tests (``COMMAND``) against that copy, all but tests/test_planted_bugs.py, whose check that each
snippet is still there fails in any copy with a bug planted; it writes what it saw to
docs/mutation/planted.json, which docs/mutation.md renders. ``trained_only`` names the bugs
that only a trained claim can see, with the reason; every other bug must make a fast test fail,
and the script exits 1 naming any that this run did not catch (``nox -s planted``, and the
scheduled claims workflow, run it afresh).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: What runs against each copy (the catalogue's own tests left out: see above), and as recorded.
PYTEST_ARGS = ("-n", "2", "-m", "not trained", "-x", "--ignore=tests/test_planted_bugs.py")
COMMAND = shlex.join(("pytest", *PYTEST_ARGS))


@dataclass(frozen=True)
class Bug:
    key: str
    what: str
    path: str  # relative to the repository root
    old: str
    new: str
    trained_only: str = ""  # why only a trained claim can see it; empty: a fast test must fail


BUGS = (
    Bug(
        "reset-does-nothing",
        "`compat.reset_states` leaves the state as it is",
        "lstm_behaviour/engine/compat.py",
        "    for layer in stateful_layers(model):\n        layer.reset_states()",
        "    for layer in stateful_layers(model):\n        pass",
    ),
    Bug(
        "h-c-swapped",
        "`compat.write_state` writes h into c and c into h",
        "lstm_behaviour/engine/compat.py",
        "    for var, value in zip(layer.states, state):\n        var.assign(value)",
        "    for var, value in zip(layer.states, state[::-1]):\n        var.assign(value)",
    ),
    Bug(
        "reverse-runs-forward",
        "the reverse evaluation runs the windows in order",
        "lstm_behaviour/engine/evaluation.py",
        "for i in reversed(range(len(data))):",
        "for i in range(len(data)):",
    ),
    Bug(
        "teacher-forcing-in-loop",
        "the loop evaluation feeds the true next window instead of its own prediction",
        "lstm_behaviour/engine/evaluation.py",
        'window = flat.reshape(data.shape).astype("float32")',
        "window = data.x[min(i + 1, len(data) - 1)]",
    ),
    Bug(
        "loop-feedback-unscaled",
        "the loop feeds its prediction back as a letter index, not divided by 26",
        "lstm_behaviour/engine/evaluation.py",
        "guess / float(N_CLASSES)",
        "float(guess)",
    ),
    Bug(
        "no-reset-before-evaluation",
        "a stateful model is not reset before each evaluation",
        "lstm_behaviour/engine/evaluation.py",
        "    compat.reset_states(model)\n    targets = data.targets",
        "    targets = data.targets",
    ),
    Bug(
        "every-reset-ignored",
        "`test_every_reset` does not reset before each prediction",
        "lstm_behaviour/engine/evaluation.py",
        "    if every_reset:\n        compat.reset_states(model)",
        "    if False:\n        compat.reset_states(model)",
    ),
    Bug(
        "batch-not-padded",
        "a single window is not padded to the model's batch size",
        "lstm_behaviour/engine/evaluation.py",
        "batch = np.repeat(window[np.newaxis], batch_size, axis=0)",
        "batch = window[np.newaxis]",
    ),
    Bug(
        "shuffle-orders-ignored",
        "the fast protocol trains every epoch in 0..n-1 order, whatever the shuffle",
        "lstm_behaviour/engine/training.py",
        "index = np.asarray(orders).reshape(-1)",
        "index = np.tile(np.arange(len(data)), epochs)",
    ),
    Bug(
        "shuffle-seed-ignored",
        "every seed draws the same epoch orders",
        "lstm_behaviour/engine/training.py",
        "rng = np.random.default_rng(seed)",
        "rng = np.random.default_rng(0)",
    ),
    Bug(
        "fast-transplant-ignored",
        "the fast protocol starts every epoch from zeros, not the transplanted state",
        "lstm_behaviour/engine/training.py",
        "    layers = compat.stateful_layers(model)\n    if initial_state is None:",
        "    layers = compat.stateful_layers(model)\n    if True:",
    ),
    Bug(
        "article-no-epoch-reset",
        "the article protocol does not reset a stateful model before each epoch's `fit`",
        "lstm_behaviour/engine/training.py",
        "            if initial_state is None:\n                layer.reset_states()",
        "            if initial_state is None:\n                pass",
    ),
    Bug(
        "stateful-false",
        "the article's stateful model is built with `stateful=False`",
        "lstm_behaviour/engine/models.py",
        "keras.layers.LSTM(units, stateful=True,",
        "keras.layers.LSTM(units, stateful=False,",
    ),
    Bug(
        "swapped-gates",
        "the NumPy reference LSTM reads the input and forget gates in each other's place",
        "lstm_behaviour/engine/reference.py",
        "i, f, g, o = np.split(z, 4, axis=-1)",
        "f, i, g, o = np.split(z, 4, axis=-1)",
    ),
    Bug(
        "target-off-by-one",
        "each window's target is its own last letter, not the next one",
        "lstm_behaviour/engine/data.py",
        "[ints[seq_length:]]",
        "[ints[seq_length - 1 : -1]]",
    ),
    Bug(
        "at-least-strict",
        "an `at_least` or `below` bound fails at its threshold (`>=` made `>`)",
        "lstm_behaviour/spec/claim_types.py",
        "return m >= self.value - eps",
        "return m > self.value + eps",
    ),
    Bug(
        "verdict-comparison-flipped",
        "a run holds a claim when k is at the critical count (`>` made `>=`)",
        "lstm_behaviour/stats/verdicts.py",
        "return self.n > 0 and self.k > self.critical",
        "return self.n > 0 and self.k >= self.critical",
    ),
    Bug(
        "e5-reset-test-from-abc",
        "experiment 5's test 2 (reset) starts at ABC instead of LMN",
        "lstm_behaviour/articles/qiita/experiments.py",
        'TransplantTest("reset_from_lmn", "test 2: reset, from LMN", 11, False',
        'TransplantTest("reset_from_lmn", "test 2: reset, from LMN", 0, False',
    ),
    Bug(
        "e5-warmup-too-long",
        "experiment 5's warm-up runs ABC..LMN (12 windows) instead of ABC..KLM",
        "lstm_behaviour/engine/transplant.py",
        "warmup = data.x[: spec.warmup_windows]",
        "warmup = data.x[: spec.warmup_windows + 1]",
    ),
    Bug(
        "transplant-not-restored",
        "experiment 5's transplanted tests run from a reset instead of the snapshot",
        "lstm_behaviour/engine/transplant.py",
        "    if snapshot is not None:\n        restore(model, snapshot)",
        "    if False:\n        restore(model, snapshot)",
    ),
    Bug(
        "e5-restore-before-reset",
        "experiment 5's transplanted tests restore the snapshot and then reset it away",
        "lstm_behaviour/engine/transplant.py",
        "    compat.reset_states(model)\n    if snapshot is not None:\n        restore(model, snapshot)\n",
        "    if snapshot is not None:\n        restore(model, snapshot)\n    compat.reset_states(model)\n",
    ),
    Bug(
        "e5-trains-from-zeros",
        "experiment 5's second model trains from zeros instead of the warm-up state",
        "lstm_behaviour/engine/transplant.py",
        "            initial_state=list(snapshot.states),\n",
        "            initial_state=[tuple(0 * a for a in s) for s in snapshot.states],\n",
    ),
    Bug(
        "known-failure-fixed-inverted",
        "a known failure reads fixed when its sequential design decides it still fails",
        "lstm_behaviour/stats/verdicts.py",
        '        if self.sequential:\n            return self.stop().decision == "holds"',
        '        if self.sequential:\n            return self.stop().decision == "fails"',
    ),
    Bug(
        "validator-ignores-failure-rate",
        "validate accepts any break rate in a known failure's design",
        "lstm_behaviour/reports/report_checks.py",
        'decision.get("p_lo") != failure.rate:',
        'decision.get("p_lo") is None:',
    ),
    Bug(
        "merge-keeps-first-shards-seeds",
        "merge writes the first shard's seeds as the joined report's",
        "lstm_behaviour/reports/merge.py",
        '    seeds = sorted(s for _, r in named for s in r["environment"]["seeds"])',
        '    seeds = sorted(named[0][1]["environment"]["seeds"])',
    ),
)


def plant(bug: Bug, root: Path) -> None:
    """Replace ``bug.old`` by ``bug.new`` in ``root / bug.path``; it must occur exactly once."""
    path = root / bug.path
    text = path.read_text(encoding="utf-8")
    found = text.count(bug.old)
    if found != 1:
        raise ValueError(f"{bug.key}: the snippet must occur once in {bug.path}, found {found} times")
    path.write_text(text.replace(bug.old, bug.new), encoding="utf-8")


def _copy_checkout(dest: Path) -> None:
    files = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, capture_output=True, check=True, text=True,
    ).stdout.split("\0")  # fmt: skip
    for name in filter(None, files):
        if (ROOT / name).is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, dest / name)


def run_one(bug: Bug, as_found: dict[str, str] | None = None) -> dict:
    """Plant ``bug`` in a copy of the checkout and run the untrained tests there, stopping at the
    first failure. ``as_found``: files (path relative to the checkout -> text) put back into the
    copy as they were when the run began, so that what this run has written since (its own
    results file, which docs/mutation.md renders) does not make the copy's docs stale."""
    with tempfile.TemporaryDirectory(prefix=f"planted-{bug.key}-") as tmp:
        root = Path(tmp)
        _copy_checkout(root)
        for name, text in (as_found or {}).items():
            (root / name).write_text(text, encoding="utf-8")
        plant(bug, root)
        env = {**os.environ, "PYTHONPATH": str(root), "PYTHONDONTWRITEBYTECODE": "1"}
        where = subprocess.run(
            [sys.executable, "-c", "import lstm_behaviour; print(lstm_behaviour.__file__)"],
            cwd=root, env=env, capture_output=True, text=True, check=True,
        ).stdout.strip()  # fmt: skip
        if not Path(where).resolve().is_relative_to(root.resolve()):
            raise RuntimeError(f"the copy must import its own package; it imports {where}")
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "pytest", *PYTEST_ARGS, "-q", "-rf", "-p", "no:cacheprovider",
             "--benchmark-disable"],
            cwd=root, env=env, capture_output=True, text=True,
        )  # fmt: skip
        seconds = time.perf_counter() - start
    failed = sorted(set(re.findall(r"^(?:FAILED|ERROR) (\S+)", done.stdout, flags=re.MULTILINE)))
    summary = (done.stdout.strip().splitlines() or [""])[-1]
    return {
        "bug": bug.key,
        "what": bug.what,
        "trained_only": bug.trained_only,
        "caught": done.returncode != 0,
        "returncode": done.returncode,
        "failed": failed[:5],
        "summary": summary,
        "seconds": round(seconds, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "mutation" / "planted.json"))
    parser.add_argument("--only", nargs="*", help="bug keys to run (default: all)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from lstm_behaviour.engine.compat import versions
    from lstm_behaviour.files import write_json

    chosen = [b for b in BUGS if not args.only or b.key in args.only]
    unknown = set(args.only or ()) - {b.key for b in BUGS}
    if unknown:
        parser.error(f"--only takes keys of BUGS; got unknown {sorted(unknown)}")
    out = Path(args.out)
    as_found = {}
    if out.resolve().is_relative_to(ROOT) and out.exists():
        as_found[str(out.resolve().relative_to(ROOT))] = out.read_text(encoding="utf-8")
    runs = {}
    if args.only and out.exists():  # keep the other bugs' results
        runs = {r["bug"]: r for r in json.loads(out.read_text(encoding="utf-8"))["runs"]}
    for bug in chosen:
        runs[bug.key] = run_one(bug, as_found=as_found)
        r = runs[bug.key]
        seen = "caught" if r["caught"] else "NOT caught"
        print(f"{bug.key}: {seen} in {r['seconds']} s ({r['summary']})", flush=True)
        ordered = [runs[b.key] for b in BUGS if b.key in runs]  # after each bug: an interrupted run keeps the rest
        write_json(out, {"versions": versions().label, "command": COMMAND, "runs": ordered})
    missed = [b.key for b in chosen if not b.trained_only and not runs[b.key]["caught"]]
    if missed:
        print(f"the untrained tests did not catch: {', '.join(missed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
