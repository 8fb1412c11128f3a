"""The trained claims' bounds come from the committed calibration data, by the documented rule."""

from __future__ import annotations

import pytest

from lstm_behaviour.calibration import load, policy_value
from lstm_behaviour.claims import CLAIMS
from lstm_behaviour.docs import CALIBRATION_DIR
from lstm_behaviour.experiments import ROWS
from lstm_behaviour.known_failures import KNOWN_FAILURES
from lstm_behaviour.report import seed_accuracies

FILES = sorted(CALIBRATION_DIR.glob("*.json"))
BOUNDS = [(c.id, i, b) for c in CLAIMS.values() for i, b in enumerate(c.bounds)]


@pytest.fixture(scope="module")
def calibration():
    if not FILES:
        pytest.fail(f"no calibration data in {CALIBRATION_DIR}")
    versions, records = load(FILES)
    return versions, seed_accuracies(records)


@pytest.mark.parametrize("claim_id, index, bound", BOUNDS, ids=[f"{c}-{i}" for c, i, _ in BOUNDS])
def test_bound_follows_the_calibration_rule(calibration, claim_id, index, bound):
    _, per_seed = calibration
    measured = [bound.measure(acc) for acc in per_seed.values()]
    expected = policy_value(bound.kind, bound.article_value(), measured, bound.windows, exact=bound.exact,
                            beats=bound.beats)
    assert bound.value == pytest.approx(expected, abs=1e-9), (
        f"{claim_id}: bound {bound.describe()} should be {expected:.4f} by docs/calibration.md's rule"
    )


def test_calibration_covers_twenty_seeds_of_every_row(calibration):
    _, per_seed = calibration
    assert len(per_seed) >= 20, f"calibration must cover at least 20 seeds, got {len(per_seed)}"
    missing = {s: sorted(set(ROWS) - set(acc)) for s, acc in per_seed.items() if set(ROWS) - set(acc)}
    assert not missing, f"calibration seeds without every row: {missing}"


@pytest.mark.parametrize("claim_id", [c.id for c in CLAIMS.values() if c.bounds])
def test_claim_holds_on_every_calibration_seed(calibration, claim_id):
    versions, per_seed = calibration
    known = {s for s in per_seed for f in KNOWN_FAILURES if f.matches(claim_id, s, versions["tensorflow"], versions["keras_major"])}
    failing = {s: CLAIMS[claim_id].verdict(acc).message() for s, acc in per_seed.items()
               if not CLAIMS[claim_id].verdict(acc).ok}
    assert set(failing) == known, (
        f"{claim_id}: fails on calibration seeds {sorted(failing)} but known failures list {sorted(known)}: "
        + " | ".join(f"seed {s}: {m}" for s, m in failing.items())
    )
