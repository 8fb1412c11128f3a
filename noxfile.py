"""The TensorFlow matrix: claims and benchmarks per TensorFlow version (``nox -l`` lists them).

- ``claims(tf=...)``: ``pytest -n auto`` on that TensorFlow, writing its claims report to
  ``docs/results/tf-<version>.json`` (extra pytest arguments after ``--``; a ``--claims-report``
  there replaces that path).
- ``benchmarks(tf=...)``: the serial benchmark run, saved as ``tf-<version>`` and written to
  ``docs/benchmarks/tf-<version>.json``.
- ``compare``: the saved runs side by side (pytest-benchmark compare).

``2.21-tf-keras`` is TensorFlow 2.21 with Keras 2 from ``tf-keras`` (``TF_USE_LEGACY_KERAS=1``).
Every TensorFlow here supports Python 3.11, the Python this project is tested on.
"""

from __future__ import annotations

from pathlib import Path

import nox

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["claims"]

# version id -> (pip requirements, extra environment)
TENSORFLOW = {
    "2.13": (["tensorflow==2.13.*"], {}),
    "2.15": (["tensorflow==2.15.*"], {}),
    "2.16": (["tensorflow==2.16.*"], {}),
    "2.17": (["tensorflow==2.17.*"], {}),
    "2.18": (["tensorflow==2.18.*"], {}),
    "2.19": (["tensorflow==2.19.*"], {}),
    "2.20": (["tensorflow==2.20.*"], {}),
    "2.21": (["tensorflow==2.21.*"], {}),
    "2.21-tf-keras": (["tensorflow==2.21.*", "tf-keras==2.21.*"], {"TF_USE_LEGACY_KERAS": "1"}),
}
PYTHON = "3.11"


def _install(session: nox.Session, tf: str) -> dict:
    requirements, env = TENSORFLOW[tf]
    session.install(*requirements, "-e", ".[test]")
    session.run("python", "-c", "from lstm_behaviour.compat import versions; print(versions())", env=env)
    return env


@nox.session(python=PYTHON)
@nox.parametrize("tf", list(TENSORFLOW))
def claims(session: nox.Session, tf: str) -> None:
    """Run the claims (pytest -n auto) on one TensorFlow."""
    env = _install(session, tf)
    report = [] if any(a.startswith("--claims-report") for a in session.posargs) else [
        f"--claims-report=docs/results/tf-{tf}.json"]
    session.run("pytest", "-n", "auto", *report, *session.posargs, env=env)


@nox.session(python=PYTHON)
@nox.parametrize("tf", list(TENSORFLOW))
def benchmarks(session: nox.Session, tf: str) -> None:
    """Run the benchmarks serially on one TensorFlow and save the run as tf-<version>."""
    env = _install(session, tf)
    Path("docs/benchmarks").mkdir(parents=True, exist_ok=True)
    session.run(
        "pytest", "-p", "no:xdist", "--benchmark-only", "benchmarks",
        f"--benchmark-save=tf-{tf}", f"--benchmark-json=docs/benchmarks/tf-{tf}.json", *session.posargs, env=env,
    )


@nox.session(python=PYTHON)
def compare(session: nox.Session) -> None:
    """Put the saved benchmark runs side by side, by median."""
    session.install("pytest-benchmark>=5.3")
    session.run("pytest-benchmark", "compare", "--between=median", "--sort=name",
                *(session.posargs or ["docs/benchmarks/*.json"]))
