"""The claim registry's per-seed predicate: every bound kind at its threshold and one window past."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lstm_behaviour.articles.qiita.trained import _DROP, _EXACT, _HIGH, _LOW, _SAME, _bound
from lstm_behaviour.spec.claims import Bound, Claim, claim, trained_claims
from lstm_behaviour.spec.experiments import article_accuracy

L, R = ("E1/lstm", "in_order"), ("E1/dense", "in_order")


def _acc(left: float, right: float = 0.0) -> dict:
    return {"E1/lstm": {"in_order": left}, "E1/dense": {"in_order": right}}


@pytest.mark.parametrize(
    ("bound", "at", "past"),
    [
        (Bound("at_least", L, 16 / 25), _acc(16 / 25), _acc(15 / 25)),
        (Bound("at_most", L, 2 / 25), _acc(2 / 25), _acc(3 / 25)),
        (Bound("within", L, 5 / 25, R), _acc(18 / 25, 13 / 25), _acc(19 / 25, 13 / 25)),
        (Bound("within", L, 5 / 25, R), _acc(13 / 25, 18 / 25), _acc(12 / 25, 18 / 25)),
        (Bound("below", L, 12 / 25, R), _acc(13 / 25, 25 / 25), _acc(14 / 25, 25 / 25)),
        (Bound("within", L, 0.0, R), _acc(0.72, 0.72), _acc(0.72, 0.76)),
    ],
    ids=["at_least", "at_most", "within-above", "within-below", "below", "within-exact"],
)
def test_a_bound_holds_at_its_threshold_and_fails_one_window_past(bound, at, past):
    assert bound.holds(at), f"{bound.describe()} must hold at its threshold (measured {bound.measure(at):.4f})"
    assert not bound.holds(past), f"{bound.describe()} must fail one window past (measured {bound.measure(past):.4f})"


def test_float_sums_of_windows_land_on_the_threshold():
    """18/25 - 13/25 is 0.19999999999999996 in floats: still 5 windows, so it holds."""
    bound = Bound("within", L, 5 / 25, R)
    assert 0.72 - 0.52 != 5 / 25 and bound.holds(_acc(0.72, 0.52))


def test_malformed_bounds_are_refused():
    with pytest.raises(ValueError, match="a 'within' bound must have a right side"):
        Bound("within", L, 0.1)
    with pytest.raises(ValueError, match="a 'at_least' bound must not have a right side"):
        Bound("at_least", L, 0.1, R)
    with pytest.raises(ValueError, match="bound kind must be one of"):
        Bound("about", L, 0.1)


def _numbered(c) -> bool:
    """Whether the article gives a number for every side of every bound of the claim."""
    try:
        for b in c.bounds:
            for key, evaluation in (side for side in (b.left, b.right) if side):
                article_accuracy(key, evaluation)
    except KeyError:
        return False
    return True


def test_the_claims_without_the_articles_numbers_are_those_of_rows_it_does_not_run():
    """Brownlee's tutorial prints no number for the rows that test its explanations (the permuted
    batch, the cold start); every other trained claim has the article's numbers on each side."""
    from lstm_behaviour.articles.brownlee.experiments import CHECKS

    unnumbered = {c.id for c in trained_claims() if not _numbered(c)}
    assert unnumbered == {"E5.warmup-state-is-reproducible"} | {
        c.id for c in trained_claims() if set(c.rows) & set(CHECKS)
    }


@pytest.mark.parametrize("c", [c for c in trained_claims() if _numbered(c)], ids=lambda c: c.id)
def test_the_articles_own_numbers_satisfy_each_claim(c):
    """Bounds encode what the article claims, not more: its own table passes them."""
    acc = {}
    for b in c.bounds:
        for key, evaluation in (side for side in (b.left, b.right) if side):
            acc.setdefault(key, {})[evaluation] = article_accuracy(key, evaluation)
    check = c.on_seed(acc)
    assert check.ok, f"{c.id} fails on the article's own numbers: {check.message()}"


def test_claim_lookup_names_the_known_ids():
    with pytest.raises(ValueError, match=r"claim id must be one of .*E1\.stateless-matches-mlp.*; got 'E9\.x'"):
        claim("E9.x")


def test_bound_kind_error_names_every_kind():
    with pytest.raises(ValueError, match=r"^bound kind must be one of at_least, at_most, within, below; got 'about'$"):
        Bound("about", L, 0.1)


@pytest.mark.parametrize("rate", [0.0, -0.1, 1.01, 2.0])
def test_a_claim_rate_outside_zero_to_one_is_refused(rate):
    with pytest.raises(ValueError, match=rf"^X\.y: rate must be in \(0, 1\], got {rate!r}$"):
        Claim("X.y", "X", "q", "s", "c", rate=rate)


def test_a_claim_rate_may_be_one_or_just_above_zero_and_a_claim_true_by_construction_holds_on_every_seed():
    assert Claim("X.y", "X", "q", "s", "c", rate=1.0).rate == 1.0
    assert Claim("X.y", "X", "q", "s", "c", rate=0.01).rate == 0.01
    assert Claim("X.y", "X", "q", "s", "c", by_construction="by construction").rate == 1.0
    with pytest.raises(
        ValueError, match=r"^X\.y: a claim exact by construction holds on every seed \(rate 1\), got 0.9$"
    ):
        Claim("X.y", "X", "q", "s", "c", by_construction="by construction", rate=0.9)


@pytest.mark.parametrize(
    ("kind", "right", "fixed", "reason"),
    [
        ("at_least", None, False, _HIGH),
        ("at_most", None, False, _LOW),
        ("within", R, False, _SAME),
        ("within", R, True, _EXACT),
        ("below", R, False, _DROP),
    ],
)
def test_registry_bounds_carry_the_reason_of_their_kind(kind, right, fixed, reason):
    made = _bound(kind, L, right, fixed=fixed) if fixed else _bound(kind, L, right)
    assert made.value != made.value, "a defined bound has no value until the calibrated numbers are applied"
    assert replace(made, value=0.25) == Bound(kind, L, 0.25, right, reason=reason, fixed=fixed)


def test_a_seed_check_joins_its_lines_and_a_rate_reads_as_a_share():
    from lstm_behaviour.spec.claims import SeedCheck

    assert SeedCheck("X.y", False, ("a holds", "b FAILS"), {}).message() == "a holds; b FAILS"
    assert Claim("X.y", "X", "q", "s", "c").rate_text() == "every seed"
    assert Claim("X.y", "X", "q", "s", "c", rate=0.85).rate_text() == "at least 85% of seeds"


def test_on_seed_reports_every_bound_with_its_measure():
    c = Claim(
        "X.y",
        "X",
        "q",
        "s",
        "c",
        bounds=(Bound("at_least", L, 0.5), Bound("within", L, 0.04, R)),
    )
    check = c.on_seed(_acc(0.72, 0.52))
    assert check.claim == "X.y" and check.ok is False
    assert check.lines == (
        "E1/lstm in_order >= 0.50 holds (measured 0.72)",
        "E1/lstm in_order within 0.04 of E1/dense in_order FAILS (measured 0.20)",
    )
    assert check.values == pytest.approx(
        {"E1/lstm in_order >= 0.50": 0.72, "E1/lstm in_order within 0.04 of E1/dense in_order": 0.2}
    )


def test_claim_lookup_error_lists_the_ids_with_commas():
    with pytest.raises(
        ValueError,
        match=r"^claim id must be one of S\.stateless-independent-batches, S\.call-carries-state, .*; got 'X\.y'$",
    ):
        claim("X.y")


@pytest.mark.parametrize(("windows", "shown"), [(1, "0.99"), (25, "0.99"), (100, "0.99"), (1000, "0.988")])
def test_a_bound_is_shown_to_its_grid(monkeypatch, windows, shown):
    from lstm_behaviour.spec import claim_types

    monkeypatch.setattr(claim_types, "window_count", lambda key, evaluation: windows)
    bound = Bound("at_least", ("E1/lstm", "in_order"), 0.988)
    assert bound.describe() == f"E1/lstm in_order >= {shown}"
    line = Claim("E1.x", "E1", "q", "s", "c", (bound,), trained=True).on_seed({"E1/lstm": {"in_order": 0.987}}).lines
    assert line == (f"E1/lstm in_order >= {shown} FAILS (measured {'0.987' if windows > 100 else '0.99'})",)
