"""The generated documents: what each is made from, and ``write_docs()`` to regenerate them."""

from __future__ import annotations

from pathlib import Path

from .bench_report import benchmarks_markdown, load_runs
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
allows for what 20 seeds of this TensorFlow show, by one rule (`calibration.policy_value`), on
the grid of one window (1/25 in experiment 1, 1/23 in experiments 2-5, 1/12 for experiment 5's
test from LMN):

- a *high* accuracy (the model "learns", "scores well"): at least the lower of the article's
  value and the calibrated minimum, less one window — but never under 50%;
- a *low* accuracy (it "fails"): at most the higher of the article's value and the calibrated
  maximum, plus one window — but never over 25% (chance is 4%);
- a *difference* the article says is absent ("the same", "like"): within the larger of the
  article's and the calibrated largest difference, plus one window — but never over 20%;
  where both sides are the same predictions by construction (a stateless model in order and
  in reverse, batch 1) the bound is exact (0);
- a *drop* the article says is large ("far below", "degrades"): at least the smaller of the
  article's and the calibrated smallest drop, less one window — but never under 25%;
  where the article only says one model beats another, one window.

The limits keep each bound saying what the article says. Where a seed falls past a limit, the
bound stays at the limit and the claim fails on that seed: a finding, listed with its evidence
in `lstm_behaviour/known_failures.py` and docs/findings.md, and run as a strict xfail. The last
column counts the seeds on which a bound holds; `tests/test_calibration.py` recomputes every
bound from the data and checks that the seeds that fail are exactly the known failures.
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
    runs = sorted((ROOT / "docs" / "benchmarks").glob("*.json"))
    if runs:
        source = "docs/benchmarks/*.json"
        docs[ROOT / "docs" / "benchmarks.md"] = benchmarks_markdown(load_runs(runs), source)
    reports = sorted((ROOT / "docs" / "results").glob("*.json"))
    if reports:
        from .matrix import matrix_files

        docs.update(matrix_files(reports, out=ROOT / "docs" / "results.md", badge_dir=ROOT / "docs" / "badges"))
    return docs


def write_docs() -> list[Path]:
    """Regenerate every generated document; return the paths written."""
    docs = generated_docs()
    for path, text in docs.items():
        write_text(path, text)
    return list(docs)
