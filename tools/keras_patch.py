"""The candidate patch for the JAX state finding (docs/upstream/), built and put to Keras's own tests.

The patch, docs/upstream/keras-3.15.1-rnn-state.patch, is a diff against Keras 3.15.1's source
distribution: the fix (keras/src/layers/rnn/rnn.py) and a regression test in Keras's own style
(keras/src/layers/rnn/rnn_test.py). ``build(kind)`` downloads that source distribution (pip),
unpacks it under ``.nox/keras-src/`` and applies the whole patch (``patched``), only its test
(``test-only``: the regression test against Keras as released) or nothing (``plain``), then
installs the tree into a folder of its own (``pip install --target``), which goes first on
``PYTHONPATH`` so that an environment's own Keras is left as it is. The patched build's version
is ``PATCHED_VERSION`` (3.15.1+rnn.state), so a claims report names it.

``nox -s keras_own_tests`` runs ``own_tests``: on each backend (the interpreters of the
claims environments of tf-2.21, jax and torch), Keras's tests of the recurrent layers, saving and
the trainers (``TESTS``), once with the plain build and once with the patched one (each run in
its build's folder, whose wheel ships Keras's tests; without the conftest.py of Keras's
repository, which registers markers and skips multi-device tests: those are deselected here;
a test module that imports another backend's package, which Keras's own CI installs beside each
backend and these environments do not, is an error of collection on both builds alike), and the
regression test with the test-only build and with the patched one. It writes
data/upstream/keras-own-tests.json: per backend, each build's counts, every test whose outcome
differs between the two, and the regression test's outcome with and without the fix.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

__all__ = [
    "BUILDS",
    "FORMAT",
    "PATCH",
    "PATCHED_VERSION",
    "REGRESSION",
    "TESTS",
    "build",
    "junit_outcomes",
    "own_tests",
    "split_patch",
]

FORMAT = "lstm-behaviour keras-own-tests 1"
VERSION = "3.15.1"
_ROOT = Path(__file__).resolve().parents[1]
PATCH = _ROOT / "docs" / "upstream" / f"keras-{VERSION}-rnn-state.patch"
#: the patched build's version: the release's, with a local label (PEP 440) naming the patch
PATCHED_VERSION = f"{VERSION}+rnn.state"
BUILDS = ("plain", "test-only", "patched")
TESTS = ("keras/src/layers/rnn", "keras/src/saving", "keras/src/trainers")
REGRESSION = "keras/src/layers/rnn/rnn_test.py::RNNTest::test_statefulness_in_compiled_calls"
_CACHE = _ROOT / ".nox" / "keras-src"


def split_patch(text: str) -> dict[str, str]:
    """The patch's parts by the file they change: ``{path: the diff of that file}``."""
    parts: dict[str, str] = {}
    current = None
    for line in text.splitlines(keepends=True):
        if line.startswith("--- a/"):
            current = line[len("--- a/") :].strip()
            parts[current] = ""
        if current is None:
            raise ValueError(f"{PATCH.name}: expected a unified diff starting with '--- a/'; got {line[:60]!r}")
        parts[current] += line
    return parts


def _run(command, **options) -> None:
    done = subprocess.run([str(c) for c in command], capture_output=True, text=True, **options)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, command))[:200]}: {(done.stderr or done.stdout).strip()[-500:]}")


def build(kind: str, python: str = sys.executable) -> Path:
    """The folder holding Keras 3.15.1 built as ``kind`` (one of ``BUILDS``); made once."""
    if kind not in BUILDS:
        raise ValueError(f"build must be one of {', '.join(BUILDS)}; got {kind!r}")
    target = _CACHE / f"site-{kind}"
    if (target / "keras" / "__init__.py").is_file():
        return target
    _CACHE.mkdir(parents=True, exist_ok=True)
    archive = _CACHE / f"keras-{VERSION}.tar.gz"
    if not archive.is_file():
        _run([python, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:", "-d", _CACHE,
              f"keras=={VERSION}"])  # fmt: skip
    tree = _CACHE / f"tree-{kind}"
    shutil.rmtree(tree, ignore_errors=True)
    with tempfile.TemporaryDirectory(dir=_CACHE) as folder, tarfile.open(archive) as tar:
        tar.extractall(folder, filter="data")
        shutil.move(Path(folder, f"keras-{VERSION}"), tree)
    parts = split_patch(PATCH.read_text(encoding="utf-8"))
    chosen = {"plain": [], "test-only": [p for p in parts if p.endswith("_test.py")], "patched": list(parts)}[kind]
    for path in chosen:
        _run(["git", "apply", "-p1", "-"], cwd=tree, input=parts[path])
    if kind == "patched":  # a local version label, so that every report names the patched build
        version = tree / "keras" / "src" / "version.py"
        text = version.read_text(encoding="utf-8")
        if f'__version__ = "{VERSION}"' not in text:
            raise RuntimeError(f"{version}: expected __version__ = {VERSION!r}")
        version.write_text(text.replace(f'"{VERSION}"', f'"{PATCHED_VERSION}"', 1), encoding="utf-8")
    _run([python, "-m", "pip", "install", "--quiet", "--no-deps", "--target", target, tree])
    return target


def junit_outcomes(xml: str | os.PathLike) -> dict[str, str]:
    """Each test case of a JUnit XML file (pytest ``--junitxml``) and its outcome: passed,
    failed, error or skipped."""
    outcomes = {}
    for case in ElementTree.parse(xml).getroot().iter("testcase"):
        classname = case.get("classname", "")
        if "keras.src." in classname:  # named from the package, whatever folder pytest took as its root
            classname = classname[classname.find("keras.src.") :]
        name = f"{classname}::{case.get('name', '')}"
        kinds = {child.tag for child in case}
        outcome = next((k for k in ("failure", "error", "skipped") if k in kinds), "passed")
        outcomes[name] = {"failure": "failed"}.get(outcome, outcome)
    return outcomes


def _tests(python: str, backend: str, site: Path, paths) -> dict[str, str]:
    """Keras's tests under ``paths``, run from the build's own folder (its wheel ships them), so
    that each test module is imported as ``keras.src...`` from that build."""
    env = {**os.environ, "KERAS_BACKEND": backend, "PYTHONPATH": str(site), "TF_CPP_MIN_LOG_LEVEL": "2"}
    with tempfile.TemporaryDirectory() as folder:
        xml, ini = Path(folder, "junit.xml"), Path(folder, "pytest.ini")
        ini.write_text("[pytest]\n", encoding="utf-8")  # no configuration of a folder above (this checkout's)
        subprocess.run(
            [python, "-m", "pytest", "-q", "-c", ini, "--rootdir", site, "-p", "no:cacheprovider",
             "-p", "no:lstm_behaviour", "--continue-on-collection-errors", "-m", "not multi_device",
             f"--junitxml={xml}", *paths],
            cwd=site, env=env, capture_output=True, text=True, timeout=3600,
        )  # fmt: skip
        return junit_outcomes(xml) if xml.is_file() else {"(no tests ran)": "error"}


def _counts(outcomes: dict[str, str]) -> dict[str, int]:
    return {k: sum(v == k for v in outcomes.values()) for k in ("passed", "failed", "error", "skipped")}


def own_tests(pythons: dict[str, str], out: str | os.PathLike) -> dict:
    """Keras's own tests per backend (``pythons``: backend -> interpreter) on the plain and the
    patched build, and the regression test without and with the fix; written to ``out``."""
    from lstm_behaviour.files import write_json

    data: dict = {"format": FORMAT, "keras": VERSION, "tests": list(TESTS), "regression": REGRESSION, "backends": {}}
    added = "keras.src.layers.rnn.rnn_test.RNNTest::test_statefulness_in_compiled_calls"  # the patch's own test
    for backend, python in pythons.items():
        runs = {kind: _tests(python, backend, build(kind, python), TESTS) for kind in ("plain", "patched")}
        runs["patched"].pop(added, None)  # the same tests on both builds; the new one is reported below
        names = set(runs["plain"]) | set(runs["patched"])
        differ = sorted(t for t in names if runs["plain"].get(t) != runs["patched"].get(t))
        regression = {
            kind: _tests(python, backend, build(kind, python), [REGRESSION]) for kind in ("test-only", "patched")
        }
        data["backends"][backend] = {
            "counts": {kind: _counts(r) for kind, r in runs.items()},
            "differ": {t: {k: runs[k].get(t, "absent") for k in runs} for t in differ},
            "regression": {kind: next(iter(r.values()), "absent") for kind, r in regression.items()},
        }
        write_json(out, data)
        print(backend, data["backends"][backend]["counts"], len(differ), data["backends"][backend]["regression"])
    return data


if __name__ == "__main__":
    own_tests(dict(arg.split("=", 1) for arg in sys.argv[2:]), sys.argv[1])
