"""docs/upstream/jax-stateful-state.md: the JAX state finding as an issue for keras-team/keras.

Made from the page's reproductions (``spec.reproductions.UPSTREAM``), the Keras version sweep
(data/upstream/jax-keras-versions.json, ``tools.keras_versions``), the candidate patch
(docs/upstream/keras-3.15.1-rnn-state.patch) and its evidence: Keras's own tests with and
without it (data/upstream/keras-own-tests.json, ``tools.keras_patch``) and the suite's claims
report on the ``jax-patched`` setup (docs/results/jax-patched.json). A missing input leaves its
section saying which command makes it.
"""

from __future__ import annotations

from pathlib import Path

from ..files import read_json
from . import templating

__all__ = ["upstream_markdown", "version_rows"]

SWEEP_FORMAT = "lstm-behaviour keras-versions 1"
OWN_TESTS_FORMAT = "lstm-behaviour keras-own-tests 1"


def _wrong(record: dict) -> tuple[int, int] | None:
    """Lines of a version's reproductions that read other than expected, and all lines; None where
    they did not run."""
    runs = list(record.get("reproductions", {}).values())
    if not runs or any("lines" not in r for r in runs):
        return None
    lines = [line for r in runs for line in r["lines"].values()]
    return sum(line["expected"] != line["got"] for line in lines), len(lines)


def version_rows(sweep: dict) -> list[dict]:
    """One row per swept version: Keras, jax, the reproductions' wrong lines, the claims' statuses."""
    if not (isinstance(sweep, dict) and sweep.get("format") == SWEEP_FORMAT):
        raise ValueError(f"expected a Keras version sweep ({SWEEP_FORMAT})")
    rows = []
    for record in sweep["versions"]:
        row = {"requirement": record["requirement"], "keras": record.get("keras", "?"), "jax": record.get("jax", "")}
        if "error" in record:
            row["error"] = record["error"]
        else:
            row["wrong"] = _wrong(record)
            errors = [r["error"] for r in record["reproductions"].values() if "error" in r]
            row["reproduction_error"] = errors[0] if errors else None
            claims = record.get("claims", {})
            row["claims_error"] = claims.get("error") if isinstance(claims.get("error"), str) else None
            carried = {c: s for c, s in claims.items() if c.endswith("-carries-state") or c == "S.fit-never-resets"}
            row["lost"] = sorted(c for c, s in carried.items() if s == "xfail")
            row["kept"] = sorted(c for c, s in carried.items() if s in ("holds", "fixed"))
            row["other"] = sorted(c for c, s in claims.items() if s not in ("xfail", "holds", "fixed", "not run"))
            if row["reproduction_error"] and len(row["reproduction_error"]) > 110:
                row["reproduction_error"] = row["reproduction_error"][:110] + "…"
        rows.append(row)
    return rows


def _printed(sweep: dict | None, version: str) -> dict[str, list[str]]:
    """What each reproduction printed on Keras ``version`` in the sweep."""
    for record in (sweep or {}).get("versions", []):
        if record.get("keras") == version and "reproductions" in record:
            return {title: r.get("printed", []) for title, r in record["reproductions"].items()}
    return {}


def upstream_markdown(root: Path) -> str:
    """The page, from the files under ``root`` (a checkout)."""
    from ..spec.reproductions import UPSTREAM

    sweep_files = sorted((root / "data" / "upstream").glob("*keras-versions.json"))
    own_file = root / "data" / "upstream" / "keras-own-tests.json"
    sweeps = {path.name: read_json(path, "a Keras version sweep") for path in sweep_files}
    sweep = sweeps.get("jax-keras-versions.json")
    own = read_json(own_file, "Keras's own tests") if own_file.is_file() else None
    if own is not None and not (isinstance(own, dict) and own.get("format") == OWN_TESTS_FORMAT):
        raise ValueError(f"{own_file}: expected Keras's own tests ({OWN_TESTS_FORMAT})")
    patch = root / "docs" / "upstream" / "keras-3.15.1-rnn-state.patch"
    reports = {name: root / "docs" / "results" / f"{name}.json" for name in ("jax", "jax-patched")}
    statuses = {
        name: {c: e["status"] for c, e in read_json(path, "a claims report")["claims"].items()}
        for name, path in reports.items()
        if path.is_file()
    }
    changed = None
    if len(statuses) == 2:
        before, after = statuses["jax"], statuses["jax-patched"]
        changed = [
            (c, before.get(c, "absent"), after.get(c, "absent"))
            for c in before | after
            if before.get(c) != after.get(c)
        ]
    return templating.render(
        "upstream.md.j2",
        reproductions=UPSTREAM,
        printed=_printed(sweep, "3.15.1"),
        rows=[row for name, data in sorted(sweeps.items(), reverse=True) for row in version_rows(data)] or None,
        held={name: data.get("fixed", []) for name, data in sweeps.items()},
        own=own,
        patch=patch.read_text(encoding="utf-8") if patch.is_file() else None,
        changed=changed,
        unchanged=sum(statuses["jax"].get(c) == s for c, s in statuses["jax-patched"].items())
        if changed is not None
        else 0,
    )
