"""The generated documents: what each is made from, and ``write_docs()`` to regenerate them."""

from __future__ import annotations

from pathlib import Path

from .calibration import load
from .catalogue import render_claims
from .files import write_text
from .report import calibration_markdown, findings_markdown

__all__ = ["CALIBRATION_DIR", "ROOT", "generated_docs", "write_docs"]

ROOT = Path(__file__).resolve().parent.parent
CALIBRATION_DIR = ROOT / "data" / "calibration"

POLICY = """
## How a threshold is set

The article reports one unseeded run, so each bound starts from the article's number and
allows for what 20 seeds of this TensorFlow show, by one rule:

- a *high* accuracy (the model "learns", "scores well"): at least the lower of the article's
  value and the calibrated minimum, less one window (1/25 or 1/23), then rounded down to 0.05;
- a *low* accuracy (it "fails"): at most the higher of the article's value and the calibrated
  maximum, plus one window, rounded up to 0.05 — and never above 0.25, well under every
  "learns" bound; a claim that needs more is not what the article claims, and is a finding;
- a *difference* that the article says is absent ("the same", "like"): within the larger of
  the article's and the calibrated largest difference, plus one window; where the two sides are
  the same predictions by construction (a stateless model in order and in reverse) the bound is
  exact (0);
- a *drop* the article says is large ("far below", "degrades"): at least the smaller of the
  article's and the calibrated smallest drop, less one window, rounded down to 0.05.

A bound holds for every calibration seed (the last column), or the claim is a strict xfail on
this TensorFlow whose reason gives the seeds and values (docs/findings.md).
"""


def _calibration_files() -> list[Path]:
    return sorted(CALIBRATION_DIR.glob("*.json"))


def generated_docs() -> dict[Path, str]:
    """Each generated file under docs/ and its up-to-date content."""
    docs = {ROOT / "docs" / "claims.md": render_claims()}
    files = _calibration_files()
    if files:
        versions, records = load(files)
        source = ", ".join(str(p.relative_to(ROOT)) for p in files)
        docs[ROOT / "docs" / "calibration.md"] = calibration_markdown(versions, records, source, POLICY)
        docs[ROOT / "docs" / "findings.md"] = findings_markdown(versions, records, source)
    return docs


def write_docs() -> list[Path]:
    """Regenerate every generated document; return the paths written."""
    docs = generated_docs()
    for path, text in docs.items():
        write_text(path, text)
    return list(docs)
