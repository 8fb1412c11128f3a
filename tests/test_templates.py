"""The documents' templates: each one is rendered by some document, and a variable a template
names but is not given raises instead of rendering as nothing."""

from __future__ import annotations

import re
from pathlib import Path

import jinja2
import pytest

from lstm_behaviour.reports import templating

PACKAGE = Path(templating.__file__).resolve().parents[1]
TEMPLATES = PACKAGE / "reports" / "templates"
TOOLS = PACKAGE.parent / "tools"  # the maintainer tools render the mutation report
PULLS = re.compile(r'{%-? *(?:include|import|from) "([^"]+)"')


def test_every_template_is_used():
    """Each template is rendered by a module of the package or of tools/, or pulled in by another template."""
    sources = [*PACKAGE.rglob("*.py"), *TOOLS.rglob("*.py")]
    modules = "\n".join(p.read_text(encoding="utf-8") for p in sources)
    templates = {p.name: p.read_text(encoding="utf-8") for p in TEMPLATES.glob("*.j2")}
    pulled = {name for text in templates.values() for name in PULLS.findall(text)}
    unused = [name for name in templates if f'"{name}"' not in modules and name not in pulled]
    assert templates and not unused, f"templates no document renders: {unused}"
    assert set(templating.environment().list_templates()) == set(templates)


def test_a_missing_variable_raises():
    with pytest.raises(jinja2.UndefinedError, match="groups"):
        templating.render("claims.md.j2")


def test_the_escaping_helpers_are_filters():
    rendered = templating.environment().from_string("{{ x|text }} {{ y|code }}").render(x="a|b<c>", y="x`y")
    assert rendered == "a\\|b&lt;c&gt; <code>x\\`y</code>"


def test_the_tables_are_written_in_english_or_japanese_only():
    from lstm_behaviour.reports.tables import LANGUAGES, experiment_table

    assert LANGUAGES == ("en", "ja")
    with pytest.raises(ValueError, match=r"^language must be one of en, ja; got 'fr'$"):
        experiment_table(1, [{"row": "E1/dense", "seed": 0}], "fr")


def test_every_japanese_template_has_its_english_twin():
    folder = Path(templating.__file__).parent / "templates"
    for ja in folder.glob("*.ja.md.j2"):
        assert (folder / ja.name.replace(".ja.md.j2", ".md.j2")).is_file(), ja.name
