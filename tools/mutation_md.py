"""docs/mutation.md: the mutation score of the modules that decide a verdict.

``nox -s mutation`` runs mutmut (``[tool.mutmut]`` in pyproject.toml) with the fast, untrained
tests; ``trained_stage`` then runs the trained claims (default seeds) against each mutant that
survived them and is not already explained as equivalent, and ``collect`` turns mutmut's working
copy (``mutants/``) and that stage's verdicts into ``docs/mutation/results.json``: per module,
every mutant and its status, and the diff of each one that survived. ``docs/mutation/equivalent.json`` says, in
one line each, why a surviving mutant changes nothing a user could see. ``mutation_markdown``
renders both; the score of a module is the share of its non-equivalent mutants that a test
killed (a timeout counts as killed: the mutant hung the tests).

The JAX and torch code (``fast_loops.jax_loop``, ``fast_loops.torch_loop``) runs only on its backend, so
the TensorFlow run finds no test for its mutants; ``nox -s mutation_backend`` mutates it in a copy
of the checkout per backend (``.mutation/<backend>/``) with that backend's untrained tests, and
``collect`` takes those runs' verdicts for the mutants the TensorFlow run could not reach
("killed on jax", "killed on torch"). Nothing here imports TensorFlow.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from lstm_behaviour.files import write_json
from lstm_behaviour.reports import templating

__all__ = [
    "STATUS_BY_EXIT_CODE", "TRAINED_STAGE", "collect", "mutation_markdown", "score", "source_digest", "trained_stage",
]  # fmt: skip

#: The trained stage's verdicts, by mutant, inside mutmut's working copy.
TRAINED_STAGE = "trained-stage.json"
#: What the trained stage runs in ``mutants/`` with ``MUTANT_UNDER_TEST`` set: the trained
#: claims on their default seeds, stopping at the first failure.
TRAINED_COMMAND = ("-m", "pytest", "-n", "2", "-m", "trained", "-x", "-q", "-p", "no:cacheprovider")
#: The backends whose own code is mutated in runs of their own (``nox -s mutation_backend``): jax-patched is
#: the JAX loop under a Keras that lists an RNN's state among the model's variables (the candidate patch),
#: whose code only it reaches.
BACKEND_RUNS = ("jax", "torch", "jax-patched")
KILLED = ("killed", "killed by trained claims", "timeout", "caught by type check") + tuple(
    f"killed on {backend}" for backend in BACKEND_RUNS
)
UNCOVERED = ("no tests", "skipped")
NOT_RUN = ("not checked",)

#: mutmut's exit codes (mutmut/stats.py).
STATUS_BY_EXIT_CODE = {
    1: "killed",
    3: "killed",
    0: "survived",
    5: "no tests",
    33: "no tests",
    34: "skipped",
    36: "timeout",
    37: "caught by type check",
    -24: "timeout",
    24: "timeout",
    152: "timeout",
    255: "timeout",
    None: "not checked",
}


def _module(mutant: str) -> str:
    """``lstm_behaviour.stats.verdicts.x_decide__mutmut_3`` -> ``lstm_behaviour/stats/verdicts.py``."""
    parts = mutant.split(".")
    head = [p for p in parts if not p.startswith(("x_", "x\u01c1"))]
    return "/".join(head) + ".py"


def _stage1(mutants_dir: Path) -> dict[str, dict[str, str]]:
    """mutmut's statuses, by module."""
    modules: dict[str, dict[str, str]] = {}
    for meta in sorted(mutants_dir.rglob("*.py.meta")):
        data = json.loads(meta.read_text(encoding="utf-8"))
        for mutant, code in data.get("exit_code_by_key", {}).items():
            modules.setdefault(_module(mutant), {})[mutant] = STATUS_BY_EXIT_CODE.get(code, "suspicious")
    return modules


def _stage2(mutants_dir: Path) -> dict[str, str]:
    """The trained stage's verdicts so far, by mutant (empty before it runs)."""
    path = mutants_dir / TRAINED_STAGE
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def trained_stage(
    mutants_dir: str | Path = "mutants", equivalent: dict[str, str] | None = None, python: str = sys.executable
) -> dict[str, str]:
    """Run the trained claims against every mutant that survived the fast tests and has no
    equivalence reason; record ``killed``/``survived`` per mutant in ``mutants/trained-stage.json``
    after each one (a stopped stage resumes where it left off)."""
    mutants_dir = Path(mutants_dir)
    out = mutants_dir / TRAINED_STAGE
    done = _stage2(mutants_dir)
    equivalent = equivalent or {}
    todo = [
        m
        for statuses in _stage1(mutants_dir).values()
        for m, s in sorted(statuses.items())
        if s == "survived" and m not in equivalent and m not in done
    ]
    for mutant in todo:
        env = {**os.environ, "MUTANT_UNDER_TEST": mutant, "PYTHONPATH": str(mutants_dir.resolve())}
        run = subprocess.run([python, *TRAINED_COMMAND], cwd=mutants_dir, env=env, capture_output=True, text=True)
        if run.returncode not in (0, 1):  # 1: a test failed; anything else: the run itself broke
            raise RuntimeError(f"the trained stage of {mutant} exited {run.returncode}: {run.stdout[-2000:]}")
        done[mutant] = "killed" if run.returncode == 1 else "survived"
        write_json(out, done)
    return done


def source_digest(path: str | Path) -> str:
    """The SHA-256 of a module's source, as a run records it."""
    import hashlib

    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def collect(
    mutants_dir: str | Path = "mutants",
    tool: str = "mutmut",
    backends: dict | None = None,
    previous: dict | None = None,
) -> dict:
    """Every mutant of the last run and its status, by module, with the diffs of the survivors,
    and each module's source digest.

    ``previous``: the results of an earlier run; a module none of whose mutants this run ran
    (``mutmut run`` given the names of other modules' mutants) keeps its statuses from there,
    where its source is the one that run measured (the same digest), and is listed as carried.

    ``backends``: backend -> the root of its own run (``.mutation/<backend>``, holding its
    ``mutants/``); a mutant that no test reached here takes that run's verdict. Roots that do
    not exist are skipped.
    """
    mutants_dir = Path(mutants_dir)
    modules = _stage1(mutants_dir)
    if not modules:
        raise FileNotFoundError(f"no mutmut results (*.py.meta) under {mutants_dir}: run nox -s mutation first")
    root = mutants_dir.resolve().parent
    sources = {module: source_digest(root / module) for module in modules if (root / module).is_file()}
    carried = {}  # module -> its statuses from ``previous``: not run now, its source unchanged since
    for module, statuses in modules.items():
        before = (previous or {}).get("modules", {}).get(module)
        same = module in sources and (previous or {}).get("sources", {}).get(module) == sources[module]
        if before is not None and same and all(s in NOT_RUN for s in statuses.values()):
            carried[module] = modules[module] = dict(before)
    trained = _stage2(mutants_dir)
    for statuses in modules.values():
        for mutant, verdict in trained.items():
            if statuses.get(mutant) == "survived" and verdict == "killed":
                statuses[mutant] = "killed by trained claims"
    shown_in = {}  # survivor -> the folder whose mutmut shows it
    for backend, root in (backends or {}).items():
        if backend not in BACKEND_RUNS:
            raise ValueError(f"backends must be among {', '.join(BACKEND_RUNS)}; got {backend!r}")
        if not (Path(root) / "mutants").is_dir():
            continue
        for module, theirs in _stage1(Path(root) / "mutants").items():
            statuses = modules.get(module)
            if statuses is None:
                raise ValueError(
                    f"the {backend} run mutated {module}, which the TensorFlow run in {mutants_dir} did not"
                )
            for mutant, status in theirs.items():
                # a mutant no TensorFlow test reaches takes a backend run's status; one that survived an
                # earlier backend's run is killed by a later one that reaches more of it (jax-patched)
                earlier = statuses.get(mutant) == "survived" and mutant in shown_in and status in KILLED
                if (statuses.get(mutant) in UNCOVERED or earlier) and status not in UNCOVERED + NOT_RUN:
                    statuses[mutant] = f"killed on {backend}" if status in KILLED else status
                    shown_in[mutant] = Path(root)
    diffs = {}
    for module, statuses in modules.items():
        for mutant, status in statuses.items():
            if status == "survived" and module in carried:
                diffs[mutant] = previous["survivor_diffs"][mutant]
            elif status == "survived":
                cwd = shown_in.get(mutant, mutants_dir.resolve().parent)
                shown = subprocess.run([tool, "show", mutant], capture_output=True, text=True, cwd=cwd).stdout
                diffs[mutant] = [
                    line for line in shown.splitlines() if line[:1] in "+-" and not line.startswith(("+++", "---"))
                ]
    return {"tool": tool, "modules": modules, "survivor_diffs": diffs, "sources": sources, "carried": sorted(carried)}


def score(statuses: dict[str, str], equivalent: dict[str, str]) -> tuple[int, int, float]:
    """(killed, non-equivalent mutants, share killed) of one module."""
    counted = [m for m, s in statuses.items() if m not in equivalent and s not in UNCOVERED + NOT_RUN]
    killed = sum(statuses[m] in KILLED for m in counted)
    return killed, len(counted), (killed / len(counted) if counted else 1.0)


def _module_row(module: str, statuses: dict[str, str], equivalent: dict[str, str]) -> dict:
    """One module's counts: mutants, killed by each stage, equivalent, not covered, not run, alive; its score."""
    eq = {m for m in equivalent if m in statuses}
    return {
        "module": module,
        "mutants": len(statuses),
        "fast": sum(s in KILLED and s != "killed by trained claims" for m, s in statuses.items() if m not in eq),
        "trained": sum(s == "killed by trained claims" for m, s in statuses.items() if m not in eq),
        "equivalent": len(eq),
        "uncovered": sum(s in UNCOVERED for s in statuses.values()),
        "pending": sum(s in NOT_RUN for s in statuses.values()),
        "alive": sum(s == "survived" and m not in eq for m, s in statuses.items()),
        "score": score(statuses, equivalent)[2],
    }


def mutation_markdown(
    results: dict,
    equivalent: dict[str, str],
    source: str,
    planted: dict | None = None,
    current: dict[str, str] | None = None,
) -> str:
    """The document: a score per module, every survivor with its diff and its reason, and the
    planted bugs (``planted``: docs/mutation/planted.json, written by tests/planted_bugs.py).
    ``current``: each module's source digest now; a module whose digest differs from the one the
    run recorded is named as changed since the run (its score is of the code the run measured)."""
    modules = sorted(results["modules"].items())
    recorded = results.get("sources", {})
    changed = sorted(m for m in (current or {}) if m in results["modules"] and current[m] != recorded.get(m))
    survivors = [
        {"mutant": m, "diff": [line.strip() for line in results["survivor_diffs"].get(m, [])]}
        for _, statuses in modules
        for m, s in statuses.items()
        if s == "survived"
    ]
    return templating.render(
        "mutation.md.j2",
        source=source,
        modules=[{**_module_row(m, statuses, equivalent), "changed": m in changed} for m, statuses in modules],
        survivors=survivors,
        equivalent=equivalent,
        planted=planted,
        caught=sum(r["caught"] for r in planted["runs"]) if planted is not None else 0,
        carried=results.get("carried", []),
        changed=changed,
    )
