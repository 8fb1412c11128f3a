"""Text from outside (a report's fields, a file's name, an error message) made safe for the
generated Markdown: one line, no table-breaking ``|``, no code-span-breaking backtick, no HTML,
no link, image or autolink (``[``, ``]`` and ``!`` escaped, ``://`` and ``www.`` broken by an
escape), and no bidirectional control character (shown as its code point, ``<U+202E>``).
Every generated document writes such text through ``text`` or ``code``. Nothing here imports
TensorFlow.
"""

from __future__ import annotations

import html
import re

from ..files import BIDI

__all__ = ["BIDI", "code", "text"]

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]+")
_AUTOLINK = re.compile(r"(://|(?i:www)\.)")
_PLAIN_NAME = re.compile(r"[A-Za-z0-9_./+-]+")


def text(value) -> str:
    """``value`` as one line of Markdown text inside a table cell: control characters and line
    breaks become spaces; ``&``, ``<``, ``>`` become HTML entities; ``|`` and backticks are
    escaped with a backslash (and so is the backslash)."""
    out = _CONTROL.sub(" ", str(value)).strip()
    out = BIDI.sub(lambda m: f"<U+{ord(m.group()):04X}>", out)
    out = html.escape(out, quote=False).replace("\\", "\\\\")
    for ch in "|`[]!":
        out = out.replace(ch, "\\" + ch)
    return _AUTOLINK.sub(lambda m: "\\" + m.group() if m.group() == "://" else m.group()[:-1] + "\\.", out)


def code(value) -> str:
    """``value`` as code: a code span where it is a plain name (letters, digits, ``_.+-``), else
    ``<code>`` with the text escaped, so that no name can end the span or the table cell."""
    value = str(value)
    if _PLAIN_NAME.fullmatch(value):
        return f"`{value}`"
    return f"<code>{text(value)}</code>"
