"""The claim registry, the tests that carry its ids, and the generated docs stay in step."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

from lstm_behaviour.claims import CLAIMS
from lstm_behaviour.docs import ROOT, generated_docs

TESTS = Path(__file__).resolve().parent


def _claim_marks() -> Counter:
    """Count the test functions carrying ``@pytest.mark.claim("<id>")``, per id."""
    found: Counter = Counter()
    for path in TESTS.glob("test_*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef):
                for deco in node.decorator_list:
                    if (isinstance(deco, ast.Call) and getattr(deco.func, "attr", None) == "claim"
                            and deco.args and isinstance(deco.args[0], ast.Constant)):
                        found[deco.args[0].value] += 1
    return found


def test_every_claim_has_a_test():
    marks = _claim_marks()
    missing = sorted(set(CLAIMS) - set(marks))
    unknown = sorted(set(marks) - set(CLAIMS))
    assert not missing and not unknown, f"claims without a test: {missing}; tests of unknown claims: {unknown}"


def test_each_claim_has_exactly_one_test():
    marks = _claim_marks()
    repeated = {c: n for c, n in marks.items() if n != 1}
    assert not repeated, f"a claim must be checked by exactly one (parametrised) test: {repeated}"


@pytest.mark.parametrize("path", sorted(generated_docs()), ids=lambda p: str(p.relative_to(ROOT)))
def test_generated_doc_is_up_to_date(path):
    expected = generated_docs()[path]
    actual = path.read_text(encoding="utf-8") if path.exists() else ""
    assert actual == expected, f"{path.relative_to(ROOT)} is stale: run `python -m lstm_behaviour docs`"
