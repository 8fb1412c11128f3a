"""The setups of the nox matrix, read from noxfile.py without importing nox (for the tests)."""

from __future__ import annotations

import ast
from pathlib import Path

NOXFILE = Path(__file__).resolve().parent.parent / "noxfile.py"


def _keys(name: str) -> list[str]:
    for node in ast.walk(ast.parse(NOXFILE.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return [key.value for key in node.value.keys]
    raise AssertionError(f"noxfile.py must define {name} as a dict literal")


def nox_setups() -> list[str]:
    """The keys of noxfile.py's ``SETUPS`` dict: one claims and one benchmarks session each."""
    return _keys("SETUPS")


def nightly_setups() -> list[str]:
    """The keys of noxfile.py's ``NIGHTLY`` dict: one canary session each."""
    return _keys("NIGHTLY")
