"""docs/findings.md: the article's tables beside the calibration, and what does not hold where.

Sections: each experiment's table on the reference setup (the first calibrated TensorFlow
setup with oneDNN off); where the article is not reproduced, per setup; rows that are one
model; what changes between TensorFlow's oneDNN modes; the known failures (strict xfails);
claims that held below their stated rate on a setup of docs/results/. Nothing here imports
TensorFlow.
"""

from __future__ import annotations

import statistics

from ..spec.calibration import reference_set
from ..spec.claims import trained_claims
from ..spec.experiments import EXPERIMENTS, TRANSPLANT_KEY, article_accuracy
from ..spec.known_failures import KNOWN_FAILURES
from ..spec.setups import column_label
from .markdown import code, text
from .tables import ACCURACY_TOLERANCE, LABELS, accuracy_keys, by_row, experiment_table, transplant_table

__all__ = ["findings_markdown", "mode_differences"]


def _versions_line(cal) -> str:
    v = cal.versions
    return (
        f"TensorFlow {text(v['tensorflow'])}, Keras {text(v['keras'])} ({text(v['backend'])} backend, "
        f"{text(cal.label.split(', ')[-1])}), Python {text(v.get('python', '?'))}, {text(v.get('platform', '?'))}"
    )


def mode_differences(sets) -> list[tuple[str, str, int, list[tuple[dict, dict]]]]:
    """Per pair of setups that differ only in the oneDNN mode: (off label, on label, number of
    (row, seed) pairs measured in both, the (off, on) records of the pairs that differ)."""
    out = []
    for off in (c for c in sets if c.onednn is False):
        for on in (c for c in sets if c.onednn is True):
            same = all(off.versions.get(k) == on.versions.get(k) for k in ("tensorflow", "keras", "backend"))
            if not same:
                continue
            a = {(r["row"], r["seed"]): r for r in off.records}
            b = {(r["row"], r["seed"]): r for r in on.records}
            both = sorted(set(a) & set(b))
            keys = lambda rec: accuracy_keys(rec["row"])  # noqa: E731
            differ = [(a[k], b[k]) for k in both if any(a[k][e] != b[k][e] for e in keys(a[k]))]
            out.append((off.label, on.label, len(both), differ))
    return out


def _identical_rows(grouped: dict[str, list[dict]]) -> list[tuple[str, str]]:
    def signature(recs):
        return tuple((r["seed"], *(r[e] for e in accuracy_keys(r["row"]))) for r in recs)

    keys = [k for k in grouped if k != TRANSPLANT_KEY]
    return [
        (a, b)
        for i, a in enumerate(keys)
        for b in keys[i + 1 :]
        if len(grouped[a]) > 1 and signature(grouped[a]) == signature(grouped[b])
    ]


def _article_text(key: str) -> str:
    return "/".join(f"{article_accuracy(key, e):.0%}" for e in accuracy_keys(key))


def _known_failures() -> list[str]:
    """The known failures, grouped by where they fail and why, with each group's reproduction."""
    from ..spec.reproductions import REPRODUCTIONS

    groups: dict[tuple[str, str], list] = {}
    for f in KNOWN_FAILURES:
        names = (", ".join(f.layers[:-1]) + " and " + f.layers[-1]) if f.layers and len(f.layers) > 1 else ""
        layers = f", the {names or f.layers[0]} layer{'s' if names else ''}" if f.layers else ""
        groups.setdefault((f.where() + layers, f.cause), []).append(f)
    out, shown = [], set()
    for (where, cause), failures in groups.items():
        backend = failures[0].backend
        out += [f"### {where}", "", f"Cause: {cause}." if cause else "", ""]
        for r in (r for r in REPRODUCTIONS if r.backend == backend and r.title not in shown):
            shown.add(r.title)
            out += [
                f"Reproduction in plain Keras ({r.title}; `tests/test_reproductions.py` runs it on that backend "
                f"and checks it still prints `{r.shows}`):",
                "",
                "```python",
                r.script.rstrip(),
                "```",
                "",
            ]
        out += ["| claim | what is seen | evidence |", "|---|---|---|"]
        out += [f"| `{f.claim}` | {f.reason} | {f.evidence_text()} |" for f in failures]
        out.append("")
    return [line for i, line in enumerate(out) if line or (i and out[i - 1])]


def _nightly_changes(reports) -> list[str]:
    """Per nightly report: the known failures it fixes, those it still has, the claims it breaks."""
    from ..spec.setups import is_nightly

    out = []
    for source, report in reports:
        if "setup_error" in report:
            error = report["setup_error"]
            out.append(
                f"- {code(source)}: {text(error['setup'])} did not {error['stage']}: "
                f"{text(' '.join(error['message'].split())[:200])}"
            )
            continue
        env = report["environment"]
        if not is_nightly(env):
            continue
        claims = report["claims"]
        fixed = sorted(c for c, e in claims.items() if e["status"] == "fixed")
        still = sorted(c for c, e in claims.items() if e["status"] == "xfail")
        broken = sorted(c for c, e in claims.items() if e["status"] == "fails")
        out.append(f"- {text(column_label(env))} ({code(source)}):")
        out.append("  - fixed: " + (", ".join(f"`{c}`" for c in fixed) or "none"))
        out.append("  - still failing (strict xfails): " + (", ".join(f"`{c}`" for c in still) or "none"))
        out.append("  - failing and not known: " + (", ".join(f"`{c}`" for c in broken) or "none"))
    return out


def _below_rate(reports) -> list[str]:
    """Trained cells seen below their stated rate: each with its decision, and every cell that a
    fixed-seed run left undecided."""
    from .badge import decided

    out = []
    for source, report in reports:
        if "setup_error" in report:
            continue
        for c in trained_claims():
            entry = report["claims"].get(c.id)
            if not entry or not entry["seeds"] or entry["known_failure"]:
                continue
            k, n = len(entry["held"]), len(entry["seeds"])
            if not decided(entry):
                verdict = "a fixed-seed run: undecided, re-run with --seeds auto"
            elif k / n < c.rate:
                verdict = "the sequential test failed it" if entry["status"] == "fails" else "decided: it holds"
            else:
                continue
            out.append(
                f"- `{c.id}` on {text(column_label(report['environment']))} ({code(source)}): held on {k}/{n} "
                f"seeds, below its stated {c.rate:.0%} ({verdict})."
            )
    return out


def findings_markdown(sets, sources: str, reports=(), awaiting=(), states=()) -> str:
    """The document, from the calibration sets and the committed claims reports ``(name, report)``."""
    ref = reference_set(sets)
    records = list(ref.records)
    seeds = ref.seeds
    out = [
        "# Findings: the article's tables on this software",
        "",
        f"Generated by `python -m lstm_behaviour docs` from `{sources}` and `docs/results/*.json`; do not edit.",
        f"Tables: {_versions_line(ref)}; seeds {seeds[0]}–{seeds[-1]} ({len(seeds)} seeds), fast protocol.",
        "Times are from the calibration run (one process, one TensorFlow thread, beside other work on a",
        "2-core machine), not benchmarks (docs/benchmarks.md).",
        "",
    ]
    for number in EXPERIMENTS:
        if any(rec["row"].startswith(f"E{number}/") for rec in records):
            out += [experiment_table(number, records), ""]
    if any(rec["row"] == TRANSPLANT_KEY for rec in records):
        out += [transplant_table(records), ""]
    out += [
        "## Where the article is not reproduced",
        "",
        f"Rows whose median accuracy is more than {ACCURACY_TOLERANCE:.0%} from the article's, per calibrated setup:",
        "",
    ]
    for cal in sets:
        lines = []
        for key, recs in by_row(list(cal.records)).items():
            for e in accuracy_keys(key):
                values = [rec[e] for rec in recs]
                median, article = statistics.median(values), article_accuracy(key, e)
                if abs(median - article) > ACCURACY_TOLERANCE:
                    lines.append(
                        f"  - `{key}` {LABELS[e]}: article {article:.0%}, median {median:.0%} "
                        f"(range {min(values):.0%}–{max(values):.0%})."
                    )
        out += [f"- {text(cal.label)}, {len(cal.seeds)} seeds:"] + (lines or ["  - none"])
    twins = sorted(set.intersection(*(set(_identical_rows(by_row(list(c.records)))) for c in sets))) if sets else []
    if twins:
        out += [
            "",
            "## Rows that are one model",
            "",
            "These rows gave identical accuracies on every seed of every calibrated setup. Two dense rows "
            "are one model (Flatten makes shapes (1, 3) and (3, 1) one input); a full-batch stateful LSTM "
            "reset before every batch and every prediction computes what the stateless one does. Where "
            "the article reports such rows differently, that is the noise of its unseeded run:",
            "",
        ]
        out += [f"- `{a}` and `{b}` (article: {_article_text(a)} vs {_article_text(b)})." for a, b in twins]
    diffs = mode_differences(sets)
    if diffs:
        out += [
            "",
            "## TensorFlow's oneDNN mode changes some results",
            "",
            "The same seed and software give bit-identical results within one oneDNN mode (serial or under "
            "xdist), but oneDNN's kernels round differently, so a (row, seed) can train to another model in "
            "the other mode. TensorFlow turns oneDNN on by default only on CPUs with AVX-512 VNNI/BF16, AMX "
            "or AVX-VNNI; `TF_ENABLE_ONEDNN_OPTS=0` or `=1` forces a mode. Results compare only within a "
            "mode. Between the calibrated modes:",
            "",
        ]
        for off, on, total, differ in diffs:
            if not total:
                continue
            line = (
                f"- {off} against {on}: {len(differ)} of {total} (row, seed) pairs differ ({len(differ) / total:.1%})"
            )
            if differ:
                a, b = differ[0]
                show = " / ".join
                line += (
                    f"; for example `{a['row']}` seed {a['seed']}: "
                    f"{show(f'{a[e]:.0%}' for e in accuracy_keys(a['row']))} with oneDNN off, "
                    f"{show(f'{b[e]:.0%}' for e in accuracy_keys(b['row']))} with it on"
                )
            out.append(line + ".")
        out += ["", "The claims' shares per mode are in docs/calibration.md."]
    out += ["", "## Claims that do not hold on some setup (strict xfails)", ""]
    out += _known_failures() or ["None: every claim holds on every setup measured."]
    if states:
        from .state_md import state_summary

        out += [
            "",
            "## The same mechanics in Keras's other recurrent layers",
            "",
            "`python -m lstm_behaviour check-state --layers` on LSTM, GRU, SimpleRNN, two stacked LSTMs, "
            "Bidirectional(LSTM), RNN over a minimal cell and ConvLSTM1D (docs/state.md has the tables; "
            "`check-state` checks a model of your own):",
            "",
            *state_summary(states),
        ]
    out += ["", "## What the nightly builds change", ""]
    nightly_waiting = [name for name in awaiting if "nightly" in name]
    out += _nightly_changes(reports) or (
        [f"The nightly reports wait for their re-run with `--seeds auto`: {', '.join(map(code, nightly_waiting))}."]
        if nightly_waiting
        else ["No nightly build has been run (nox canary sessions write them)."]
    )
    below = _below_rate(reports)
    out += ["", "## Claims seen below their stated rate in docs/results/", ""]
    out += [
        "A cell decided by the sequential test (`--seeds auto`, docs/calibration.md) that fails is a finding;",
        "one that holds may still have failed on some of its seeds. A fixed-seed report's cells are listed",
        "as undecided.",
        "",
    ]
    out += below or ["None."]
    if awaiting:
        out += [
            "",
            "Not decided yet: the setups whose reports wait for a re-run with `--seeds auto` (docs/results.md): "
            + ", ".join(code(name) for name in awaiting)
            + ".",
        ]
    return "\n".join(out).rstrip() + "\n"
