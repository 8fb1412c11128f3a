"""The setup matrix: claims and benchmarks per setup (``nox -l`` lists them).

- ``claims(setup=...)``: ``pytest -n auto --seeds auto`` on that setup (every trained claim
  decided by its sequential test), writing its claims report to ``docs/results/<setup>.json``
  (extra pytest arguments after ``--``; a ``--claims-report`` or ``--seeds`` there replaces
  that default).
- ``calibrate(setup=...)``: one shard of a calibration (``-- --seeds 0-24 --out FILE``); the
  calibration workflow runs the shards in parallel and joins them with ``merge``.
- ``benchmarks(setup=...)``: the serial benchmark run, saved as ``<setup>`` and written to
  ``docs/benchmarks/<setup>.json``.
- ``compare``: the saved runs side by side (pytest-benchmark compare);
  ``speed(setup=...)``: a nightly's times against its release's, decided (``python -m lstm_behaviour compare``).
- ``mutation`` and ``mutation_backend(backend=...)``: mutation testing (docs/mutation.md);
  ``planted``: the planted bugs run afresh (fails on one the untrained tests miss).
- ``upstream_versions``: the JAX state finding on every minor release of Keras 3 and the nightly;
  ``keras_own_tests``: Keras's own tests with and without the candidate patch
  (docs/upstream/jax-stateful-state.md); ``claims(setup='jax-patched')``: the suite on it.

Setups, listed once in setups.toml (nox, the claims workflow and .ci/run read it): TensorFlow
2.13 to 2.21 (Keras 2 up to 2.15, Keras 3 after; ``tf-2.21-tf-keras`` is TF 2.21 with Keras 2 from
``tf-keras``), Keras 3 on JAX and on PyTorch (pinned in
``constraints/jax.txt`` and ``constraints/torch.txt``), and PyTorch with the ``no-cudnn`` variant
(every LSTM built with ``use_cudnn=False``, the workaround for its finding). Every TensorFlow
setup fixes the oneDNN mode (``TF_ENABLE_ONEDNN_OPTS``), so a report does not depend on the CPU
it ran on: off, except ``tf-2.21-onednn-on`` (results compare only within a mode:
docs/findings.md). Environments are made with pip (virtualenv), which honours the machine's pip
configuration (a local CPU build of torch, for one). Every setup supports Python 3.11.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import nox

nox.options.default_venv_backend = "virtualenv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["claims"]

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tools.setup_matrix import load  # noqa: E402  (setups.toml: the one list of setups)

_MATRIX = load()
SETUPS = [s.id for s in _MATRIX.values() if not s.nightly]
PYTHON = "3.11"

# The canary: tomorrow's Keras and TensorFlow, installed as a user would (pre-releases); torch
# stays at the stable pin (the canary is about Keras). A build that does not install or import
# gets a report that says so (docs/results/<setup>.json) and the session still succeeds.
NIGHTLY = [s.id for s in _MATRIX.values() if s.nightly]


def _install(session: nox.Session, setup: str) -> dict:
    chosen = _MATRIX[setup]
    session.install(*chosen.install)
    if chosen.patch:  # a candidate patch: Keras built from its patched source replaces the released one
        session.run(
            "python", "-c",
            "import sys; from tools.keras_patch import build; print(build('patched', sys.executable))",
        )  # fmt: skip
        session.install("--no-deps", "--force-reinstall", str(Path(".nox", "keras-src", "tree-patched")))
    session.run("python", "-c", "from lstm_behaviour.engine.compat import versions; print(versions())", env=chosen.env)
    return chosen.env


@nox.session(python=PYTHON)
@nox.parametrize("setup", SETUPS)
def claims(session: nox.Session, setup: str) -> None:
    """Run the claims (pytest -n auto) on one setup."""
    env = _install(session, setup)
    # on a candidate patch, a known failure it fixes fails its strict xfail: the report says "fixed"
    codes = [0, 1] if _MATRIX[setup].patch else [0]
    session.run(
        "pytest", "-n", "auto", *_defaults(setup, session.posargs), *session.posargs, env=env, success_codes=codes
    )


def _defaults(setup: str, posargs, folder: str = "docs/results") -> list[str]:
    """``--seeds auto`` and the committed report's path, unless the arguments give their own."""
    out = [] if any(a.startswith("--seeds") for a in posargs) else ["--seeds", "auto"]
    given = any(a.startswith("--claims-report") for a in posargs)
    return out + ([] if given else [f"--claims-report={folder}/{setup}.json"])


@nox.session(python=PYTHON)
@nox.parametrize("setup", SETUPS)
def brownlee(session: nox.Session, setup: str) -> None:
    """Decide Brownlee's claims on one setup, the long B6 included (``--long``): the report
    docs/results/brownlee/<setup>.json. B6 trains 500,000 steps a seed: minutes a seed on
    TensorFlow, about twenty on PyTorch."""
    env = _install(session, setup)
    args = _defaults(setup, session.posargs, "docs/results/brownlee")
    session.run("pytest", "-n", "auto", "--long", "tests/test_brownlee_claims.py", *args, *session.posargs, env=env)


@nox.session(python=PYTHON)
@nox.parametrize("setup", SETUPS)
def calibrate(session: nox.Session, setup: str) -> None:
    """Calibrate one setup over the seeds given after ``--`` (``--seeds 0-24 --out FILE``): one
    shard of a calibration that ``python -m lstm_behaviour merge`` joins (.github/workflows/calibrate.yml)."""
    env = _install(session, setup)
    session.run("python", "-m", "lstm_behaviour", "calibrate", *session.posargs, env=env)


@nox.session(python=PYTHON)
@nox.parametrize("setup", SETUPS)
def benchmarks(session: nox.Session, setup: str) -> None:
    """Run the benchmarks serially on one setup and save the run as <setup>."""
    env = _install(session, setup)
    Path("docs/benchmarks").mkdir(parents=True, exist_ok=True)
    session.run(
        "pytest", "-p", "no:xdist", "--benchmark-only", "benchmarks",
        f"--benchmark-save={setup}", f"--benchmark-json=docs/benchmarks/{setup}.json", *session.posargs, env=env,
    )  # fmt: skip


def _setup_error(setup: str, stage: str, message: str) -> None:
    """Write the report of a setup that did not install or import (lstm_behaviour.reports.claims_report)."""
    from lstm_behaviour.files import write_json
    from lstm_behaviour.reports.claims_report import setup_error_report

    write_json(f"docs/results/{setup}.json", setup_error_report(setup, stage, message))


@nox.session(python=PYTHON)
@nox.parametrize("setup", NIGHTLY)
def canary(session: nox.Session, setup: str) -> None:
    """Run the claims on a nightly build; record a build that does not install or import."""
    arguments, env = _MATRIX[setup].install, _MATRIX[setup].env
    python = str(Path(session.bin) / "python")
    process_env = {**os.environ, **{k: v for k, v in session.env.items() if v is not None}, **env}
    process_env["PATH"] = os.pathsep.join([session.bin, os.environ.get("PATH", "")])
    for stage, command in (
        ("install", [python, "-m", "pip", "install", "--quiet", *arguments]),
        ("import", [python, "-c", "from lstm_behaviour.engine.compat import versions; print(versions())"]),
    ):
        done = subprocess.run(command, capture_output=True, text=True, env=process_env)
        if done.returncode != 0:
            _setup_error(setup, stage, done.stderr or done.stdout)
            session.warn(f"{setup} did not {stage}: docs/results/{setup}.json records the error")
            return
        session.log(done.stdout.strip()[-300:])
    session.run(
        "pytest", "-n", "auto", *_defaults(setup, session.posargs), *session.posargs, env=env, success_codes=[0, 1]
    )  # failing claims of a nightly build are news, not a broken session


# docs/mutation/results.json from the TensorFlow run (mutants/) and the backends' runs (.mutation/),
# keeping a module's earlier statuses where this run did not mutate it and its source is unchanged,
# then every generated document (docs/mutation.md among them), so the checkout stays consistent
COLLECT = (
    "from lstm_behaviour.files import write_json; from tools.mutation_md import BACKEND_RUNS, collect; "
    "from tools.generated_docs import write_docs; "
    "import os; from lstm_behaviour.files import read_json; p = 'docs/mutation/results.json'; "
    "previous = read_json(p, 'mutation results') if os.path.exists(p) else None; "
    "write_json(p, collect(backends={b: f'.mutation/{b}' for b in BACKEND_RUNS}, previous=previous)); "
    "write_docs()"
)


def _mutants_folder(root: Path) -> None:
    """mutmut's folder under ``root``, with the .ci folder its also_copy needs (it copies .ci/run,
    not the folder holding it)."""
    Path(root, "mutants", ".ci").mkdir(parents=True, exist_ok=True)


@nox.session(python=PYTHON)
def mutation(session: nox.Session) -> None:
    """Mutation testing ([tool.mutmut] in pyproject.toml): the untrained tests against every mutant,
    then the trained claims against each survivor not explained in docs/mutation/equivalent.json;
    writes docs/mutation/results.json and regenerates the docs. A stopped run resumes."""
    session.install("-c", "constraints/tf-2.21.txt", "-e", ".[tensorflow,test]", "mutmut==3.8.1")
    _mutants_folder(Path("."))
    session.run("mutmut", "run", "--max-children", "2", *session.posargs)
    session.run(
        "python", "-c",
        "from lstm_behaviour.files import read_json; from tools.mutation_md import trained_stage; "
        "trained_stage('mutants', read_json('docs/mutation/equivalent.json', 'a map of mutant -> reason'))",
    )  # fmt: skip
    session.run("python", "-c", COLLECT)


@nox.session(python=PYTHON)
@nox.parametrize("backend", ["jax", "torch", "jax-patched"])
def mutation_backend(session: nox.Session, backend: str) -> None:
    """The JAX or torch code of fast_loops, which the TensorFlow run cannot reach: mutmut in a copy
    of the checkout's tracked files (.mutation/<backend>/; each run tests all of that backend's
    mutants again, or the ones named after --) with that backend's untrained tests; then
    docs/mutation/results.json and the docs again, with this run's verdicts (after nox -s mutation).
    jax-patched: the JAX loop under the candidate patch, the one Keras that lists an RNN's state
    among the model's variables, whose branch of the loop only it reaches (after the jax run)."""
    env = _install(session, backend)
    session.install("mutmut==3.8.1")
    root = Path(".mutation", backend).resolve()
    for entry in root.iterdir() if root.is_dir() else []:  # mutmut's own folder stays; the rest is copied anew
        if entry.is_dir() and entry.name != "mutants":
            shutil.rmtree(entry)
        elif not entry.is_dir():
            entry.unlink()
    tracked = subprocess.run(["git", "ls-files", "-z"], capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(Path.is_file, map(Path, filter(None, tracked))):
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(name, target)
    _mutants_folder(root)
    with session.chdir(root):
        mutants = session.posargs or [f"lstm_behaviour.engine.fast_loops.x_{backend.split('-')[0]}_loop*"]
        session.run("mutmut", "run", "--max-children", "2", *mutants, env=env)
    session.run("python", "-c", COLLECT)


@nox.session(python=PYTHON, venv_backend="none")
@nox.parametrize("setup", NIGHTLY)
def speed(session: nox.Session, setup: str) -> None:
    """A nightly's train and predict times against its release (setups.toml ``release``), decided
    per row by ``compare``: data/comparisons/<setup>-speed.json. Needs the nightly's canary
    environment (nox -s "canary(setup=...)" first); installs the release's claims environment."""
    release = _MATRIX[setup].release
    session.run(sys.executable, "-m", "nox", "--install-only", "-s", f"claims(setup='{release}')", external=True)
    out = f"data/comparisons/{setup}-speed.json"
    session.run(sys.executable, "-m", "lstm_behaviour", "compare", release, setup, "--out", out, *session.posargs)


@nox.session(python=PYTHON)
def planted(session: nox.Session) -> None:
    """The planted bugs (tests/planted_bugs.py), each in a copy of the checkout against the untrained
    tests, afresh; fails naming any bug they did not catch; writes docs/mutation/planted.json
    (``-- --only KEY ...`` for some)."""
    session.install("-c", "constraints/tf-2.21.txt", "-e", ".[tensorflow,test]")
    session.run("python", "tests/planted_bugs.py", *session.posargs, env={"TF_ENABLE_ONEDNN_OPTS": "0"})
    session.run("python", "-m", "lstm_behaviour", "docs")


@nox.session(python=PYTHON)
def upstream_versions(session: nox.Session) -> None:
    """The JAX state finding over Keras's releases (tools/keras_versions.py):
    data/upstream/jax-keras-versions.json, then the docs; a stopped run resumes (``-- REQUIREMENT
    ...`` for some versions)."""
    session.install("-c", "constraints/jax.txt", "-e", ".[jax,test]")
    out = "data/upstream/jax-keras-versions.json"
    session.run("python", "-m", "tools.keras_versions", out, *session.posargs)
    # the releases whose reproductions did not run on this jax: again with a jax and numpy of their time
    from lstm_behaviour.files import read_json
    from tools.keras_versions import did_not_run

    again = did_not_run(read_json(out, "a Keras version sweep"))
    if again:
        older = "data/upstream/jax-0.4.30-keras-versions.json"
        session.run(
            "python", "-m", "tools.keras_versions", older, "--jax", "0.4.30", "--numpy", "1.26.4", *again
        )  # fmt: skip
    session.run("python", "-m", "lstm_behaviour", "docs")


@nox.session(python=PYTHON, venv_backend="none")
def keras_own_tests(session: nox.Session) -> None:
    """Keras's own tests of the recurrent layers, saving and the trainers, with Keras 3.15.1 as
    released and with the candidate patch, on TensorFlow, JAX and torch
    (tools/keras_patch.py): data/upstream/keras-own-tests.json, then the docs.
    Uses the claims environments of tf-2.21, jax and torch (installed first if missing)."""
    pythons = {}
    for backend, setup in (("tensorflow", "tf-2.21"), ("jax", "jax"), ("torch", "torch")):
        session.run(sys.executable, "-m", "nox", "--install-only", "-s", f"claims(setup='{setup}')", external=True)
        pythons[backend] = str(
            Path(".nox", "claims-setup-" + setup.replace(".", "-"), "bin", "python").absolute()
        )  # not resolved: the link is the environment
    out = "data/upstream/keras-own-tests.json"
    session.run(
        sys.executable, "-m", "tools.keras_patch", out, *(f"{b}={p}" for b, p in pythons.items())
    )  # fmt: skip
    session.run(sys.executable, "-m", "lstm_behaviour", "docs")


@nox.session(python=PYTHON)
def compare(session: nox.Session) -> None:
    """Put the saved benchmark runs side by side, by median."""
    session.install("pytest-benchmark>=5.3")
    session.run(
        "pytest-benchmark",
        "compare",
        "--between=median",
        "--sort=name",
        *(session.posargs or ["docs/benchmarks/*.json"]),
    )
