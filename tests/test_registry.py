"""The claim registry, the tests that carry its ids, and the generated docs stay in step."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from lstm_behaviour.spec.claims import CLAIMS
from tools.generated_docs import ROOT, generated_docs

TESTS = Path(__file__).resolve().parent
_ID = re.compile("|".join(re.escape(i) for i in sorted(CLAIMS, key=len, reverse=True)))


def _claim_tests():
    """(path, function node, claim id) for every test function with ``@pytest.mark.claim("<id>")``."""
    for path in sorted(TESTS.glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef):
                for deco in node.decorator_list:
                    if (
                        isinstance(deco, ast.Call)
                        and getattr(deco.func, "attr", None) == "claim"
                        and deco.args
                        and isinstance(deco.args[0], ast.Constant)
                    ):
                        yield path, node, deco.args[0].value


def test_every_claim_has_a_test():
    marks = Counter(claim_id for _, _, claim_id in _claim_tests())
    missing = sorted(set(CLAIMS) - set(marks))
    unknown = sorted(set(marks) - set(CLAIMS))
    assert not missing and not unknown, f"claims without a test: {missing}; tests of unknown claims: {unknown}"


def test_each_claim_has_exactly_one_test():
    marks = Counter(claim_id for _, _, claim_id in _claim_tests())
    repeated = {c: n for c, n in marks.items() if n != 1}
    assert not repeated, f"a claim must be checked by exactly one (parametrised) test: {repeated}"


def test_claim_id_is_written_once_in_the_marker():
    """A claim test's body names no claim id: it reads its claim from the marker (``claim`` or
    ``claim_over_seeds`` fixture), so the marker and the claim it checks cannot disagree."""
    written = []
    for path, node, claim_id in _claim_tests():
        for sub in node.body:
            for const in ast.walk(sub):
                if isinstance(const, ast.Constant) and isinstance(const.value, str) and _ID.search(const.value):
                    written.append(f"{path.name}::{node.name} (marker {claim_id}) writes {const.value[:60]!r}")
    assert not written, "claim ids written in test bodies:\n" + "\n".join(written)


def test_trained_claim_tests_check_their_marked_claim():
    """Every trained claim's test asks ``claim_over_seeds`` for the marked claim's verdict."""
    wrong = [
        f"{path.name}::{node.name}"
        for path, node, claim_id in _claim_tests()
        if CLAIMS[claim_id].trained and "claim_over_seeds" not in [a.arg for a in node.args.args]
    ]
    assert not wrong, f"trained claim tests that do not use claim_over_seeds: {wrong}"


def test_every_assert_of_a_claim_test_has_a_message():
    bare = [
        f"{path.name}:{a.lineno}"
        for path, node, _ in _claim_tests()
        for a in ast.walk(node)
        if isinstance(a, ast.Assert) and a.msg is None
    ]
    assert not bare, f"asserts that check a claim without a message: {bare}"


def test_registry_ids_are_well_formed():
    bad = [i for i, c in CLAIMS.items() if not re.fullmatch(r"[A-Z][0-9]?\.[a-z0-9-]+", i) or c.id != i]
    assert not bad, f"claim ids must read like E1.stateful-reverse-fails: {bad}"


RENDERERS = [
    "lstm_behaviour.reports.claims_md",
    "lstm_behaviour.reports.calibration_md",
    "lstm_behaviour.reports.findings_md",
    "lstm_behaviour.reports.results_md",
    "lstm_behaviour.reports.badge",
    "lstm_behaviour.reports.benchmarks_md",
    "lstm_behaviour.reports.tables",
    "tools.generated_docs",
    "lstm_behaviour.articles.brownlee.summary",
    "lstm_behaviour.reports.claims_report",
    "lstm_behaviour.reports.report_checks",
    "lstm_behaviour.reports.merge",
    "lstm_behaviour.stats.thresholds",
    "lstm_behaviour.stats.binomial",
    "lstm_behaviour.stats.verdicts",
    "lstm_behaviour.spec.known_failures",
    "lstm_behaviour.spec.setups",
    "lstm_behaviour.cli",
]


def test_rendering_imports_no_tensorflow():
    """Rendering a document, validating a report or parsing the CLI never loads TensorFlow."""
    code = (
        "import sys\n"
        f"for name in {RENDERERS!r}:\n"
        "    __import__(name)\n"
        "    loaded = [m for m in ('tensorflow', 'keras', 'tf_keras') if m in sys.modules]\n"
        "    assert not loaded, f'{name} imports {loaded}'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-500:]


def test_generated_docs_are_up_to_date():
    """Every generated document equals what ``python -m tools.generated_docs`` writes (rendered
    once, here, not at collection: each xdist worker collects this module)."""
    stale = [
        str(path.relative_to(ROOT))
        for path, expected in sorted(generated_docs().items())
        if (path.read_text(encoding="utf-8") if path.exists() else "") != expected
    ]
    assert not stale, f"stale generated docs {stale}: run `python -m tools.generated_docs`"


def test_docs_write_the_numbers_and_the_documents_together_or_nothing(monkeypatch):
    """New calibrated numbers are written with the documents, not before them: a rendering that
    fails leaves calibrated.json as it was (and the numbers are no longer pending)."""
    import sys

    from lstm_behaviour.spec import calibrated
    from tools import generated_docs as g

    before = g.CALIBRATED.read_bytes()
    monkeypatch.delitem(sys.modules, "lstm_behaviour.spec.claims")
    monkeypatch.setattr(g, "calibrated_numbers", lambda sets: before.decode() + " ")
    seen = []

    def failing(sets, numbers, others=None):
        seen.append(calibrated.PENDING)
        raise RuntimeError("a template broke")

    monkeypatch.setattr(g, "generated_docs", failing)
    with pytest.raises(RuntimeError, match="a template broke"):
        g.write_docs()
    assert seen == [{g.CALIBRATED: before.decode() + " "}] and calibrated.PENDING == {}
    assert g.CALIBRATED.read_bytes() == before
