"""``validate``: every problem with a parsed claims report, the schema's and what a schema cannot say.

Beyond the JSON Schema: registered claim ids, a status its verdict or tests contradict, bounds
and seed lists that disagree with the numbers beside them, a recorded sequential decision that
its design and per-seed holds do not reproduce, versions that do not parse; measurements and
versions no run can record (``run_checks``). Lists a schema's
uniqueness tests would spend minutes on are refused before it runs (``_oversized``).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Mapping

import jsonschema  # imported with the module: a reader loads the validator once, before any run

from ..engine.backends import on_tensorflow
from ..stats.seeds import seed_words
from .report_format import (
    MAX_CLAIMS,
    MAX_FEATURES,
    MAX_PROBLEMS,
    OLDER_SCHEMAS,
    SCHEMA,
    SCHEMA_FILE,
    _number,
    claim_status,
)
from .run_checks import environment_problems, measurement_problems, negative_zeros

__all__ = ["validate"]


@functools.cache
def _schema_validator():
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _where(path) -> str:
    out = "report"
    for part in path:
        out += f"[{part!r}]" if isinstance(part, str) else f"[{part}]"
    return out


#: what a field whose schema has alternatives expects, said in words (jsonschema says only that
#: the value matches none of them)
_EXPECTED = {("environment", "seeds"): "expected 'auto', 'auto:START' or a list of whole seeds"}


def _schema_problems(data) -> list[str]:
    errors = sorted(_schema_validator().iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    out = []
    for e in errors:
        expected = _EXPECTED.get(tuple(map(str, e.absolute_path)))
        message = f"{expected}; got {e.instance!r}" if expected and e.validator in ("anyOf", "oneOf") else e.message
        out.append(f"{_where(e.absolute_path)}: {message}"[:300])
    return out


def _bidi_problems(value, where: str) -> list[str]:
    """Every string of a report that holds a control character: a bidirectional one (it reorders
    what a reader sees), an escape sequence or a line break (no field a run writes has one)."""
    from ..files import control_character

    if isinstance(value, str):
        found = control_character(value)
        return [f"{where or 'report'}: holds {found}"] if found else []
    if isinstance(value, dict):
        return [
            p
            for k, v in value.items()
            for p in _bidi_problems(k, where) + _bidi_problems(v, f"{where}.{k}" if where else str(k))
        ]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _bidi_problems(v, f"{where}[{i}]")]
    return []


def _python_version_possible(text: str) -> bool:
    from packaging.version import InvalidVersion, Version

    try:
        release = Version(text).release
    except InvalidVersion:
        return True  # said by the version check
    return release[:1] == (3,) and len(release) >= 2 and 9 <= release[1] < 100


def _semantic_problems(data, known: set[str]) -> list[str]:
    """What the schema cannot express; ``data`` has passed the schema."""
    from ..spec.known_failures import parse_version

    problems = []
    env = data["environment"]
    for key in ("python", "tensorflow", "keras", "backend_version"):
        if env[key] is not None:
            try:
                if env[key] != env[key].strip():
                    raise ValueError(f"a version has no surrounding white space, got {env[key]!r}")
                parse_version(env[key])
            except ValueError as error:
                problems.append(f"environment.{key}: {error}")
    problems += _seed_rule_problems(env["seeds"])
    said = {p.split(":")[0] for p in problems}  # a version's trailing line break is said once, above
    problems += [p for p in _bidi_problems(data, "") if p.split(":")[0] not in said][:3]
    if env.get("python") and not _python_version_possible(env["python"]):
        problems.append(f"environment.python: {env['python']!r} is not a Python this project runs on (3.9 or later)")
    variant = env.get("variant")
    if variant is not None:
        from ..engine.environment import VARIANTS

        if variant not in VARIANTS:
            problems.append(f"environment.variant: {variant!r} is not a known variant ({', '.join(VARIANTS)})")
    if str(env["keras"]).split(".")[0] != str(env["keras_major"]):
        problems.append(f"environment.keras_major: {env['keras_major']} is not the major of Keras {env['keras']!r}")
    if on_tensorflow(env) and (env["tensorflow"] is None or env["onednn"] is None):
        problems.append("environment: a TensorFlow-backend report must name its TensorFlow and its oneDNN mode")
    problems += environment_problems(env)
    problems += negative_zeros(data)[:3]
    claims = data["claims"]
    from ..spec.claims import CLAIMS

    named = f"environment.articles {env['articles']}" if "articles" in env else "this report (it names none: Qiita's)"
    for claim_id in claims:
        if claim_id not in known:
            why = f"a claim of an article {named} does not name" if claim_id in CLAIMS else "unknown claim id"
            problems.append(f"claims[{claim_id!r}]: {why}{'' if claim_id in CLAIMS else ' (see docs/claims.md)'}")
    missing = sorted(known - set(claims))
    if missing:
        problems.append(f"claims: missing registered claim(s) {', '.join(missing)}")
    for claim_id, entry in claims.items():
        if claim_id not in known:
            continue  # said above; its entry is nothing the registry can check (and may be many)
        where = f"claims[{claim_id!r}]"
        names = [t["test"] for t in entry["tests"]]
        if len(set(names)) != len(names):
            twice = next(n for n in names if names.count(n) > 1)
            problems.append(f"{where}.tests: {twice!r} is listed twice; a run reports each test once")
        expected = claim_status(t["outcome"] for t in entry["tests"])
        if entry["status"] == "fixed" and expected == "holds" and entry["known_failure"]:
            expected = "fixed"  # a known failure that held here, on a version newer than its range
        if expected != entry["status"]:
            problems.append(
                f"{where}.status: {entry['status']!r} contradicts its tests' outcomes (they give {expected!r})"
            )
        seeds, held = entry["seeds"], entry["held"]
        if not set(held) <= set(seeds):
            problems.append(f"{where}.held: seeds {sorted(set(held) - set(seeds))} are not among the seeds run")
        for i, m in enumerate(entry["measured"]):
            for j, b in enumerate(m["bounds"]):
                if _bound_holds(b) != b["holds"]:
                    problems.append(
                        f"{where}.measured[{i}].bounds[{j}].holds: {b['holds']} contradicts measured "
                        f"{b['measured']} against threshold {b['threshold']} ({b['kind']})"
                    )
            if m["holds"] != all(b["holds"] for b in m["bounds"]):
                problems.append(f"{where}.measured[{i}].holds: {m['holds']} contradicts its bounds")
        by_seed = {m["seed"]: m["holds"] for m in entry["measured"]}
        if seeds and set(by_seed) != set(seeds):
            problems.append(f"{where}.measured: seeds {sorted(by_seed)} differ from the seeds run {sorted(seeds)}")
        elif seeds and sorted(s for s, ok in by_seed.items() if ok) != sorted(held):
            problems.append(f"{where}.held: {sorted(held)} differs from the seeds its measurements hold on")
        if seeds:
            problems += _decision_problems(where, entry, env["seeds"], _alpha(claim_id))
        elif entry["critical"] is not None or held or entry["decision"] is not None:
            problems.append(f"{where}: no seeds run, so no held seeds, no critical count and no decision")
        if entry["status"] == "xfail" and entry["known_failure"] is None:
            problems.append(f"{where}.status: 'xfail' needs the known failure it confirms")
    problems += measurement_problems({k: v for k, v in claims.items() if k in known}, CLAIMS)[: MAX_PROBLEMS * 5]
    return problems + _registry_problems(data, known)


_RERUN = "; re-run the claims session if the report predates this version of the claim registry"


def _registry_problems(data, known) -> list[str]:
    """The report against the code that would have written it: each claim's stated rate, known
    failure on this setup and bounds as the claim registry has them, and each per-seed measure
    as its accuracies give it."""
    from ..spec.claims import CLAIMS
    from ..spec.known_failures import expected_failure, newer_failure

    env = data["environment"]
    problems: list[str] = []
    for claim_id, entry in data["claims"].items():
        c = CLAIMS.get(claim_id)
        if c is None or claim_id not in known:
            continue
        where = f"claims[{claim_id!r}]"
        if entry["rate"] != c.rate:
            problems.append(f"{where}.rate: {entry['rate']} is not the registry's stated rate {c.rate}{_RERUN}")
        failure = expected_failure(claim_id, env)
        newer = None if failure else newer_failure(claim_id, env)
        want = failure.xfail_reason() if failure else (newer[0].fixed_text(newer[1]) if newer else None)
        if not entry["tests"]:
            want = None  # a claim the run did not run carries no known failure (ClaimsReporter)
        if entry["known_failure"] != want:
            have = "none" if entry["known_failure"] is None else repr(entry["known_failure"][:80])
            problems.append(
                f"{where}.known_failure: {have} is not the registry's "
                f"{'none' if want is None else repr(want[:80])} for this setup{_RERUN}"
            )
        if entry["seeds"] and not c.trained:
            problems.append(f"{where}.seeds: an untrained claim runs no seeds")
        decision = entry.get("decision") or {}
        if failure is not None and decision.get("rule") == "sequential" and decision.get("p_lo") != failure.rate:
            problems.append(
                f"{where}.decision.p_lo: {decision.get('p_lo')} is not the registry's rate {failure.rate} of the "
                f"known failure on this setup (held on at most that share){_RERUN}"
            )
        for i, m in enumerate(entry["measured"]):
            problems += _measured_problems(f"{where}.measured[{i}]", c, m)
    return problems[: MAX_PROBLEMS * 5]


def _measured_problems(where: str, claim, m: Mapping) -> list[str]:
    if len(m["bounds"]) != len(claim.bounds):
        return [f"{where}.bounds: {len(m['bounds'])} bounds, the registry's claim has {len(claim.bounds)}{_RERUN}"]
    problems = []
    for j, (b, bound) in enumerate(zip(m["bounds"], claim.bounds)):
        try:
            article = _number(bound.article_value())
        except KeyError:
            article = None
        want = {"bound": bound.describe(), "kind": bound.kind, "threshold": _number(bound.value), "article": article}
        wrong = [key for key, value in want.items() if b[key] != value]
        if wrong:
            problems.append(
                f"{where}.bounds[{j}].{wrong[0]}: {b[wrong[0]]!r} is not the registry's {want[wrong[0]]!r}{_RERUN}"
            )
            continue
        try:
            value = bound.measure(m["accuracies"])
        except (KeyError, TypeError):
            problems.append(f"{where}.accuracies: no {bound.left[0]} {bound.left[1]} (or its right side) to measure")
            continue
        if abs(value - b["measured"]) > 2e-6:
            problems.append(
                f"{where}.bounds[{j}].measured: {b['measured']} is not what its accuracies give ({_number(value)})"
            )
    return problems


def _alpha(claim_id: str) -> float:
    """The claim's false-alarm rate a run (its article's share, ``spec.claims``); an untrained
    claim, which runs no seeds, is checked at the first article's."""
    from ..spec.claims import ARTICLE_CLAIMS, CLAIMS

    alpha = CLAIMS[claim_id].alpha
    return alpha if alpha is not None else next(c.alpha for cs in ARTICLE_CLAIMS.values() for c in cs)


def _decision_problems(where: str, entry: Mapping, run_seeds, alpha: float) -> list[str]:
    """A claim's decision against its seeds, its rate and the run's seed rule: a fixed run's
    critical count and power, a sequential run's design and where it stopped, recomputed."""
    from ..stats.binomial import BETA, critical_count
    from ..stats.seeds import auto_start
    from ..stats.sequential import break_rate, design, fixed_power

    seeds, held, decision = entry["seeds"], entry["held"], entry["decision"]
    n, k, rate = len(seeds), len(held), entry["rate"]
    known = entry["known_failure"] is not None  # run as a known failure, or as a claim past its range
    if decision is None:
        return [f"{where}.decision: missing for a claim with seeds"]
    try:
        start = auto_start(run_seeds)
    except ValueError:
        return []  # said once, for the environment (_seed_rule_problems)
    if (decision["rule"] == "sequential") != (start is not None):
        return [f"{where}.decision: a {decision['rule']!r} decision in a run whose seeds are {seed_words(run_seeds)}"]
    if decision["rule"] == "fixed":
        problems = []
        if sorted(seeds) != sorted(run_seeds):
            problems.append(f"{where}.seeds: {seed_words(seeds)} differ from the run's seeds {seed_words(run_seeds)}")
        critical = critical_count(n, rate, alpha)
        if entry["critical"] != critical:
            problems.append(
                f"{where}.critical: {entry['critical']} is not the critical count {critical} of {n} seeds "
                f"at rate {rate}"
            )
        power = round(fixed_power(n, rate, alpha), 6)
        if decision["alpha"] != alpha or decision["power"] not in ((power, None) if known else (power,)):
            problems.append(
                f"{where}.decision: alpha {decision['alpha']} and power {decision['power']} are not this run's "
                f"{alpha} and {power}"
            )
        if entry["status"] == "holds" and not known and k <= critical:
            problems.append(f"{where}.status: 'holds' with {k}/{n} seeds at or below the critical count {critical}")
        return problems
    if entry["critical"] is not None:
        return [f"{where}.critical: a sequential decision has no critical count, got {entry['critical']}"]
    if sorted(seeds) != list(range(start, start + n)):
        return [
            f"{where}.seeds: a sequential run adds seeds {start}, {start + 1}, {start + 2}, ... in order; "
            f"got {seed_words(seeds)}"
        ]
    failure = known and (decision["err_hi"], decision["err_lo"]) == (BETA, alpha)
    targets = (BETA, alpha) if failure else (alpha, BETA)
    if (decision["err_hi"], decision["err_lo"]) != targets or decision["p_hi"] != rate:
        return [
            f"{where}.decision: rates {decision['p_hi']}/{decision['p_lo']} and targets "
            f"{decision['err_hi']}/{decision['err_lo']} are not the design of a claim at rate {rate} "
            f"(targets {targets[0]}/{targets[1]})"
        ]
    if not failure and decision["p_lo"] != break_rate(rate):
        return [f"{where}.decision: p_lo {decision['p_lo']} is not the break rate {break_rate(rate)} of {rate}"]
    try:
        made = design(decision["p_hi"], decision["p_lo"], decision["err_hi"], decision["err_lo"])
    except ValueError as error:
        return [f"{where}.decision: {error}"]
    if made.record() != {key: decision[key] for key in made.record()}:
        return [f"{where}.decision: cap and exact errors differ from the design they name ({made.record()})"]
    stop = made.run(s in set(held) for s in range(start, start + n))
    problems = []
    if stop.decision is None:
        problems.append(f"{where}.seeds: the design does not decide on these {n} seeds; the run stopped too early")
    elif stop.seeds != n:
        problems.append(f"{where}.seeds: the design decides after {stop.seeds} seeds; the run went on to {n}")
    elif decision["stopped"] != stop.reason:
        problems.append(f"{where}.decision.stopped: {decision['stopped']!r} is not where it stopped ({stop.reason!r})")
    elif entry["status"] == "holds" and not failure and stop.decision != "holds":
        problems.append(f"{where}.status: 'holds' where its sequential test decided {stop.decision!r}")
    elif entry["status"] == "xfail" and failure and stop.decision != "fails":
        problems.append(f"{where}.status: 'xfail' where its known-failure test decided it fixed ({stop.decision!r})")
    return problems


def _seed_rule_problems(seeds) -> list[str]:
    """A sequential run's seed rule, as a run writes it: ``auto`` or ``auto:START``."""
    from ..stats.seeds import auto_start, auto_text

    if not isinstance(seeds, str):
        return []
    try:
        start = auto_start(seeds)
    except ValueError as error:
        return [f"environment.seeds: {error}"]
    if start is None or seeds != auto_text(start):
        want = repr(auto_text(start)) if start is not None else "'auto' or 'auto:START'"
        return [f"environment.seeds: {seeds!r} is not how a run names its seeds ({want})"]
    return []


def _bound_holds(b: Mapping) -> bool:
    eps = 1e-9
    if b["kind"] in ("at_least", "below"):
        return b["measured"] >= b["threshold"] - eps
    return b["measured"] <= b["threshold"] + eps


def validate(data, claim_ids: Iterable[str] | None = None) -> list[str]:
    """Every problem with a parsed report (empty when it is valid): the schema's, then the
    semantic checks above. ``claim_ids``: the claims it must hold; by default every untrained
    claim and the trained ones of the articles it names (``environment.articles``; where it names
    none, ``DEFAULT_ARTICLES``)."""
    if isinstance(data, dict) and isinstance(data.get("schema"), str) and data["schema"] in OLDER_SCHEMAS:
        return [
            f"schema {data['schema']!r} is an older format of the claims report "
            f"({OLDER_SCHEMAS[data['schema']]}); re-run the claims session to write {SCHEMA!r}"
        ]
    too_many = _oversized(data)
    if too_many:
        return [too_many]
    problems = _schema_problems(data)
    if len(problems) > MAX_PROBLEMS:
        problems = problems[:MAX_PROBLEMS] + [f"... and {len(problems) - MAX_PROBLEMS} more problems"]
    if problems or "setup_error" in data:
        return problems
    if claim_ids is None:
        from ..spec.claims import claims_of
        from .report_format import named_articles

        try:
            claim_ids = claims_of(named_articles(data["environment"]))
        except ValueError as error:
            return [f"environment.articles: {error}"]
    problems = _semantic_problems(data, set(claim_ids))
    if len(problems) > MAX_PROBLEMS:
        problems = problems[:MAX_PROBLEMS] + [f"... and {len(problems) - MAX_PROBLEMS} more problems"]
    return problems


def _oversized(data) -> str | None:
    """A list the schema's uniqueness tests would spend minutes on, found before them: more claims
    than a registry holds (``MAX_CLAIMS``; the schema takes milliseconds per claim), a seed list
    longer than a run can have (``seeds.MAX_SEEDS``) or holding anything but whole numbers (mixed
    types make the test quadratic), too many CPU features or any that is not a name."""
    from ..stats.seeds import MAX_SEEDS

    if not isinstance(data, dict):
        return None
    env = data.get("environment")
    lists = [("environment.seeds", env.get("seeds") if isinstance(env, dict) else None)]
    claims = data.get("claims")
    if isinstance(claims, dict) and len(claims) > MAX_CLAIMS:
        return f"claims: {len(claims)} entries; a report lists the registry's claims, at most {MAX_CLAIMS}"
    if isinstance(claims, dict):
        for claim_id, entry in claims.items():
            if isinstance(entry, dict):
                lists += [(f"claims[{claim_id!r}].{key}", entry.get(key)) for key in ("seeds", "held", "measured")]
    for where, value in lists:
        if isinstance(value, list) and len(value) > MAX_SEEDS:
            return f"{where}: {len(value)} entries; a run has at most {MAX_SEEDS} seeds"
        if where.endswith((".seeds", ".held")) and isinstance(value, list):
            if not all(type(v) is int for v in value):  # the schema's uniqueness test of mixed types is quadratic
                return f"{where}: seeds are whole numbers"
    features = env.get("cpu_features") if isinstance(env, dict) else None
    if isinstance(features, list) and (len(features) > MAX_FEATURES or not all(type(f) is str for f in features)):
        return f"environment.cpu_features: at most {MAX_FEATURES} names of CPU features"
    return None
