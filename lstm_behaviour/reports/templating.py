"""The Jinja2 environment the documents under docs/ are rendered in: ``render(name, **data)``.

The templates (``templates/*.md.j2``, shipped in the wheel) hold each document's prose; the module
that calls ``render`` computes its data. An article keeps its documents' templates in its own
``templates/`` folder (``render_from``). Autoescaping is off (the output is Markdown, not HTML):
text from outside goes through the filters ``text`` and ``code`` (``markdown``), and a variable a
template names but is not given raises. Nothing here imports TensorFlow.
"""

from __future__ import annotations

import functools

import jinja2

from .markdown import code, text

__all__ = ["environment", "render", "render_from"]


def percent(value: float, digits: int = 0) -> str:
    """A share as a percentage: ``0.955|percent`` is ``96%``, ``0.955|percent(1)`` ``95.5%``."""
    return f"{value:.{digits}%}"


@functools.cache
def environment(package: str = "lstm_behaviour.reports") -> jinja2.Environment:
    """The environment of ``package``'s ``templates/`` folder, made once: block tags on lines of
    their own (an article renders its own documents from its own folder)."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader(package, "templates"),
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters.update(text=text, code=code, percent=percent)
    return env


def render(name: str, **data) -> str:
    """The template ``name`` rendered with ``data``."""
    return environment().get_template(name).render(**data)


def render_from(package: str, name: str, **data) -> str:
    """The template ``name`` of ``package``'s ``templates/`` folder (e.g. an article's) rendered with ``data``."""
    return environment(package).get_template(name).render(**data)
