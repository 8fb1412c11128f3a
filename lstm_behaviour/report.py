"""Tables of measured results beside the article's: for the CLI and the generated docs.

Input is a list of records (``RowResult.record()``: row, seed, the three accuracies, fit_s,
predict_s); output is Markdown, which reads as plain text in a terminal too.
"""

from __future__ import annotations

import statistics
from collections import defaultdict

from .claims import CLAIMS
from .known_failures import KNOWN_FAILURES
from .data import EVALUATIONS
from .experiments import EXPERIMENTS, TRANSPLANT_KEY, TRANSPLANT_TESTS, article_accuracy

__all__ = ["ACCURACY_TOLERANCE", "accuracy_keys", "by_row", "seed_accuracies", "transplant_table", "calibration_markdown", "experiment_table", "findings_markdown"]

#: A measured median further than this from the article's accuracy is marked as a disagreement.
ACCURACY_TOLERANCE = 0.10
_LABELS = {"in_order": "in order", "reverse": "reverse", "loop": "loop",
           "reset_from_abc": "test 1: reset, from ABC", "reset_from_lmn": "test 2: reset, from LMN",
           "transplant_from_abc": "test 3: transplanted state, from ABC"}


def accuracy_keys(key: str) -> tuple[str, ...]:
    """The accuracies a row's records carry: the three evaluations, or experiment 5's tests."""
    return tuple(TRANSPLANT_TESTS) if key == TRANSPLANT_KEY else EVALUATIONS


def transplant_table(records: list[dict]) -> str:
    """Experiment 5's three tests: article beside measured median [min–max]."""
    recs = [r for r in records if r["row"] == TRANSPLANT_KEY]
    lines = ["| test | article | measured |", "|---|---|---|"]
    for test in TRANSPLANT_TESTS:
        values = [r[test] * 100 for r in recs]
        article = article_accuracy(TRANSPLANT_KEY, test)
        mark = " ⚠" if abs(statistics.median(values) / 100 - article) > ACCURACY_TOLERANCE else ""
        lines.append(f"| {_LABELS[test]} | {article:.0%} | {_spread(values, '.0f')}%{mark} |")
    reproducible = sum(r["warmup_reproducible"] for r in recs)
    return ("### Experiment 5: the hidden-state transplant\n\n" + "\n".join(lines)
            + f"\n\nOver {len(recs)} seed(s); the warm-up state was bit-identical on recomputation for "
            f"{reproducible} of them. Test 2's article value is 3 hits of the 12 windows it ran "
            f"(the article printed 13.04% = 3/23). ⚠: more than {ACCURACY_TOLERANCE:.0%} from the article.\n")


def by_row(records: list[dict]) -> dict[str, list[dict]]:
    """Group records by row key, each list sorted by seed."""
    grouped = defaultdict(list)
    for record in records:
        grouped[record["row"]].append(record)
    return {key: sorted(v, key=lambda r: r["seed"]) for key, v in grouped.items()}


def _spread(values: list[float], fmt: str) -> str:
    median = statistics.median(values)
    if len(values) == 1 or min(values) == max(values):
        return format(median, fmt)
    return f"{format(median, fmt)} [{format(min(values), fmt)}–{format(max(values), fmt)}]"


def experiment_table(number: int, records: list[dict]) -> str:
    """One experiment's table: article value beside measured median [min–max] over seeds."""
    grouped = by_row(records)
    rows = [r for r in EXPERIMENTS[number].rows if r.key in grouped]
    show_reset = any(r.test_every_reset for r in EXPERIMENTS[number].rows)
    head = ["model", "shuffle"] + (["test_every_reset"] if show_reset else [])
    head += [_LABELS[e] for e in EVALUATIONS] + ["fit s", "predict s"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        recs = grouped[r.key]
        cells = [r.model, str(r.shuffle)] + ([str(r.test_every_reset)] if show_reset else [])
        for e in EVALUATIONS:
            values = [rec[e] for rec in recs]
            article = r.article.accuracy(e)
            mark = " ⚠" if abs(statistics.median(values) - article) > ACCURACY_TOLERANCE else ""
            cells.append(f"{article:.0%} / {_spread([v * 100 for v in values], '.0f')}%{mark}")
        cells.append(f"{r.article.fit_s:g} / {_spread([rec['fit_s'] for rec in recs], '.1f')}")
        cells.append(f"{r.article.predict_s:g} / {_spread([rec['predict_s'] for rec in recs], '.2f')}")
        lines.append("| " + " | ".join(cells) + " |")
    seeds = sorted({rec["seed"] for r in rows for rec in grouped[r.key]})
    note = (f"Each cell: article / measured median [min–max] over {len(seeds)} seed(s). "
            f"⚠: the median is more than {ACCURACY_TOLERANCE:.0%} from the article's accuracy.")
    return f"### Experiment {number}: {EXPERIMENTS[number].title}\n\n" + "\n".join(lines) + f"\n\n{note}\n"


def _versions_line(versions: dict) -> str:
    return (f"TensorFlow {versions['tensorflow']}, Keras {versions['keras']} ({versions['backend']} backend), "
            f"Python {versions['python']}, {versions['platform']}")


def findings_markdown(versions: dict, records: list[dict], source: str) -> str:
    """docs/findings.md: every experiment's table, and the rows where the article is not reproduced."""
    grouped = by_row(records)
    seeds = sorted({r["seed"] for r in records})
    out = [
        "# Findings: the article's tables on this TensorFlow",
        "",
        f"Generated by `python -m lstm_behaviour docs` from `{source}`; do not edit.",
        f"Measured on {_versions_line(versions)}; seeds {seeds[0]}–{seeds[-1]} ({len(seeds)} seeds), fast protocol.",
        "Times are from the calibration run (two runs in parallel on a 2-core machine), not benchmarks.",
        "",
    ]
    for number in EXPERIMENTS:
        if any(rec["row"].startswith(f"E{number}/") for rec in records):
            out += [experiment_table(number, records), ""]
    if any(rec["row"] == TRANSPLANT_KEY for rec in records):
        out += [transplant_table(records), ""]
    out += ["## Where the article is not reproduced", "",
            f"Rows whose median accuracy is more than {ACCURACY_TOLERANCE:.0%} from the article's:", ""]
    for key, recs in grouped.items():
        for e in accuracy_keys(key):
            values = [rec[e] for rec in recs]
            median, article = statistics.median(values), article_accuracy(key, e)
            if abs(median - article) > ACCURACY_TOLERANCE:
                out.append(f"- `{key}` {_LABELS[e]}: article {article:.0%}, measured median {median:.0%} "
                           f"(range {min(values):.0%}–{max(values):.0%}).")
    twins = _identical_rows(grouped)
    if twins:
        out += ["", "## Rows that are one model", "",
                "These rows gave identical accuracies on every seed. Two dense rows are one model "
                "(Flatten makes shapes (1, 3) and (3, 1) one input); a full-batch stateful LSTM reset "
                "before every batch and every prediction computes what the stateless one does. Where "
                "the article reports such rows differently, that is the noise of its unseeded run:", ""]
        for a, b in twins:
            arts = " vs ".join(f"{_article_text(k)}" for k in (a, b))
            out.append(f"- `{a}` and `{b}` (article: {arts}).")
    out += ["", "## Claims that do not hold (strict xfails)", ""]
    out += [f"- `{f.claim}` on TF {f.tensorflow}* / Keras {f.keras_major}"
            f"{'' if f.seeds is None else f', seeds {list(f.seeds)}'}: {f.reason}"
            for f in KNOWN_FAILURES] or ["None on the TensorFlow versions measured so far."]
    return "\n".join(out).rstrip() + "\n"


def _article_text(key: str) -> str:
    return "/".join(f"{article_accuracy(key, e):.0%}" for e in accuracy_keys(key))


def _identical_rows(grouped: dict[str, list[dict]]) -> list[tuple[str, str]]:
    def signature(recs):
        return tuple((r["seed"], *(r[e] for e in accuracy_keys(r["row"]))) for r in recs)

    keys = [k for k in grouped if k != TRANSPLANT_KEY]
    return [(a, b) for i, a in enumerate(keys) for b in keys[i + 1:]
            if len(grouped[a]) > 1 and signature(grouped[a]) == signature(grouped[b])]


def seed_accuracies(records: list[dict]) -> dict[int, dict[str, dict[str, float]]]:
    """seed -> row key -> evaluation -> accuracy, as ``Claim.verdict`` takes it."""
    out: dict[int, dict[str, dict[str, float]]] = defaultdict(dict)
    for rec in records:
        out[rec["seed"]][rec["row"]] = {e: rec[e] for e in accuracy_keys(rec["row"])}
    return dict(out)


def calibration_markdown(versions: dict, records: list[dict], source: str, policy: str) -> str:
    """docs/calibration.md: each trained claim's bounds beside the calibrated spread."""
    per_seed = seed_accuracies(records)
    seeds = sorted(per_seed)
    out = [
        "# Calibration of the trained claims' thresholds",
        "",
        f"Generated by `python -m lstm_behaviour docs` from `{source}`; do not edit.",
        f"Measured on {_versions_line(versions)}; seeds {seeds[0]}–{seeds[-1]} ({len(seeds)} seeds), fast protocol.",
        "",
        policy.strip(),
        "",
        "| claim | bound | article | calibrated min / median / max | holds on |",
        "|---|---|---|---|---|",
    ]
    for c in CLAIMS.values():
        for b in c.bounds:
            if not all(row in per_seed[s] for s in seeds for row in b.rows):
                continue
            measured = [b.measure(per_seed[s]) for s in seeds]
            holds = sum(b.holds(per_seed[s]) for s in seeds)
            out.append(
                f"| `{c.id}` | `{b.describe()}` | {b.article_value():.2f} | "
                f"{min(measured):.2f} / {statistics.median(measured):.2f} / {max(measured):.2f} | "
                f"{holds}/{len(seeds)} |"
            )
    out += ["", "## Reasons", ""]
    for c in CLAIMS.values():
        for b in c.bounds:
            out.append(f"- `{c.id}`, `{b.describe()}`: {b.reason}")
    return "\n".join(out).rstrip() + "\n"
