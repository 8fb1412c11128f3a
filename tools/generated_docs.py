"""Every generated file under docs/, what it is made from, and ``write_docs()`` to regenerate them
(``python -m tools.generated_docs`` in a checkout).

- docs/claims.md from the registry (``claims_md``);
- docs/calibration.md, docs/findings.md and docs/findings.ja.md (the same in Japanese) from
  data/calibration/ (``calibration_md``, ``findings_md``), findings also from docs/results/;
- docs/benchmarks.md from data/comparisons/*.json, data/floor/*.json and docs/benchmarks/*.json
  (``benchmarks_md``, ``comparison_md``);
- docs/results.md and docs/badges/ from docs/results/*.json (``results_md``, ``badge``); reports
  of an earlier format wait in docs/results/schema-2/ for a re-run, named in docs/results.md;
- docs/mutation.md from docs/mutation/results.json and equivalent.json (``mutation_md``);
- docs/state.md from data/state/*.json (``state_md``);
- each article's own documents (``Article.documents``: docs/brownlee.md from data/brownlee/*.json)
  and its section of docs/findings.md (``Article.findings``);
- docs/upstream/jax-stateful-state.md from the page's reproductions, data/upstream/*.json, the
  candidate patch and the jax and jax-patched claims reports (``upstream_md``);
- lstm_behaviour/articles/qiita/calibrated.json, the registry's bound values and rates, from data/calibration/
  (``spec.calibrated``).

Each module computes its document's data and renders the document's template,
lstm_behaviour/reports/templates/<document>.md.j2 (``reports.templating``).
``tests/test_registry.py`` fails when a committed copy differs. No TensorFlow import.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from lstm_behaviour.files import write_all

__all__ = ["CALIBRATION_DIR", "ROOT", "benchmark_inputs", "check_checkout", "generated_docs", "main", "write_docs"]

ROOT = Path(__file__).resolve().parents[1]
CALIBRATION_DIR = ROOT / "data" / "calibration"
#: the registry's calibrated numbers, generated beside the module that reads them
CALIBRATED = ROOT / "lstm_behaviour" / "articles" / "qiita" / "calibrated.json"


def check_checkout(root: Path | None = None) -> Path:
    """The checkout whose docs/ the documents belong to; a ValueError where the package does not
    lie in one (an installed wheel: writing there would change site-packages)."""
    root = ROOT if root is None else root
    if not ((root / "pyproject.toml").is_file() and (root / "data").is_dir()):
        raise ValueError(
            f"the documents belong to a checkout of lstm-behaviour, and {root} is not one "
            "(no pyproject.toml and data/ beside the package): run it in a clone"
        )
    return root


def calibration_sets() -> list | None:
    """The calibration files under data/calibration/, loaded (None where there are none)."""
    from lstm_behaviour.spec.calibration import load_sets

    files = sorted(CALIBRATION_DIR.glob("*.json"))
    return load_sets(files) if files else None


def calibrated_numbers(sets) -> str:
    """The text of ``calibrated.json`` the rule gives from the calibration ``sets``; computed
    from the trained claims' definitions, so a stale file cannot get in its way."""
    from lstm_behaviour.spec import calibrated
    from lstm_behaviour.spec.articles import article
    from lstm_behaviour.stats.thresholds import rate_sets

    return calibrated.render(calibrated.compute(article("qiita").trained, rate_sets(sets)))


def other_articles_numbers() -> dict[Path, str]:
    """The ``calibrated.json`` text of every other article with trained claims (not the one
    data/calibration/ measures), from the calibration sets in its own folder (``Article.calibration``)."""
    from lstm_behaviour.spec import calibrated
    from lstm_behaviour.spec.articles import CALIBRATED, articles
    from lstm_behaviour.spec.calibration import load_sets
    from lstm_behaviour.stats.thresholds import rate_sets

    out = {}
    for key, a in articles().items():
        if key == CALIBRATED or not a.trained:
            continue
        if not a.calibration:
            raise ValueError(f"article {key}: its trained claims need the folder of their calibration sets")
        files = sorted((ROOT / a.calibration).glob("*.json"))
        if not files:  # a checkout without the sets keeps the committed numbers, as data/calibration/'s do
            continue
        out[a.calibrated] = calibrated.render(calibrated.compute(a.trained, rate_sets(load_sets(files)), a.calibration))
    return out


def benchmark_inputs() -> list[Path]:
    """The files docs/benchmarks.md and docs/images/benchmarks.png are drawn from."""
    return sorted((ROOT / "data" / "comparisons").glob("*.json")) + sorted(
        (ROOT / "docs" / "benchmarks").glob("*.json")
    )


def generated_docs(sets=None, numbers: str | None = None, others: dict | None = None) -> dict[Path, str]:
    """Each generated file under docs/ and its up-to-date content (``sets`` and ``numbers``: the
    calibration and its ``calibrated.json`` text, ``others``: the other articles' calibrated.json
    texts, where the caller has them already)."""
    check_checkout()
    from lstm_behaviour.reports.benchmarks_md import benchmarks_markdown, load_runs
    from lstm_behaviour.reports.calibration_md import calibration_markdown
    from lstm_behaviour.reports.claims_md import render_claims
    from lstm_behaviour.reports.claims_report import load
    from lstm_behaviour.reports.findings_md import findings_markdown
    from lstm_behaviour.reports.results_md import matrix_files
    from lstm_behaviour.reports.state_md import load_matrices, state_markdown
    from lstm_behaviour.spec.articles import articles

    sets = calibration_sets() if sets is None else sets
    if sets and numbers is None:
        numbers = calibrated_numbers(sets)
    docs = {CALIBRATED: numbers} if sets else {}
    docs.update(other_articles_numbers() if others is None else others)
    docs[ROOT / "docs" / "claims.md"] = render_claims()
    awaiting = [p.stem for p in sorted((ROOT / "docs" / "results" / "schema-2").glob("*.json"))]
    reports = {path: load(path) for path in sorted((ROOT / "docs" / "results").glob("*.json"))}
    states = load_matrices(sorted((ROOT / "data" / "state").glob("*.json")))
    if sets:
        source = "data/calibration/*.json"
        held_out = [(path.name, load(path)) for path in sorted((ROOT / "data" / "held-out").glob("*.json"))]
        docs[ROOT / "docs" / "calibration.md"] = calibration_markdown(sets, source, held_out)
        for language, name in (("en", "findings.md"), ("ja", "findings.ja.md")):
            sections = [a.findings(ROOT, language) for a in articles().values() if a.findings is not None]
            docs[ROOT / "docs" / name] = findings_markdown(
                sets, source, [(p.name, r) for p, r in reports.items()], awaiting, states, language, sections
            )
    runs = sorted((ROOT / "docs" / "benchmarks").glob("*.json"))
    if runs:
        from lstm_behaviour.reports.comparison_md import inputs_digest, load_comparisons, load_floors

        compared = sorted((ROOT / "data" / "comparisons").glob("*.json"))
        docs[ROOT / "docs" / "benchmarks.md"] = benchmarks_markdown(
            load_runs(runs),
            "docs/benchmarks/*.json",
            load_comparisons(compared),
            comparison_source="data/comparisons/*.json",
            digest=inputs_digest(benchmark_inputs()),
            floors=load_floors(sorted((ROOT / "data" / "floor").glob("*.json"))),
        )
    if reports:
        docs.update(
            matrix_files(
                list(reports),
                out=ROOT / "docs" / "results.md",
                badge_dir=ROOT / "docs" / "badges",
                reports=reports,
                awaiting=awaiting,
            )
        )
    if states:
        docs[ROOT / "docs" / "state.md"] = state_markdown(states, "data/state/*.json")
    from lstm_behaviour.spec.articles import articles

    for a in articles().values():
        if a.documents is not None:
            docs.update(a.documents(ROOT))
    from lstm_behaviour.reports.upstream_md import upstream_markdown

    docs[ROOT / "docs" / "upstream" / "jax-stateful-state.md"] = upstream_markdown(ROOT)
    mutation = ROOT / "docs" / "mutation" / "results.json"
    if mutation.exists():
        from lstm_behaviour.files import read_json

        from .mutation_md import mutation_markdown, source_digest

        equivalent = ROOT / "docs" / "mutation" / "equivalent.json"
        reasons = read_json(equivalent, "a map of mutant -> reason") if equivalent.exists() else {}
        planted = ROOT / "docs" / "mutation" / "planted.json"
        results = read_json(mutation, "mutation results")
        # inside a mutation run the modules are mutmut's rewritten copies: no source is compared there
        current = (
            None
            if "MUTANT_UNDER_TEST" in os.environ
            else {m: source_digest(ROOT / m) if (ROOT / m).is_file() else "" for m in results.get("modules", {})}
        )
        docs[ROOT / "docs" / "mutation.md"] = mutation_markdown(
            results,
            reasons,
            "docs/mutation/results.json",
            read_json(planted, "planted-bug runs") if planted.exists() else None,
            current,
        )
    return docs


def write_docs() -> list[Path]:
    """Regenerate every generated document and the registry's numbers, written together or not at
    all; return the paths written.

    The documents are rendered from the registry, which reads its numbers when it is imported: new
    numbers are handed to it in memory (``spec.calibrated.PENDING``) while the documents render, and
    a run that had imported it before the numbers changed refuses."""
    from lstm_behaviour.spec import calibrated

    check_checkout()
    sets = calibration_sets()
    numbers = calibrated_numbers(sets) if sets else None
    from lstm_behaviour.spec.articles import article

    others = other_articles_numbers()
    every = {**({article("qiita").calibrated: numbers} if numbers is not None else {}), **others}
    changed = {path: text for path, text in every.items() if not path.exists() or path.read_text("utf-8") != text}
    if changed and "lstm_behaviour.spec.claims" in sys.modules:
        raise ValueError(
            f"{', '.join(f'{p.parent.name}/{p.name}' for p in changed)} changes and the claim registry is already "
            "loaded with the old numbers: run `python -m tools.generated_docs` in a new process"
        )
    calibrated.PENDING = changed
    try:
        docs = generated_docs(sets, numbers, others)
    finally:
        calibrated.PENDING = {}
    write_all(docs)
    return list(docs)


def main() -> int:
    """``python -m tools.generated_docs``: regenerate every generated document; a problem of the
    inputs is one line (or one a file) and exit status 1, nothing written."""
    from lstm_behaviour.files import escaped, shown
    from lstm_behaviour.reports.claims_report import ResultsError

    prog = "python -m tools.generated_docs"
    try:
        written = write_docs()
    except ResultsError as error:
        print("\n".join(f"{prog}: error: {error.path}: {p}" for p in error.problems), file=sys.stderr)
        return 1
    except (ValueError, KeyError, TypeError, RuntimeError) as error:  # RuntimeError: a missing extra, named
        print(f"{prog}: error: cannot generate the docs: {escaped(str(error))}", file=sys.stderr)
        return 1
    except OSError as error:  # a file system refusal while writing: nothing written (write_all)
        where = f"{error.filename}: " if error.filename else ""
        print(f"{prog}: error: {escaped(where + (error.strerror or str(error)))}", file=sys.stderr)
        return 1
    for path in written:
        print(f"wrote {shown(path)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
