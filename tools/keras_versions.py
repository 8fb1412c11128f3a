"""The JAX state finding over Keras's releases, for docs/upstream/jax-stateful-state.md.

``nox -s upstream_versions`` runs :func:`sweep` in one environment made from constraints/jax.txt;
per Keras version (``VERSIONS``: the last patch of every minor release of Keras 3, then the
nightly) it installs that Keras with what it depends on, jax, jaxlib and numpy held at the
environment's versions (``FIXED``), then runs, with ``KERAS_BACKEND=jax``:

- the page's plain-Keras reproductions (``spec.reproductions.UPSTREAM``), each line of theirs
  read as ``what: ... expected E, got G``;
- the suite's state-mechanics claims (tests/test_state_mechanics.py, untrained) with a claims
  report, of which each claim's status is kept (where none ran, the suite's first error).

A version that does not install, import or run keeps the last line of its error. The results go
to ``data/upstream/jax-keras-versions.json``, written whole after each version; a stopped sweep
resumes where it stopped. The environment's Keras is put back to the pinned one at the end.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

__all__ = ["FIXED", "FORMAT", "LINE", "VERSIONS", "did_not_run", "parse_lines", "sweep"]

FORMAT = "lstm-behaviour keras-versions 1"
#: the last patch of each minor release of Keras 3 on PyPI (2026-12-06), oldest first, then the nightly
VERSIONS = (
    "keras==3.0.5", "keras==3.1.1", "keras==3.2.1", "keras==3.3.3", "keras==3.4.1", "keras==3.5.0",
    "keras==3.6.0", "keras==3.7.0", "keras==3.8.0", "keras==3.9.2", "keras==3.10.0", "keras==3.11.3",
    "keras==3.12.4", "keras==3.13.2", "keras==3.14.1", "keras==3.15.1", "keras-nightly==3.16.0.dev2026102704",
)  # fmt: skip
PINNED = "keras==3.15.1"
#: a line of a reproduction: ``<backend>, <what>: ... expected <E>, got <G>``
LINE = re.compile(r"^(?P<backend>\w+), (?P<what>[^:]+): .*expected (?P<expected>.+), got (?P<got>.+)$")
_ROOT = Path(__file__).resolve().parents[1]


def parse_lines(text: str) -> dict[str, dict[str, str]]:
    """A reproduction's printed lines: ``{what: {"expected": E, "got": G}}``."""
    out = {}
    for line in text.splitlines():
        found = LINE.match(line.strip())
        if found:
            out[found["what"]] = {"expected": found["expected"], "got": found["got"]}
    return out


def _last_line(done: subprocess.CompletedProcess) -> str:
    lines = (done.stderr or done.stdout or "").strip().splitlines()
    return lines[-1][:300] if lines else f"exit {done.returncode}, no output"


def _run(command: Sequence[str], env: dict, timeout: int = 900) -> subprocess.CompletedProcess:
    return subprocess.run(list(command), capture_output=True, text=True, env=env, timeout=timeout, cwd=_ROOT)


#: the packages that stay as the environment has them while Keras changes
FIXED = ("jax", "jaxlib", "numpy")


def _fixed() -> list[str]:
    """The environment's own versions of ``FIXED``, as requirements (read once, before any change)."""
    from importlib.metadata import version

    return [f"{name}=={version(name)}" for name in FIXED]


def _install(python: str, requirement: str, env: dict, fixed: Sequence[str]) -> str | None:
    """Install ``requirement`` in place of whatever Keras is there, with the dependencies it needs
    (an old Keras needs dm-tree, a newer one optree) and ``fixed`` held; the error line, or None."""
    for other in ("keras", "keras-nightly"):
        _run([python, "-m", "pip", "uninstall", "--yes", "--quiet", other], env)
    done = _run([python, "-m", "pip", "install", "--quiet", requirement, *fixed], env)
    return None if done.returncode == 0 else _last_line(done)


def _one(python: str, requirement: str, env: dict, fixed: Sequence[str]) -> dict:
    from lstm_behaviour.spec.reproductions import UPSTREAM

    record: dict = {"requirement": requirement}
    problem = _install(python, requirement, env, fixed)
    if problem:
        return {**record, "error": f"install: {problem}"}
    done = _run(
        [python, "-c", "import keras, jax, numpy; print(keras.__version__, jax.__version__, numpy.__version__)"], env
    )
    if done.returncode != 0:
        return {**record, "error": f"import: {_last_line(done)}"}
    record.update(zip(("keras", "jax", "numpy"), done.stdout.split()))
    record["reproductions"] = {}
    for reproduction in UPSTREAM:
        done = reproduction.run(python, env)
        lines = parse_lines(done.stdout)
        printed = [line for line in done.stdout.splitlines() if LINE.match(line.strip())]
        ok = done.returncode == 0 and lines
        record["reproductions"][reproduction.title] = (
            {"lines": lines, "printed": printed} if ok else {"error": _last_line(done)}
        )
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder, "report.json")
        done = _run(
            [python, "-m", "pytest", "-p", "no:xdist", "-q", "-m", "not trained", "-p", "no:cacheprovider",
             "tests/test_state_mechanics.py", f"--claims-report={report}"],
            env,
        )  # fmt: skip
        claims = json.loads(report.read_text(encoding="utf-8"))["claims"] if report.is_file() else {}
        statuses = {claim: entry["status"] for claim, entry in sorted(claims.items()) if entry["status"] != "not run"}
        if statuses:
            record["claims"] = statuses
            record["pytest_exit"] = done.returncode
        else:  # nothing ran: the suite does not run on this Keras; its first error says why
            errors = [line for line in done.stdout.splitlines() if line.startswith(("E ", "ERROR"))]
            record["claims"] = {"error": (errors[0] if errors else _last_line(done))[:300]}
    return record


def did_not_run(data: dict) -> list[str]:
    """The requirements of a sweep whose Keras did not install or import, or whose reproductions
    did not run."""
    return [
        v["requirement"]
        for v in data["versions"]
        if "error" in v or any("error" in r for r in v.get("reproductions", {}).values())
    ]


def sweep(
    python: str,
    out: str | os.PathLike,
    versions: Sequence[str] = VERSIONS,
    progress: Callable[[str], None] = print,
    jax: str | None = None,
    numpy: str | None = None,
) -> dict:
    """Each version's record (above), written to ``out`` after each; versions recorded already are
    kept. ``jax``, ``numpy``: hold jax and jaxlib, numpy at these versions instead of the
    environment's (an older Keras may not run with today's jax). Ends with the environment as it
    was: its Keras, jax and numpy."""
    from lstm_behaviour.files import existing_json, write_json

    env = {**os.environ, "KERAS_BACKEND": "jax", "TF_CPP_MIN_LOG_LEVEL": "2", "PYTHONPATH": str(_ROOT)}
    found, data = existing_json(out, "a Keras version sweep")
    if found and not (isinstance(data, dict) and data.get("format") == FORMAT):
        raise ValueError(f"{out}: exists and is not a Keras version sweep ({FORMAT}); choose another path")
    own = _fixed()
    held = {"jax": jax, "jaxlib": jax, "numpy": numpy}
    fixed = [f"{name}=={held[name]}" if held[name] else pin for name, pin in zip(FIXED, own)]
    if not found:
        data = {"format": FORMAT, "backend": "jax", "fixed": fixed, "versions": []}
    if data.get("fixed") != fixed:
        raise ValueError(f"{out}: a sweep with {', '.join(data.get('fixed') or [])} held; choose another path")
    done = {v["requirement"] for v in data["versions"]}
    try:
        for requirement in versions:
            if requirement in done:
                continue
            progress(f"{requirement} ...")
            data["versions"].append(_one(python, requirement, env, fixed))
            write_json(out, data)
            progress(json.dumps(data["versions"][-1])[:300])
    finally:
        _install(python, PINNED, env, own)
    return data


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(prog="python -m tools.keras_versions")
    parser.add_argument("out", help="the sweep's JSON (given again: resumed)")
    parser.add_argument("requirements", nargs="*", default=list(VERSIONS), help="Keras requirements (default VERSIONS)")
    parser.add_argument("--jax", help="hold jax and jaxlib at this version (default: the environment's)")
    parser.add_argument("--numpy", help="hold numpy at this version (default: the environment's)")
    args = parser.parse_intermixed_args()  # requirements after the options too
    sweep(sys.executable, args.out, args.requirements or VERSIONS, jax=args.jax, numpy=args.numpy)
