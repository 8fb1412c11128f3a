"""The trained claims' bounds and stated rates come from the committed calibration, by the rule.

Every bound value and every rate of the registry (each article's calibrated.json) is recomputed
here from the article's calibration sets (data/calibration/ for the Qiita article, data/brownlee/
for Brownlee's) with lstm_behaviour/stats/thresholds.py; claims exact by construction must hold on
every calibration seed of every setup.
"""

from __future__ import annotations

import pytest

from lstm_behaviour.articles.brownlee.experiments import reads_long
from lstm_behaviour.articles.qiita.experiments import ROWS, TRANSPLANT
from lstm_behaviour.spec.articles import articles
from lstm_behaviour.spec.calibration import load_sets
from lstm_behaviour.spec.claims import ARTICLE_CLAIMS, trained_claims
from lstm_behaviour.stats.thresholds import bound_value, counts, measured, rate_sets, stated_rate
from tools.generated_docs import CALIBRATION_DIR, ROOT

FILES = sorted(CALIBRATION_DIR.glob("*.json"))
BOUNDS = [(c.id, i, b) for c in trained_claims() for i, b in enumerate(c.bounds)]
MIN_SEEDS_PER_MAJOR = 100


@pytest.fixture(scope="module")
def all_sets():
    if not FILES:
        pytest.fail(f"no calibration data in {CALIBRATION_DIR}")
    return load_sets(FILES)


@pytest.fixture(scope="module")
def sets(all_sets):
    """The sets the bounds and rates come from: TensorFlow, both Keras majors, both oneDNN modes."""
    return rate_sets(all_sets)


@pytest.fixture(scope="module")
def article_sets():
    """claim id -> the rate sets of its article's calibration folder."""
    out = {}
    for key, claims in ARTICLE_CLAIMS.items():
        files = sorted((ROOT / articles()[key].calibration).glob("*.json"))
        assert files, f"no calibration sets for the article {key}"
        out.update(dict.fromkeys((c.id for c in claims), rate_sets(load_sets(files))))
    return out


@pytest.mark.parametrize(("claim_id", "index", "bound"), BOUNDS, ids=[f"{c}-{i}" for c, i, _ in BOUNDS])
def test_bound_follows_the_calibration_rule(article_sets, claim_id, index, bound):
    expected = bound_value(bound, measured(bound, article_sets[claim_id]))
    assert bound.value == pytest.approx(expected, abs=1e-9), (
        f"{claim_id}: bound {bound.describe()} should be {expected:.4f} "
        f"(= {round(expected * bound.windows)}/{bound.windows}) by lstm_behaviour/stats/thresholds.py's rule"
    )


@pytest.mark.parametrize("claim", [c for c in trained_claims() if not c.by_construction], ids=lambda c: c.id)
def test_stated_rate_follows_the_calibration_rule(article_sets, claim):
    per_set = counts(claim, article_sets[claim.id])
    expected = stated_rate(per_set)
    assert claim.rate == pytest.approx(expected, abs=1e-9), (
        f"{claim.id}: stated rate {claim.rate} should be {expected} by thresholds.stated_rate; "
        f"held/seeds per setup: {per_set}"
    )


@pytest.mark.parametrize("claim", [c for c in trained_claims() if c.by_construction], ids=lambda c: c.id)
def test_exact_claim_holds_on_every_calibration_seed(sets, claim):
    per_set = counts(claim, sets)
    failing = [(cal.label, k, n) for cal, (k, n) in zip(sets, per_set) if k != n]
    assert not failing, (
        f"{claim.id} is exact by construction ({claim.by_construction}) but fails on some seeds: {failing}"
    )


def test_calibration_covers_a_hundred_seeds_of_each_keras_major(sets):
    seeds: dict[int, set] = {}
    for cal in sets:
        seeds.setdefault(cal.versions["keras_major"], set()).update(cal.seeds)
    short = {major: len(s) for major, s in seeds.items() if len(s) < MIN_SEEDS_PER_MAJOR}
    assert set(seeds) == {2, 3} and not short, (
        f"calibration must cover at least {MIN_SEEDS_PER_MAJOR} seeds of Keras 2 and of Keras 3; has "
        f"{ {major: len(s) for major, s in seeds.items()} }"
    )


def test_every_calibration_seed_has_every_row(all_sets):
    every = set(ROWS) | {TRANSPLANT.key}
    missing = {
        (cal.label, s): sorted(every - set(acc))
        for cal in all_sets
        for s, acc in cal.per_seed().items()
        if every - set(acc)
    }
    assert not missing, f"calibration seeds without every row: {missing}"


def test_calibration_sets_name_their_onednn_mode(all_sets):
    unnamed = [cal.sources for cal in all_sets if cal.versions.get("backend") == "tensorflow" and cal.onednn is None]
    assert not unnamed, f"TensorFlow calibration files must record TensorFlow's oneDNN mode: {unnamed}"


@pytest.mark.parametrize("key", [k for k, claims in ARTICLE_CLAIMS.items() if claims])
def test_each_articles_claims_are_calibrated_on_a_hundred_seeds_of_each_keras_major(key):
    files = sorted((ROOT / articles()[key].calibration).glob("*.json"))
    seeds: dict[int, set] = {}
    for cal in rate_sets(load_sets(files)):
        seeds.setdefault(cal.versions["keras_major"], set()).update(cal.seeds)
    assert set(seeds) == {2, 3}, f"{key}: calibrated on Keras {sorted(seeds)}, not on both majors"
    assert all(len(s) >= MIN_SEEDS_PER_MAJOR for s in seeds.values()), {m: len(s) for m, s in seeds.items()}


#: the fewest calibration seeds a setup of a claim that reads a long row (minutes a seed) may have
MIN_LONG_SEEDS = 10
LONG_CLAIMS = [c for c in trained_claims() if reads_long(c)]


@pytest.mark.parametrize("claim", LONG_CLAIMS, ids=lambda c: c.id)
def test_a_claim_of_a_long_row_is_calibrated_on_at_least_ten_seeds_a_setup(article_sets, claim):
    """A claim that reads a row training for minutes a seed (Brownlee's ``LONG``) may have fewer
    seeds than the 100 a Keras major the others have, but at least ``MIN_LONG_SEEDS`` on every
    setup that sets rates; its stated rate is then the lower bound so few seeds allow (the rule)."""
    seeds = [n for _, n in counts(claim, article_sets[claim.id])]
    assert seeds and min(seeds) >= MIN_LONG_SEEDS, f"{claim.id}: {seeds} seeds per setup"


def test_every_claim_of_the_long_rows_is_found():
    assert [c.id for c in LONG_CLAIMS] == ["B6.variable-length-scores-99"]
