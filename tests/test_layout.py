"""The package's layers: imports only go down, every module is on its layer's map, the reports and
the registry load no backend, and the public API resolves (no TensorFlow needed)."""

from __future__ import annotations

import ast
import functools
import subprocess
import sys
from pathlib import Path

import pytest

import lstm_behaviour

PACKAGE = Path(lstm_behaviour.__file__).resolve().parent

# layer -> the layers its modules may import from (their own included)
ALLOWED = {
    "files": {"files"},
    "engine": {"files", "engine"},
    "stats": {"stats"},
    "spec": {"files", "engine", "stats", "spec"},
    "articles": {"files", "engine", "stats", "spec", "reports", "articles"},
    "reports": {"files", "engine", "stats", "spec", "reports"},
    "pytest_plugin": {"files", "engine", "stats", "spec", "reports", "pytest_report"},
    "pytest_report": {"files", "engine", "stats", "spec", "reports"},
    "cli": {"files", "engine", "stats", "spec", "articles", "reports", "compare", "cli"},
    "compare": {"files", "engine", "stats", "spec", "reports"},
    "__main__": {"cli"},
    "__init__": set(),  # its public names are imported by name, on first use
}
#: the engine modules a report may use: the alphabet and its windows (NumPy only), the names of
#: the environment's settings and the backends' facts (no backend is imported there)
REPORTS_FROM_ENGINE = {"engine.data", "engine.environment", "engine.backends"}
#: modules longer than about 400 lines, and why they may be
LONG: dict[str, str] = {}
BACKENDS = ("tensorflow", "keras", "tf_keras", "jax", "torch")


@functools.cache
def modules() -> dict[str, Path]:
    """Every module of the package by its dotted name below ``lstm_behaviour``."""
    return {
        ".".join(p.relative_to(PACKAGE).with_suffix("").parts): p
        for p in sorted(PACKAGE.rglob("*.py"))
        if "schemas" not in p.parts
    }


def layer(name: str) -> str:
    return name.split(".")[0]


def imported(name: str, path: Path) -> set[str]:
    """The package modules ``name`` imports, at the top or inside a function, as dotted names."""
    package = name.split(".")[:-1]  # a module's package (an __init__ is its own package's)
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                target = [*base, *(node.module.split(".") if node.module else [])]
            elif node.module and node.module.split(".")[0] == "lstm_behaviour":
                target = node.module.split(".")[1:]
            else:
                continue
            for alias in node.names:
                dotted = ".".join([*target, alias.name])
                found.add(dotted if dotted in modules() else ".".join(target))
        elif isinstance(node, ast.Import):
            found.update(a.name.split(".", 1)[1] for a in node.names if a.name.startswith("lstm_behaviour."))
    return {f for f in found if f}


def test_the_imports_only_go_down_the_layers():
    wrong = []
    for name, path in modules().items():
        for target in imported(name, path):
            if layer(target) not in ALLOWED[layer(name)]:
                wrong.append(f"{name} imports {target}")
            elif layer(name) == "reports" and layer(target) == "engine" and target not in REPORTS_FROM_ENGINE:
                wrong.append(f"{name} imports {target} (a report uses the engine's data only)")
    assert not wrong, "imports against the layers (lstm_behaviour/__init__.py):\n" + "\n".join(wrong)


def test_the_import_reader_sees_relative_and_lazy_imports(tmp_path):
    """The check above can fail: an engine module importing the spec inside a function is found."""
    path = tmp_path / "m.py"
    path.write_text("def f():\n    from ..spec.claims import CLAIMS\n    from . import compat\n", encoding="utf-8")
    assert imported("engine.m", path) == {"spec.claims", "engine.compat"}


def test_every_module_is_on_its_subpackages_map():
    """The subpackages' docstrings are the map of the code (the README points there): each names
    every module it holds."""
    missing = []
    for name in modules():
        parts = name.split(".")
        if len(parts) == 2 and parts[1] != "__init__":
            doc = ast.get_docstring(ast.parse((PACKAGE / parts[0] / "__init__.py").read_text(encoding="utf-8")))
            if f"``{parts[1]}``" not in (doc or ""):
                missing.append(name)
    assert not missing, f"modules their subpackage's docstring does not name: {missing}"
    top = ast.get_docstring(ast.parse((PACKAGE / "__init__.py").read_text(encoding="utf-8")))
    assert all(f"``{lay}``" in top for lay in ALLOWED if not lay.startswith("__")), "a layer missing from the map"


def test_no_module_is_long_unless_it_is_data():
    long = {
        str(p.relative_to(PACKAGE)): n
        for p in modules().values()
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 420
    }
    assert set(long) <= set(LONG), f"modules over about 400 lines: {long}"


@pytest.mark.parametrize("group", ["stats", "spec", "reports", "lstm_behaviour"])
def test_the_registry_the_statistics_and_the_reports_load_no_backend(group):
    """Importing them (and the package's public names, unused) leaves every backend unloaded."""
    names = [n for n in modules() if layer(n) == group] if group != "lstm_behaviour" else []
    code = (
        "import importlib, sys, lstm_behaviour\n"
        f"for m in {names!r}: importlib.import_module('lstm_behaviour.' + m)\n"
        f"print(sorted(b for b in {BACKENDS!r} if b in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]", f"{group} loaded a backend: {done.stdout}"


def test_the_public_api_names_what_it_exports():
    import importlib

    for name in lstm_behaviour.__all__:
        if name == "__version__":
            continue
        module, attribute = lstm_behaviour._PUBLIC[name]
        assert getattr(importlib.import_module(f"lstm_behaviour.{module}"), attribute) is not None
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        lstm_behaviour.nothing  # noqa: B018


def test_the_wheel_ships_every_layer_and_the_package_imports_no_maintainer_tool():
    """pyproject.toml lists the packages the wheel holds: every subpackage; the maintainer tools
    (tools/, beside the package) import the package, and nothing in it imports them."""
    import tomllib

    listed = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "packages"
    ]
    found = {"lstm_behaviour"} | {
        ".".join(("lstm_behaviour", *p.parent.relative_to(PACKAGE).parts)) for p in PACKAGE.rglob("*/__init__.py")
    }
    data = {  # folders of data files
        "lstm_behaviour.schemas",
        "lstm_behaviour.reports.templates",
        "lstm_behaviour.articles.brownlee.templates",
    }
    assert set(listed) == found | data
    into_tools = [
        name
        for name, path in modules().items()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, (ast.Import, ast.ImportFrom))
        and any(
            n.split(".")[0] == "tools"
            for n in ([node.module or ""] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names])
        )
        and not (isinstance(node, ast.ImportFrom) and node.level)
    ]
    assert not into_tools, f"package modules that import the maintainer tools: {into_tools}"


def test_no_module_imports_itself_through_others():
    """No circle of imports, lazy ones included: each module can be read knowing only those below it."""
    graph = {
        name: {t for t in imported(name, path) if t in modules() and t != name} for name, path in modules().items()
    }
    circles = []
    state: dict[str, int] = {}

    def visit(name: str, trail: list[str]) -> None:
        state[name] = 1
        for target in sorted(graph[name]):
            if state.get(target) == 1:
                circles.append(" -> ".join([*trail[trail.index(target) :], target]))
            elif target not in state:
                visit(target, [*trail, target])
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert not circles, "import circles:\n" + "\n".join(circles)


def _backend_branches(tree: ast.AST) -> list[int]:
    """Lines that compare with a backend's name (``== "jax"``, ``"torch" in ...``) or key a
    table by two or more backends' names."""
    names = {"tensorflow", "jax", "torch"}

    def named(node) -> bool:
        return isinstance(node, ast.Constant) and node.value in names

    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare) and any(named(n) for n in (node.left, *node.comparators)):
            found.append(node.lineno)
        elif isinstance(node, ast.Dict) and sum(named(k) for k in node.keys if k is not None) >= 2:
            found.append(node.lineno)
    return found


def test_no_module_branches_on_a_backend_name_but_the_backend_objects():
    """What differs by backend is asked of its ``engine.backends.Backend``, chosen once."""
    found = {
        name: lines
        for name, path in modules().items()
        if name != "engine.backends" and (lines := _backend_branches(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert not found, f"modules that branch on a backend's name (module: lines): {found}"


def test_the_backend_branch_finder_sees_comparisons_and_tables():
    code = 'a == "jax"\n"torch" in b\nc = {"tensorflow": 1, "jax": 2}\nd = {"tensorflow": v}\ne = env["tensorflow"]\n'
    assert _backend_branches(ast.parse(code)) == [1, 2, 3]
