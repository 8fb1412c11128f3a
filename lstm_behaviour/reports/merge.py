"""Shards joined: claims reports or calibration files of one setup, over disjoint seeds.

A big fixed-seed run or a calibration can be split across machines by seeds (each shard a
``pytest --seeds A-B --claims-report`` run, or a ``calibrate --seeds A-B`` file);
``python -m lstm_behaviour merge`` joins the shards of one setup into what one run over the
union of their seeds writes, byte for byte (tests/test_merge.py):

- claims reports: each trained claim's per-seed measurements are joined and its verdict is
  decided again over all of them (``verdicts.decide``, at the claim's stated rate or its known
  failure's, as the run would), and each of its tests gets the outcome that verdict gives it;
  an untrained claim must read the same in every shard. A shard whose test outcomes its own
  verdicts do not explain (a test that failed for another reason) is refused, and so are
  ``--seeds auto`` reports (a sequential run's seeds are not a shard of anything);
- calibration files: the records, in the order ``calibrate`` writes them (seed, then row).

Shards of different setups (any difference in the environment or versions but the seeds), or
with a seed in common, are refused with one line naming both files. Nothing here imports a
backend.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..stats.seeds import seed_words

__all__ = ["MergeError", "check_merge_output", "check_replaces", "merge_calibrations", "merge_files", "merge_reports"]


class MergeError(ValueError):
    """Shards that cannot be joined; the message names the files and what differs."""


def merge_files(paths: Sequence[str | Path]) -> dict:
    """Read the shards (all claims reports or all calibration files) and join them."""
    from ..files import read_json

    if len(paths) < 2:
        raise MergeError(f"merge joins two or more shards; got {len(paths)}")
    contents = [read_json(p, "a claims report or a calibration file") for p in paths]
    kinds = {_kind(c) for c in contents}
    if kinds == {"report"}:
        from .claims_report import load

        return merge_reports([(str(p), load(p)) for p in paths])
    if kinds == {"calibration"}:
        from ..spec.calibration import _read

        return merge_calibrations([(str(p), _read(Path(p))) for p in paths])
    named = ", ".join(f"{p} ({_kind(c) or 'neither'})" for p, c in zip(paths, contents))
    raise MergeError(f"merge joins claims reports or calibration files, all of one kind; got {named}")


def check_merge_output(path: str | Path) -> None:
    """Refuse an existing ``--out`` that is not a claims report or a calibration file: merging
    replaces an earlier join, never some other file."""
    from ..files import existing_json

    try:
        exists, data = existing_json(path, "a claims report or a calibration file")
    except ValueError as error:
        raise MergeError(str(error)) from None
    if exists and _kind(data) is None:
        raise MergeError(f"{path} exists and is neither a claims report nor a calibration file; give a new path")


_KIND_NAMES = {"report": "claims report", "calibration": "calibration file"}


def _setup_of(content) -> dict:
    """What a file is of: a report's environment or a calibration's versions, seeds aside."""
    if _kind(content) == "report":
        from .report_format import named_articles

        env = {k: v for k, v in (content.get("environment") or {}).items() if k != "seeds"}
        if isinstance(env.get("articles", []), list):  # the same claims, in any order
            env["articles"] = sorted(named_articles(env))
        return env
    return dict(content.get("versions") or {})


def check_replaces(path: str | Path, joined, *, force: bool = False) -> None:
    """Refuse to replace an existing ``--out`` of the other kind, or of another setup, than the
    joined file (``force``: replace it all the same)."""
    from ..files import existing_json

    exists, data = existing_json(path, "a claims report or a calibration file")
    if not exists or force:
        return
    old, new = _kind(data), _kind(joined)
    if old != new:
        raise MergeError(
            f"{path} is a {_KIND_NAMES.get(old, 'file of another kind')} and the merge is a {_KIND_NAMES[new]}; "
            "give a new path, or --force to replace it"
        )
    before, after = _setup_of(data), _setup_of(joined)
    if before != after:
        keys = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
        raise MergeError(
            f"{path} is a {_KIND_NAMES[new]} of another setup ({', '.join(keys)} differ); give a new path, "
            "or --force to replace it"
        )


def _kind(content) -> str | None:
    if isinstance(content, dict) and "schema" in content:
        return "report"
    if isinstance(content, dict) and "records" in content and "versions" in content:
        return "calibration"
    return None


def _disjoint(named: Sequence[tuple[str, set]]) -> None:
    seen: dict[int, str] = {}
    for path, seeds in named:
        common = sorted(s for s in seeds if s in seen)  # a set and a dict: linear in the seeds
        if common:
            raise MergeError(f"{seen[common[0]]} and {path} share seeds {seed_words(common)}: shards must not overlap")
        seen.update(dict.fromkeys(seeds, path))


def _same_setup(named: Sequence[tuple[str, dict]], what: str) -> None:
    first_path, first = named[0]
    for path, other in named[1:]:
        keys = sorted(k for k in set(first) | set(other) if k != "seeds" and first.get(k) != other.get(k))
        if keys:
            diff = "; ".join(f"{k}: {first.get(k)!r} against {other.get(k)!r}" for k in keys[:3])
            raise MergeError(f"{first_path} and {path} are {what} of different setups ({diff})")


def merge_reports(named: Sequence[tuple[str, dict]]) -> dict:
    """One claims report from validated shards ``(path, report)`` of one setup."""
    from ..spec.claims import claims_of
    from ..spec.known_failures import expected_failure, newer_failure
    from ..stats.verdicts import decide
    from .claims_report import build_report
    from .report_format import named_articles

    for path, report in named:
        if "setup_error" in report:
            raise MergeError(f"{path} records a setup that did not {report['setup_error']['stage']}: nothing to merge")
        if isinstance(report["environment"]["seeds"], str):
            raise MergeError(f"{path} was decided sequentially (--seeds auto); only fixed-seed runs are shards")
    _same_setup([(p, r["environment"]) for p, r in named], "claims reports")
    _disjoint([(p, set(r["environment"]["seeds"])) for p, r in named])
    env = {k: v for k, v in named[0][1]["environment"].items() if k != "seeds"}
    seeds = sorted(s for _, r in named for s in r["environment"]["seeds"])
    tests: dict[str, list] = {}
    measured: dict[str, list] = {}
    verdicts: dict[str, dict] = {}
    known: dict[str, str | None] = {}
    fixed: set[str] = set()
    for claim_id, claim in claims_of(named_articles(env)).items():
        entries = [(p, r["claims"][claim_id]) for p, r in named]
        texts = {e["known_failure"] for _, e in entries}
        if len(texts) != 1:
            raise MergeError(f"{claim_id}: the shards give it different known failures: {sorted(map(str, texts))}")
        known[claim_id] = texts.pop()
        if expected_failure(claim_id, env) is None and newer_failure(claim_id, env) is not None:
            fixed.add(claim_id)  # as the plugin's report writer decides it
        names = {tuple(t["test"] for t in e["tests"]) for _, e in entries}
        if len(names) != 1:
            raise MergeError(f"{claim_id}: the shards ran different tests: {sorted(names)}")
        if not any(e["seeds"] for _, e in entries):  # untrained, or a trained test that never decided
            shapes = {repr((e["tests"], e["status"])) for _, e in entries}
            if len(shapes) != 1:
                raise MergeError(f"{claim_id}: its tests' outcomes differ between shards; a run cannot give both")
            tests[claim_id] = entries[0][1]["tests"]
            continue
        failure = expected_failure(claim_id, env)
        expected = failure.rate if failure is not None else None
        for path, e in entries:
            shard = decide(claim_id, claim.rate, _outcomes(e), expected, alpha=claim.alpha)
            if [t["outcome"] for t in e["tests"]] != [_outcome(shard, failure)] * len(e["tests"]):
                raise MergeError(
                    f"{path}: {claim_id}'s test outcomes do not follow from its verdict (another failure?); "
                    "re-run that shard"
                )
        joined = [m for _, e in entries for m in e["measured"]]
        measured[claim_id] = joined
        verdict = decide(claim_id, claim.rate, _outcomes({"measured": joined}), expected, alpha=claim.alpha)
        verdicts[claim_id] = verdict.record()
        tests[claim_id] = [{"test": t["test"], "outcome": _outcome(verdict, failure)} for t in entries[0][1]["tests"]]
    return build_report(env, seeds, tests, measured, verdicts, known, fixed)


def _outcomes(entry: dict) -> dict[int, tuple[bool, str]]:
    return {m["seed"]: (m["holds"], "") for m in entry["measured"]}


def _outcome(verdict, failure) -> str:
    """A trained claim's test outcome from its verdict: pass or fail; under a known failure (a
    strict xfail) xfailed, or failed where the run shows it fixed (a strict xpass)."""
    if failure is not None:
        return "failed" if verdict.passes else "xfailed"
    return "passed" if verdict.passes else "failed"


def merge_calibrations(named: Sequence[tuple[str, dict]]) -> dict:
    """One calibration file from checked shards ``(path, content)`` of one setup."""
    from ..spec.calibration import run_order

    _same_setup([(p, c["versions"]) for p, c in named], "calibration files")
    for path, content in named:
        seen: set = set()
        for rec in content["records"]:  # one pass: linear in the records
            key = (rec["row"], rec["seed"])
            if key in seen:
                raise MergeError(f"{path} holds {key[0]} seed {key[1]} twice; a calibration file holds each once")
            seen.add(key)
    _disjoint([(p, {rec["seed"] for rec in c["records"]}) for p, c in named])
    records = sorted((rec for _, c in named for rec in c["records"]), key=run_order)
    return {"versions": named[0][1]["versions"], "records": records}
