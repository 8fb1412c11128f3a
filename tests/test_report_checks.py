"""The claims report validator's checks, one broken field at a time, on the committed TF 2.21
report, and the report's building blocks (no TensorFlow needed)."""

from __future__ import annotations

import copy
import json

import pytest
from committed_report import REPORT, RESULTS, TRAINED, UNTRAINED, broken, shift_every_bound, unknown_claim_first

from lstm_behaviour.reports import claims_report, report_checks
from lstm_behaviour.reports.claims_report import (
    SCHEMA,
    ResultsError,
    build_report,
    claim_status,
    load,
    measured_entry,
    validate,
)
from lstm_behaviour.reports.report_format import MAX_PROBLEMS, OLDER_SCHEMAS
from lstm_behaviour.spec.claims import claim

JAX = json.loads((RESULTS / "jax.json").read_text("utf-8"))  # a report with known failures


def test_the_committed_report_is_valid():
    assert validate(REPORT) == []


def test_each_semantic_check_names_the_field():
    def bad_version(d):
        d["environment"]["keras"] = "3..1"

    assert broken(bad_version) == [
        "environment.keras: a version must look like 2.21.0 or 3.16.0.dev2026102704, got '3..1'"
    ]

    def no_onednn(d):
        d["environment"]["onednn"] = None

    assert broken(no_onednn) == [
        "environment: a TensorFlow-backend report must name its TensorFlow and its oneDNN mode"
    ]

    def two_missing(d):
        del d["claims"][TRAINED], d["claims"][UNTRAINED]

    assert broken(two_missing) == [f"claims: missing registered claim(s) {TRAINED}, {UNTRAINED}"]

    def fixed_without_failure(d):
        d["claims"][TRAINED]["status"] = "fixed"

    assert broken(fixed_without_failure) == [
        f"claims[{TRAINED!r}].status: 'fixed' contradicts its tests' outcomes (they give 'holds')"
    ]

    def seed_flipped(d):
        d["claims"][TRAINED]["measured"][1]["holds"] = False

    assert broken(seed_flipped) == [
        f"claims[{TRAINED!r}].measured[1].holds: False contradicts its bounds",
        f"claims[{TRAINED!r}].held: [0, 1, 2, 3, 4] differs from the seeds its measurements hold on",
    ]

    def seed_missing(d):
        del d["claims"][TRAINED]["measured"][2]

    assert broken(seed_missing) == [
        f"claims[{TRAINED!r}].measured: seeds [0, 1, 3, 4] differ from the seeds run [0, 1, 2, 3, 4]"
    ]

    def critical_without_seeds(d):
        d["claims"][UNTRAINED]["critical"] = 0

    assert broken(critical_without_seeds) == [
        f"claims[{UNTRAINED!r}]: no seeds run, so no held seeds, no critical count and no decision"
    ]


def _alone(problems):
    """The problems but those of a row that two claims read differently on one seed (a forgery
    made on one claim's measurements is also one of those)."""
    return [p for p in problems if not p.endswith("a run trains a row once per seed")]


def test_a_sequential_decision_is_recomputed_from_its_seeds():
    where = f"claims[{TRAINED!r}]"

    def stopped_early(d):  # the run claims a decision after four seeds
        entry = d["claims"][TRAINED]
        entry["seeds"], entry["held"], entry["measured"] = [0, 1, 2, 3], [0, 1, 2, 3], entry["measured"][:4]

    assert broken(stopped_early) == [
        f"{where}.seeds: the design does not decide on these 4 seeds; the run stopped too early"
    ]

    def weaker_design(d):  # a forged break rate
        d["claims"][TRAINED]["decision"]["p_lo"] = 0.2

    assert broken(weaker_design) == [f"{where}.decision: p_lo 0.2 is not the break rate 0.5 of 0.96"]

    def looser_alpha(d):
        d["claims"][TRAINED]["decision"]["err_hi"] = 0.05

    assert broken(looser_alpha)[0].startswith(f"{where}.decision: rates 0.96/0.5 and targets 0.05/0.05")

    def other_reason(d):
        d["claims"][TRAINED]["decision"]["stopped"] = "held on 5 of 5 at the cap"

    assert broken(other_reason) == [
        f"{where}.decision.stopped: 'held on 5 of 5 at the cap' is not where it stopped "
        "('held on 5 of 5: at or above the hold boundary 5')"
    ]

    def exact_error_edited(d):
        d["claims"][TRAINED]["decision"]["exact_err_hi"] = 0.0

    assert broken(exact_error_edited)[0].startswith(f"{where}.decision: cap and exact errors differ")

    def skipped_seed(d):
        entry = d["claims"][TRAINED]
        for m in entry["measured"]:
            m["seed"] += 1
        entry["seeds"], entry["held"] = [1, 2, 3, 4, 5], [1, 2, 3, 4, 5]

    problems = broken(skipped_seed)
    assert _alone(problems) == [
        f"{where}.seeds: a sequential run adds seeds 0, 1, 2, ... in order; got [1, 2, 3, 4, 5]"
    ]
    assert any(": E1/dense seed 1 reads " in p for p in problems), "and another claim reads seed 1 otherwise"

    def fixed_rule_in_an_auto_run(d):
        d["claims"][TRAINED]["decision"] = {"rule": "fixed", "alpha": 0.01, "power": 0.5}

    assert broken(fixed_rule_in_an_auto_run) == [
        f"{where}.decision: a 'fixed' decision in a run whose seeds are 'auto'"
    ]

    def no_decision(d):
        d["claims"][TRAINED]["decision"] = None

    assert broken(no_decision) == [f"{where}.decision: missing for a claim with seeds"]

    def holds_though_failed(d):
        entry = d["claims"][TRAINED]
        entry["seeds"], entry["held"] = [0, 1, 2, 3], []
        entry["measured"] = entry["measured"][:4]
        for m in entry["measured"]:
            m["holds"] = False
            for b in m["bounds"]:
                b["measured"], b["holds"] = (0.9, False) if b["kind"] == "within" else (b["measured"], b["holds"])
        entry["decision"]["stopped"] = "held on 0 of 4: at or below the fail boundary 0"

    problems = broken(holds_though_failed)
    assert f"{where}.status: 'holds' where its sequential test decided 'fails'" in problems


def test_older_reports_and_long_problem_lists():
    for old, why in (
        ("lstm-behaviour/claims-report/1", "no oneDNN mode, per-seed verdicts"),
        ("lstm-behaviour/claims-report/2", "no record of how each claim was decided, per-claim alpha of 1%"),
    ):
        assert OLDER_SCHEMAS[old] == why
        assert validate({"schema": old}) == [
            f"schema {old!r} is an older format of the claims report ({why}); re-run the claims session to "
            f"write {SCHEMA!r}"
        ]
    many = {"schema": SCHEMA, "environment": {}, "claims": {str(i): {} for i in range(MAX_PROBLEMS + 5)}}
    problems = validate(many)
    assert len(problems) == MAX_PROBLEMS + 1 and problems[-1].startswith("... and ")
    assert problems[-1] == f"... and {len(report_checks._schema_problems(many)) - MAX_PROBLEMS} more problems"
    exact = report_checks._schema_problems(many)[:MAX_PROBLEMS]
    assert all(len(p) <= 300 for p in exact)


def test_a_long_schema_problem_is_cut_at_300_characters():
    data = copy.deepcopy(REPORT)
    data["environment"]["python"] = ["x" * 400]
    assert [len(p) for p in validate(data)] == [300]


def test_a_setup_error_report_skips_the_semantic_checks():
    report = claims_report.setup_error_report("tf-2.13", "install", "no wheel")
    assert validate(report) == []


def test_load_names_the_path_and_what_went_wrong(tmp_path, monkeypatch):
    with pytest.raises(ResultsError) as error:
        load(tmp_path)
    assert (error.value.path, error.value.problems) == (str(tmp_path), ["is a directory, not a claims report"])
    with pytest.raises(ResultsError) as error:
        load(tmp_path / "missing.json")
    assert (error.value.path, error.value.problems) == (
        str(tmp_path / "missing.json"),
        ["cannot read a claims report: No such file or directory"],
    )
    path = tmp_path / "r.json"
    path.write_text(json.dumps(REPORT), encoding="utf-8")
    assert load(path) == REPORT
    with pytest.raises(ResultsError) as error:
        load(path, claim_ids=[*REPORT["claims"], "X.new"])
    assert error.value.problems == ["claims: missing registered claim(s) X.new"]

    def deep(data, claim_ids):
        raise RecursionError

    monkeypatch.setattr(claims_report, "validate", deep)
    with pytest.raises(ResultsError) as error:
        load(path)
    assert error.value.problems == ["not a claims report: nested too deeply"]


def test_claim_status_refuses_an_unknown_outcome():
    with pytest.raises(
        ValueError,
        match=r"^test outcomes must be among passed, failed, error, xfailed, skipped; got \['lost', 'weird'\]$",
    ):
        claim_status(["passed", "weird", "lost"])


def test_measured_values_are_finite_and_rounded_to_six_places():
    assert claims_report._number(0.12345678) == 0.123457
    with pytest.raises(ValueError, match=r"^a measured value must be finite, got nan$"):
        claims_report._number(float("nan"))


def test_a_measured_entry_gives_the_articles_number_where_it_has_one():
    c = claim(TRAINED)
    acc = {"E1/lstm": {"in_order": 0.72}, "E1/dense": {"in_order": 0.76}}
    entry = measured_entry(c, acc, 4)
    assert entry["seed"] == 4 and entry["holds"] is True
    assert entry["bounds"][0]["article"] == pytest.approx(c.bounds[0].article_value())
    warmup = measured_entry(
        claim("E5.warmup-state-is-reproducible"), {"E5/transplant": {"warmup_reproducible": 1.0}}, 0
    )
    assert warmup["bounds"][0]["article"] is None


def test_a_report_lists_tests_by_name_and_measurements_by_seed():
    tests = {TRAINED: [{"test": "b", "outcome": "passed"}, {"test": "a", "outcome": "passed"}]}
    measured = {TRAINED: [{"seed": 2}, {"seed": 0}, {"seed": 1}]}
    report = build_report({}, range(3), tests, measured, {}, {})
    entry = report["claims"][TRAINED]
    assert [t["test"] for t in entry["tests"]] == ["a", "b"]
    assert [m["seed"] for m in entry["measured"]] == [0, 1, 2]
    assert report["environment"]["seeds"] == [0, 1, 2], "any iterable of seeds is stored as a list"
    assert build_report({}, "auto", tests, measured, {}, {})["environment"]["seeds"] == "auto"


def test_exactly_the_most_problems_are_shown_without_a_tail(monkeypatch):
    problems = [f"p{i}" for i in range(MAX_PROBLEMS)]
    monkeypatch.setattr(report_checks, "_schema_problems", lambda data: list(problems))
    assert validate({"schema": SCHEMA}) == problems


def test_seed_lists_are_written_whole_up_to_eight_and_cut_after():
    from lstm_behaviour.stats.seeds import seed_words as words

    assert words("0-2") == "'0-2'"
    assert words([2, 0, 1]) == "[0, 1, 2]"
    assert words(range(8)) == "[0, 1, 2, 3, 4, 5, 6, 7]"
    assert words([9, 3, 4, 5, 6, 7, 8, 10, 11]) == "[3, ..., 11] (9 seeds)"


def _fixed_seed_report(report: dict, seeds: list[int]) -> dict:
    """``report`` as a run over the fixed ``seeds`` (seeds 0, 1, ... are a prefix of every
    sequential entry) would have written it; its critical counts and powers derived here in exact
    fractions (``_exact``), not by the package's functions."""
    ALPHA = claim(TRAINED).alpha

    data = copy.deepcopy(report)
    data["environment"]["seeds"] = list(seeds)
    n = len(seeds)
    for entry in data["claims"].values():
        if not entry["seeds"]:
            continue
        entry["seeds"], entry["held"] = list(seeds), [s for s in entry["held"] if s in seeds]
        entry["measured"] = [m for m in entry["measured"] if m["seed"] in seeds]
        entry["critical"], exact_power = _exact(n, entry["rate"])
        power = None if entry["known_failure"] else round(float(exact_power), 6)
        entry["decision"] = {"rule": "fixed", "alpha": ALPHA, "power": power}
    return data


def _exact(n: int, rate: float) -> tuple:
    """The critical count of n seeds at ``rate`` and the power against a break to one half, in
    exact fractions: the largest c with P(X <= c | n, rate) within 0.01 / (trained claims), and
    P(X <= c | n, 1/2); -1 and 0 where even no held seed is too likely."""
    import math
    from fractions import Fraction

    from lstm_behaviour.spec.claims import trained_claims

    alpha, p = Fraction(1, 100) / len(trained_claims()), Fraction(rate).limit_denominator(1000)

    def cdf(c, q):
        return sum(math.comb(n, i) * q**i * (1 - q) ** (n - i) for i in range(c + 1))

    c = -1
    while c < n and cdf(c + 1, p) <= alpha:
        c += 1
    return c, cdf(c, Fraction(1, 2)) if c >= 0 else Fraction(0)


def test_the_exact_helper_by_hand():
    """163/256 = P(at most 4 of 8 | 1/2) = (1 + 8 + 28 + 56 + 70) / 256 at rate 0.96 (critical 4)."""
    from fractions import Fraction

    assert _exact(8, 0.96) == (4, Fraction(163, 256))
    assert _exact(3, 0.96) == (0, Fraction(1, 8)) and _exact(3, 0.9) == (-1, 0)


def test_a_fixed_seed_decision_is_checked_against_the_run():
    ALPHA = claim(TRAINED).alpha

    fixed = _fixed_seed_report(REPORT, [0, 1, 2])
    assert validate(fixed) == []
    where = f"claims[{TRAINED!r}]"
    power = fixed["claims"][TRAINED]["decision"]["power"]

    def broken(change):
        data = copy.deepcopy(fixed)
        change(data["claims"][TRAINED])
        return validate(data)

    def fewer_seeds(entry):
        entry["seeds"], entry["held"], entry["measured"] = [0, 1], [0, 1], entry["measured"][:2]

    assert broken(fewer_seeds)[0] == f"{where}.seeds: [0, 1] differ from the run's seeds [0, 1, 2]"

    def other_alpha(entry):
        entry["decision"]["alpha"] = 0.05

    assert broken(other_alpha) == [
        f"{where}.decision: alpha 0.05 and power {power} are not this run's {ALPHA} and {power}"
    ]

    def no_power(entry):  # only a known failure's entry may leave its power out
        entry["decision"]["power"] = None

    assert broken(no_power) == [
        f"{where}.decision: alpha {ALPHA} and power None are not this run's {ALPHA} and {power}"
    ]


def test_a_known_failure_of_a_fixed_seed_run_states_no_power():
    fixed = _fixed_seed_report(JAX, [0])
    assert any(e["known_failure"] and e["seeds"] and e["decision"]["power"] is None for e in fixed["claims"].values())
    assert validate(fixed) == []


def test_a_sequential_entry_has_no_critical_count_and_stops_where_its_design_decides():
    where = f"claims[{TRAINED!r}]"

    def with_critical(d):
        d["claims"][TRAINED]["critical"] = 3

    assert broken(with_critical) == [f"{where}.critical: a sequential decision has no critical count, got 3"]

    def one_seed_too_many(d):  # decided after 5 seeds, yet a sixth was trained
        entry = d["claims"][TRAINED]
        entry["measured"].append({**copy.deepcopy(entry["measured"][-1]), "seed": 5})
        entry["seeds"], entry["held"] = [*entry["seeds"], 5], [*entry["held"], 5]

    assert broken(one_seed_too_many) == [f"{where}.seeds: the design decides after 5 seeds; the run went on to 6"]

    def looser_alpha(d):
        d["claims"][TRAINED]["decision"]["err_hi"] = 0.05

    design = REPORT["claims"][TRAINED]["decision"]
    assert broken(looser_alpha) == [
        f"{where}.decision: rates 0.96/0.5 and targets 0.05/0.05 are not the design of a claim at rate 0.96 "
        f"(targets {design['err_hi']}/{design['err_lo']})"
    ]


def test_an_entry_without_seeds_has_no_decision_and_no_held_seeds():
    where = f"claims[{UNTRAINED!r}]"

    def decision_without_seeds(d):
        d["claims"][UNTRAINED]["decision"] = copy.deepcopy(REPORT["claims"][TRAINED]["decision"])

    assert broken(decision_without_seeds) == [
        f"{where}: no seeds run, so no held seeds, no critical count and no decision"
    ]

    def held_without_seeds(d):
        d["claims"][UNTRAINED]["held"] = [0]

    assert broken(held_without_seeds) == [
        f"{where}.held: seeds [0] are not among the seeds run",
        f"{where}: no seeds run, so no held seeds, no critical count and no decision",
    ]


def test_every_bound_of_a_seed_is_checked_each_with_its_own_problem():
    two = "E1.stateless-order-free"  # two bounds a seed: E1/dense's and E1/lstm's
    where = f"claims[{two!r}]"
    assert [b["bound"].split()[0] for b in REPORT["claims"][two]["measured"][0]["bounds"]] == ["E1/dense", "E1/lstm"]

    def both_thresholds(d):
        for b in d["claims"][two]["measured"][0]["bounds"]:
            b["threshold"] = 0.5

    problems = broken(both_thresholds)
    assert [p.split(":")[0] for p in problems] == [
        f"{where}.measured[0].bounds[0].threshold",
        f"{where}.measured[0].bounds[1].threshold",
    ]

    def no_accuracies(d):
        d["claims"][two]["measured"][0]["accuracies"] = {"E1/dense": {"in_order": 1.0}}

    assert _alone(broken(no_accuracies)) == [
        f"{where}.measured[0].accuracies: the rows measured are ['E1/dense']; the claim reads ['E1/dense', 'E1/lstm']",
        f"{where}.measured[0].accuracies: no E1/dense reverse (or its right side) to measure",
        f"{where}.measured[0].accuracies: no E1/lstm reverse (or its right side) to measure",
    ]


def test_a_measured_value_may_differ_from_its_accuracies_by_the_rounding_of_six_places():
    within = "E4.full-batch-stateful-equals-stateless"  # bounds[0]: a gap of 0.0 against 0.043478
    assert REPORT["claims"][within]["measured"][0]["bounds"][0]["measured"] == 0.0

    def off_by(delta):
        def change(d):
            d["claims"][within]["measured"][0]["bounds"][0]["measured"] = delta

        return broken(change)

    assert off_by(2e-6) == []
    assert off_by(3e-6) == [
        f"claims[{within!r}].measured[0].bounds[0].measured: 3e-06 is not what its accuracies give (0.0)"
    ]


def test_a_fixed_seed_power_is_stated_and_checked_to_six_places():
    """Over eight seeds a power has more than six places (over three to six, the halved rates' few
    places give at most six): the run writes it rounded to six and the validator expects just that."""
    ALPHA = claim(TRAINED).alpha
    from lstm_behaviour.stats.verdicts import RunVerdict

    seeds, power = list(range(8)), 163 / 256  # _exact(8, 0.96)
    assert round(power, 6) != round(power, 7)
    verdict = RunVerdict(TRAINED, seeds=tuple(seeds), held=tuple(seeds), rate=0.96, failures={}, alpha=ALPHA)
    assert verdict.decision() == {"rule": "fixed", "alpha": ALPHA, "power": round(power, 6)}
    entry = {
        "seeds": seeds,
        "held": seeds,
        "rate": 0.96,
        "known_failure": None,
        "status": "holds",
        "critical": 4,
        "decision": verdict.decision(),
    }
    assert report_checks._decision_problems("claims['x']", entry, seeds, ALPHA) == []


def test_a_known_failure_mismatch_quotes_both_sides_cut_at_80_characters():
    failing = next(c for c, e in JAX["claims"].items() if e["known_failure"] and len(e["known_failure"]) > 80)
    want = JAX["claims"][failing]["known_failure"]
    rerun = report_checks._RERUN
    data = copy.deepcopy(JAX)
    data["claims"][failing]["known_failure"] = None
    assert f"claims[{failing!r}].known_failure: none is not the registry's {want[:80]!r} for this setup{rerun}" in (
        validate(data)
    )
    forged = "a made-up failure " * 10

    def forged_failure(d):
        d["claims"][TRAINED]["known_failure"] = forged

    assert f"claims[{TRAINED!r}].known_failure: {forged[:80]!r} is not the registry's none for this setup{rerun}" in (
        broken(forged_failure)
    )


def test_an_unknown_claim_does_not_stop_the_registry_checks_of_the_claims_after_it():
    def unknown_first(d):
        unknown_claim_first(d, TRAINED)
        d["claims"][UNTRAINED]["rate"] = 0.5

    assert broken(unknown_first) == [
        "claims['X.unknown']: unknown claim id (see docs/claims.md)",
        f"claims[{UNTRAINED!r}].rate: 0.5 is not the registry's stated rate 1.0{report_checks._RERUN}",
    ]


def test_an_untrained_claim_with_seeds_is_refused():
    def seeded(d):
        d["claims"][UNTRAINED]["seeds"] = [0]

    assert f"claims[{UNTRAINED!r}].seeds: an untrained claim runs no seeds" in broken(seeded)


def test_the_registry_checks_stop_at_five_times_the_problems_shown():
    data = copy.deepcopy(REPORT)
    assert shift_every_bound(data, "measured", 0.5) > MAX_PROBLEMS * 6
    assert len(report_checks._registry_problems(data, set(data["claims"]))) == MAX_PROBLEMS * 5


def test_a_seed_rule_that_is_not_how_a_run_writes_it_names_the_right_one():
    assert report_checks._seed_rule_problems("auto:007") == [
        "environment.seeds: 'auto:007' is not how a run names its seeds ('auto:7')"
    ]
    assert report_checks._seed_rule_problems("auto:0") == [
        "environment.seeds: 'auto:0' is not how a run names its seeds ('auto')"
    ]
    assert report_checks._seed_rule_problems("auto:7") == report_checks._seed_rule_problems([0, 1]) == []
    # the schema lets no other string through; the check alone still names both forms
    assert report_checks._seed_rule_problems("every seed") == [
        "environment.seeds: 'every seed' is not how a run names its seeds ('auto' or 'auto:START')"
    ]


@pytest.mark.parametrize("key", ["seeds", "held", "measured"])
def test_every_per_claim_list_is_checked_for_size_before_the_schema(key):
    from lstm_behaviour.stats.seeds import MAX_SEEDS

    data = copy.deepcopy(REPORT)
    data["claims"][TRAINED][key] = list(range(MAX_SEEDS + 1))
    where = f"claims[{TRAINED!r}].{key}"
    assert report_checks._oversized(data) == f"{where}: {MAX_SEEDS + 1} entries; a run has at most {MAX_SEEDS} seeds"
    data["claims"][TRAINED][key] = list(range(MAX_SEEDS))  # as many as a run can have: the schema's to judge
    assert report_checks._oversized(data) is None
    data["claims"][TRAINED][key] = [0, "1"]
    mixed = f"{where}: seeds are whole numbers" if key != "measured" else None
    assert report_checks._oversized(data) == mixed


def test_cpu_features_are_refused_when_too_many_or_not_names():
    from lstm_behaviour.reports.report_checks import MAX_FEATURES

    data = copy.deepcopy(REPORT)
    too_many = "environment.cpu_features: at most 64 names of CPU features"
    assert MAX_FEATURES == 64
    data["environment"]["cpu_features"] = [f"f{i}" for i in range(MAX_FEATURES)]
    assert report_checks._oversized(data) is None
    data["environment"]["cpu_features"].append("one-more")
    assert report_checks._oversized(data) == too_many
    data["environment"]["cpu_features"] = ["avx2", 3]
    assert report_checks._oversized(data) == too_many


E5 = "E5.transplanted-state-restores"  # a known failure on JAX, decided by its sequential failure design


def test_a_known_failures_design_is_the_registrys():
    """A JAX report whose E5 failure rate is changed, with a design made consistent with the new
    rate, is refused: the break rate is the registry's known failure's, not the report's."""
    from lstm_behaviour.spec.known_failures import expected_failure
    from lstm_behaviour.stats.sequential import design

    forged = copy.deepcopy(JAX)
    decision = forged["claims"][E5]["decision"]
    rate = expected_failure(E5, JAX["environment"]).rate
    assert decision["p_lo"] == rate  # as committed
    made = design(decision["p_hi"], 0.3, decision["err_hi"], decision["err_lo"])
    decision.update(made.record())
    decision["stopped"] = made.run([False, False]).reason
    assert validate(forged) == [
        f"claims['{E5}'].decision.p_lo: 0.3 is not the registry's rate {rate} of the known failure on this "
        "setup (held on at most that share); re-run the claims session if the report predates this version "
        "of the claim registry"
    ]


def test_an_xfail_whose_design_decides_fixed_is_refused():
    """A JAX report whose E5 held on every seed until its failure design decided "fixed" (13 of 13,
    as the design's boundaries put it), still marked xfail: refused."""
    forged = copy.deepcopy(JAX)
    entry = forged["claims"][E5]
    held_seed = REPORT["claims"][E5]["measured"][0]  # a seed where the claim held (TF 2.21)
    entry["seeds"] = entry["held"] = list(range(13))
    entry["measured"] = [{**copy.deepcopy(held_seed), "seed": s} for s in range(13)]
    entry["decision"]["stopped"] = "held on 13 of 13: at or above the hold boundary 13"
    problems = validate(forged)
    assert _alone(problems) == [
        f"claims['{E5}'].status: 'xfail' where its known-failure test decided it fixed ('holds')"
    ]
    assert len(problems) > 1, "the other claims that read E5/transplant read other accuracies on these seeds"
