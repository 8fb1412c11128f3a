"""Calibration runs: every row over many seeds, saved as raw data for the thresholds.

- ``run(experiments, seeds)``: train each (row, seed) and return the records;
- ``extend(path, experiments, seeds)``: add the missing (row, seed) records to a calibration
  file, saving after each seed (``python -m lstm_behaviour calibrate``);
- ``load_sets(paths)``: the committed files, one ``CalibrationSet`` per setup (software versions
  and oneDNN mode); ``per_seed`` gives what the claims read.

The files live in data/calibration/, one per setup, and hold the rows of one article
(``articles.calibrated_article``: its table experiments and its transplant); the rule that turns
them into bounds and rates is ``lstm_behaviour.stats.thresholds``, and docs/calibration.md is
generated from both.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..engine.backends import on_tensorflow
from ..engine.rows import run_row
from ..files import write_json
from .articles import articles, calibrated_article, owner
from .experiments import WARMUP_REPRODUCIBLE, window_count

__all__ = [
    "REQUIRED_KEYS",
    "SETUP_KEYS",
    "CalibrationSet",
    "extend",
    "load_sets",
    "normalized",
    "per_seed",
    "reference_set",
    "run",
    "run_order",
    "save",
]

#: The versions that make two calibration runs one setup (their numbers can be compared seed
#: by seed); Python and the platform are recorded but do not split a setup.
SETUP_KEYS = ("tensorflow", "keras", "keras_major", "backend", "backend_version", "onednn", "variant")


def run(
    numbers: Iterable[int],
    seeds: Iterable[int],
    *,
    protocol: str = "fast",
    progress=sys.stderr,
    done: Iterable[tuple[str, int]] = (),
    on_seed=None,
) -> list[dict]:
    """Train and evaluate every row of the numbered experiments (5: the transplant) per seed.

    Returns the new records, each reported on ``progress`` as it is done (``_Progress``). ``done``:
    (row, seed) pairs to skip; ``on_seed(records)``: called after each seed with every record so
    far, so a long run saves as it goes. Experiment 5 reuses its source row's weights when that row
    is trained in the same run (same seed and protocol: the same weights).
    """
    from ..engine.transplant import run_transplant

    transplant = calibrated_article().transplant
    numbers, seeds, done = sorted(set(numbers)), list(seeds), set(done)
    tables = calibrated_article().experiments
    jobs = [(n, r) for n in numbers for r in (tables[n].rows if n in tables else (None,))]
    todo = [
        (seed, r) for seed in seeds for _, r in jobs if ((r.key if r is not None else transplant.key), seed) not in done
    ]
    records: list[dict] = []
    with _Progress(progress, len(todo)) as shown:
        for seed in seeds:
            weights = {}
            for s, r in todo:
                if s != seed:
                    continue
                if r is None:
                    result = run_transplant(
                        transplant, seed, protocol=protocol, source_weights=weights.get(transplant.source)
                    )
                else:
                    result = run_row(r, seed, protocol=protocol)
                    weights[r.key] = result.weights
                records.append(result.record())
                acc = " ".join(f"{k}={v:.2f}" for k, v in result.accuracy.items())
                label = r.key if r is not None else transplant.key
                shown.advance(f"{label} seed={seed}", f"{acc} fit={result.fit_s:.1f}s")
            if on_seed is not None and any(s == seed for s, _ in todo):
                on_seed(records)
    return records


def run_order(record: dict) -> tuple[int, int]:
    """Where ``run`` puts a record: by seed, then by its article's experiments and rows (the transplant last)."""
    return record["seed"], owner(record["row"]).keys.index(record["row"])


class _Progress:
    """Where a long run shows how far it is: on a terminal, a progress bar with the time left
    (rich); elsewhere (a log, a pipe), one counted line a row, ``[3/14] E1/lstm_ful seed=0 ...``."""

    def __init__(self, stream, total: int):
        self.stream, self.total, self.done = stream, total, 0
        self.bar = None
        if stream is not None and total and _is_terminal(stream):
            try:
                from rich.console import Console
                from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
            except ImportError:  # the plain lines below
                return
            self.bar = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("left"),
                TimeRemainingColumn(),
                console=Console(file=stream),
                transient=False,
            )
            self.task = self.bar.add_task("training rows", total=total)

    def __enter__(self):
        if self.bar is not None:
            self.bar.start()
        return self

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.stop()
        return False

    def advance(self, label: str, detail: str) -> None:
        self.done += 1
        if self.bar is not None:
            self.bar.update(self.task, advance=1, description=label)
        elif self.stream is not None:
            print(f"[{self.done}/{self.total}] {label} {detail}", file=self.stream, flush=True)


def _is_terminal(stream) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def save(path, records: list[dict]) -> None:
    """Write the records and the versions they were measured on, whole or not at all."""
    write_json(path, {"versions": _current_versions(), "records": records})


def _current_versions() -> dict:
    from ..engine.compat import versions_record

    return versions_record()


def _setup(versions: dict) -> tuple:
    return tuple(normalized(versions).get(key) for key in SETUP_KEYS)


#: The versions a calibration file must name (files made before the backend version and the
#: variant were recorded are TensorFlow runs without a variant: ``normalized`` fills them in).
REQUIRED_KEYS = ("tensorflow", "keras", "keras_major", "backend", "onednn")


def normalized(versions: dict) -> dict:
    """``versions`` with the backend version and the variant filled in where older files lack them."""
    out = dict(versions)
    if "backend_version" not in out and out.get("backend") and on_tensorflow(out):
        out["backend_version"] = out.get("tensorflow")
    out.setdefault("variant", None)
    return out


def extend(
    path, numbers: Iterable[int], seeds: Iterable[int], *, protocol: str = "fast", progress=sys.stderr
) -> list[dict]:
    """Add the missing (row, seed) records to the calibration file ``path`` (made if absent).

    Records already in the file are kept and not retrained; the file is rewritten whole after
    each seed, so an interrupted run loses at most one seed. Refuses a file measured on other
    versions (or another oneDNN mode): one file holds one setup.
    """
    path = Path(path)
    old: list[dict] = []
    current = _current_versions()
    if path.exists():
        content = _read(path)
        if _setup(content["versions"]) != _setup(current):
            theirs = ", ".join(f"{k} {content['versions'].get(k)}" for k in SETUP_KEYS)
            ours = ", ".join(f"{k} {current.get(k)}" for k in SETUP_KEYS)
            raise ValueError(f"{path} was measured on {theirs}, not on {ours}; write these seeds to another file")
        old = content["records"]
        if (theirs := owner(old[0]["row"]).key) != calibrated_article().key:
            raise ValueError(f"{path} holds the {theirs} article's rows, not the ones calibrate adds; use another file")
    done = {(rec["row"], rec["seed"]) for rec in old}
    new = run(
        numbers, seeds, protocol=protocol, progress=progress, done=done, on_seed=lambda recs: save(path, old + recs)
    )
    return old + new


def _read(path: Path) -> dict:
    """A calibration file, checked: versions, and records of known rows with their measures in
    [0, 1]; a ValueError names the file and the first thing wrong."""
    from ..files import read_json

    content = read_json(path, "a calibration file")
    if (
        not isinstance(content, dict)
        or not isinstance(content.get("versions"), dict)
        or not isinstance(content.get("records"), list)
    ):
        raise ValueError(f"{path}: a calibration file must be an object with 'versions' and 'records'")
    for key in REQUIRED_KEYS:
        if key not in content["versions"]:
            raise ValueError(f"{path}: versions must name {', '.join(REQUIRED_KEYS)}; {key!r} is missing")
    problem = _versions_problem(content["versions"])
    if problem:
        raise ValueError(f"{path}: versions: {problem}")
    if not content["records"]:
        raise ValueError(f"{path}: records: expected at least one record; got none")
    for i, rec in enumerate(content["records"]):
        problem = _record_problem(rec)
        if not problem and (this := owner(rec["row"]).key) != (first := owner(content["records"][0]["row"]).key):
            problem = f"a row of the article {this} in a file of the article {first}'s rows (one article a file)"
        if problem:
            raise ValueError(f"{path}: records[{i}]: {problem}")
    check = owner(content["records"][0]["row"]).file_problem  # the article's own rules for its files
    if check is not None and (problem := check(content)):
        raise ValueError(f"{path}: {problem}")
    return content


def _versions_problem(versions: dict) -> str | None:
    """What the versions of a calibration file hold that no run writes, or None."""
    from ..engine.backends import BACKENDS
    from ..files import control_character

    for key, value in versions.items():
        if value is not None and not isinstance(value, (str, int, bool, list)):
            return f"{key} must be text, a number, true or false; got {value!r}"
        found = control_character(value) if isinstance(value, str) else None
        if found:
            return f"{key} holds {found}"
    for key in ("tensorflow", "keras", "backend_version", "python", "platform", "variant"):
        if key in versions and versions[key] is not None and not isinstance(versions[key], str):
            return f"{key} must be text or null; got {versions[key]!r}"
    if versions["keras_major"] not in (2, 3) or isinstance(versions["keras_major"], bool):
        return f"keras_major must be 2 or 3; got {versions['keras_major']!r}"
    if versions["backend"] not in BACKENDS:
        return f"backend must be one of {', '.join(BACKENDS)}; got {versions['backend']!r}"
    if not isinstance(versions["onednn"], (bool, type(None))):
        return f"onednn must be true, false or null; got {versions['onednn']!r}"
    return _versions_together(versions)


def _versions_together(versions: dict) -> str | None:
    """Versions of the right types that no one environment holds together (``spec.versions``)."""
    from ..engine.environment import VARIANTS
    from .known_failures import parse_version
    from .versions import versions_problems

    for key in ("tensorflow", "keras", "python", "backend_version"):
        if versions.get(key) is not None:
            try:
                parse_version(versions[key])
            except ValueError as error:
                return f"{key}: {error}"
    if str(versions["keras"]).split(".")[0] != str(versions["keras_major"]):
        return f"keras_major {versions['keras_major']} is not the major of Keras {versions['keras']!r}"
    if versions.get("variant") is not None and versions["variant"] not in VARIANTS:
        return f"variant {versions['variant']!r} is not a known variant ({', '.join(VARIANTS)})"
    if on_tensorflow(versions) and (versions["tensorflow"] is None or versions["onednn"] is None):
        return "a TensorFlow-backend calibration names its TensorFlow and its oneDNN mode"
    problems = versions_problems(versions)
    return problems[0] if problems else None


MAX_SECONDS = 86_400  # a row's training or prediction of one seed: a day at most (torch's slowest take a minute)


def _negative(value: float) -> bool:
    """Whether a number is negative, -0.0 included (no run writes it)."""
    import math

    return math.copysign(1.0, value) < 0


def _record_problem(rec) -> str | None:
    from ..engine.data import EVALUATIONS

    if not isinstance(rec, dict):
        return f"expected an object, got {type(rec).__name__}"
    row = rec.get("row")
    if not isinstance(row, str) or not any(row in a.keys for a in articles().values()):
        return f"unknown row {row!r}"
    of = owner(row)
    transplant = of.transplant if of.transplant is not None and row == of.transplant.key else None
    extras = tuple(of.record_extras.get(row, ()))
    from ..stats.seeds import MAX_SEED

    seed = rec.get("seed")
    if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed <= MAX_SEED:
        return f"seed must be a whole number from 0 to {MAX_SEED}, got {seed!r}"
    names = [t.name for t in transplant.tests] if transplant else list(EVALUATIONS)
    for name in names:
        value = rec.get(name)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1 or _negative(value):
            return f"{row} {name} must be an accuracy in [0, 1], got {value!r}"
        windows = window_count(row, name)
        if abs(value * windows - round(value * windows)) > 1e-9:
            return f"{row} {name} must be a whole number of its {windows} windows over {windows}, got {value!r}"
    if transplant and not isinstance(rec.get(WARMUP_REPRODUCIBLE), bool):
        return f"{WARMUP_REPRODUCIBLE} must be true or false, got {rec.get(WARMUP_REPRODUCIBLE)!r}"
    for name, top, what in [("fit_s", MAX_SECONDS, "seconds"), ("predict_s", MAX_SECONDS, "seconds")] + [
        (name, 1e300, "its own kind")
        for name in extras  # the article's numbers of the row (Article.record_extras)
    ]:
        value = rec.get(name, 0 if top == MAX_SECONDS else None)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= top or _negative(value):
            return f"{name} must be a number of {what} from 0 to {top:g}, got {value!r}"
    if "protocol" in rec and rec["protocol"] not in ("fast", "article"):
        return f"protocol must be fast or article, got {rec['protocol']!r}"
    known = {"row", "seed", "protocol", "fit_s", "predict_s", *names, *extras}
    if transplant:
        known.add(WARMUP_REPRODUCIBLE)
    unknown = sorted(set(rec) - known)
    if unknown:
        return f"unknown key {unknown[0]!r} (a record holds {', '.join(sorted(known))})"
    return None


@dataclass(frozen=True)
class CalibrationSet:
    """The calibration records of one setup, from one or more files."""

    sources: tuple[str, ...]
    versions: dict
    records: tuple[dict, ...]

    @property
    def onednn(self) -> bool | None:
        return self.versions.get("onednn")

    @property
    def label(self) -> str:
        v = self.versions
        mode = "" if self.onednn is None else f", oneDNN {'on' if self.onednn else 'off'}"
        head = f"TF {v['tensorflow']}" if on_tensorflow(v) else (f"{v['backend']} {v.get('backend_version', '?')}")
        variant = f", {v['variant']}" if v.get("variant") else ""
        return f"{head} / Keras {v['keras']}{mode}{variant}"

    @property
    def sets_rates(self) -> bool:
        """Whether this set enters the bounds and rates: TensorFlow sets without a variant do; the
        other backends' sets are evidence for their findings (docs/findings.md)."""
        return on_tensorflow(self.versions) and not self.versions.get("variant")

    @property
    def seeds(self) -> list[int]:
        return sorted({r["seed"] for r in self.records})

    def per_seed(self) -> dict[int, dict[str, dict[str, float]]]:
        """``per_seed(self.records)``, computed once (the rule and the docs read it per claim)."""
        if "_per_seed" not in self.__dict__:
            object.__setattr__(self, "_per_seed", per_seed(self.records))
        return self.__dict__["_per_seed"]


def per_seed(records: Iterable[dict]) -> dict[int, dict[str, dict[str, float]]]:
    """seed -> row key -> measure -> value, as ``Claim.on_seed`` reads it (experiment 5's
    warm-up check as 1.0 or 0.0)."""
    from ..engine.data import EVALUATIONS

    transplant = calibrated_article().transplant
    out: dict[int, dict[str, dict[str, float]]] = {}
    for rec in records:
        if rec["row"] == transplant.key:
            values = {t.name: rec[t.name] for t in transplant.tests}
            values[WARMUP_REPRODUCIBLE] = float(rec[WARMUP_REPRODUCIBLE])
        else:
            values = {e: rec[e] for e in EVALUATIONS}
        out.setdefault(rec["seed"], {})[rec["row"]] = values
    return out


def load_sets(paths: Iterable[str | Path]) -> list[CalibrationSet]:
    """Read calibration files, one ``CalibrationSet`` per setup (files of one setup merge);
    a ValueError names a file that cannot be read or repeats a (row, seed) of its setup."""
    grouped: dict[tuple, dict] = {}
    for path in sorted(map(Path, paths)):
        content = _read(path)
        entry = grouped.setdefault(
            _setup(content["versions"]), {"sources": [], "versions": normalized(content["versions"]), "records": {}}
        )
        entry["sources"].append(str(path))
        for rec in content["records"]:
            key = (rec["row"], rec["seed"])
            if key in entry["records"]:
                raise ValueError(f"{path}: {key[0]} seed {key[1]} is already in another file of this setup")
            entry["records"][key] = rec
    return [
        CalibrationSet(tuple(e["sources"]), e["versions"], tuple(e["records"].values()))
        for _, e in sorted(grouped.items(), key=lambda item: _order(item[1]["versions"]))
    ]


def reference_set(sets: list[CalibrationSet]) -> CalibrationSet:
    """The set the docs' tables show: the first Keras 3 set with oneDNN off, else the first."""
    return next((c for c in sets if c.onednn is False and c.versions.get("keras_major") == 3), sets[0])


def _order(versions: dict) -> tuple:
    from .setups import setup_order

    return setup_order(versions), bool(versions.get("onednn"))
