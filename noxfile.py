"""The setup matrix: claims and benchmarks per TensorFlow setup (``nox -l`` lists them).

- ``claims(tf=...)``: ``pytest -n auto`` on that setup, writing its claims report to
  ``docs/results/tf-<setup>.json`` (extra pytest arguments after ``--``; a ``--claims-report``
  there replaces that path).
- ``benchmarks(tf=...)``: the serial benchmark run, saved as ``tf-<setup>`` and written to
  ``docs/benchmarks/tf-<setup>.json``.
- ``compare``: the saved runs side by side (pytest-benchmark compare).

Every setup fixes TensorFlow's oneDNN mode (``TF_ENABLE_ONEDNN_OPTS``), so a report does not
depend on the CPU it ran on: oneDNN off, except ``2.21-onednn-on``, the same TensorFlow with
oneDNN on (results compare only within a mode: docs/findings.md). ``2.21-tf-keras`` is
TensorFlow 2.21 with Keras 2 from ``tf-keras`` (``TF_USE_LEGACY_KERAS=1``). Every TensorFlow
here supports Python 3.11, the Python this project is tested on.
"""

from __future__ import annotations

from pathlib import Path

import nox

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["claims"]

OFF = {"TF_ENABLE_ONEDNN_OPTS": "0"}

# setup id -> (pip requirements, extra environment)
TENSORFLOW = {
    "2.13": (["tensorflow==2.13.*"], OFF),
    "2.15": (["tensorflow==2.15.*"], OFF),
    "2.16": (["tensorflow==2.16.*"], OFF),
    "2.17": (["tensorflow==2.17.*"], OFF),
    "2.18": (["tensorflow==2.18.*"], OFF),
    "2.19": (["tensorflow==2.19.*"], OFF),
    "2.20": (["tensorflow==2.20.*"], OFF),
    "2.21": (["tensorflow==2.21.*"], OFF),
    "2.21-onednn-on": (["tensorflow==2.21.*"], {"TF_ENABLE_ONEDNN_OPTS": "1"}),
    "2.21-tf-keras": (["tensorflow==2.21.*", "tf-keras==2.21.*"], {**OFF, "TF_USE_LEGACY_KERAS": "1"}),
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
    report = (
        []
        if any(a.startswith("--claims-report") for a in session.posargs)
        else [f"--claims-report=docs/results/tf-{tf}.json"]
    )
    session.run("pytest", "-n", "auto", *report, *session.posargs, env=env)


@nox.session(python=PYTHON)
@nox.parametrize("tf", list(TENSORFLOW))
def benchmarks(session: nox.Session, tf: str) -> None:
    """Run the benchmarks serially on one TensorFlow and save the run as tf-<version>."""
    env = _install(session, tf)
    Path("docs/benchmarks").mkdir(parents=True, exist_ok=True)
    session.run(
        "pytest",
        "-p",
        "no:xdist",
        "--benchmark-only",
        "benchmarks",
        f"--benchmark-save=tf-{tf}",
        f"--benchmark-json=docs/benchmarks/tf-{tf}.json",
        *session.posargs,
        env=env,
    )


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
