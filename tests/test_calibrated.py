"""The registry's calibrated numbers (lstm_behaviour/spec/calibrated.json): read strictly, applied
only where they match the definitions; tests/test_registry.py checks the committed file is what
the rule gives (no TensorFlow)."""

from __future__ import annotations

import json

import pytest

from lstm_behaviour.spec import calibrated
from lstm_behaviour.spec.claims import TRAINED_CLAIMS
from lstm_behaviour.spec.trained import TRAINED_DEFINITIONS


def _write(tmp_path, data):
    path = tmp_path / "calibrated.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_the_registry_is_its_definitions_with_the_files_numbers():
    applied = calibrated.apply(TRAINED_DEFINITIONS, calibrated.read())
    assert applied == TRAINED_CLAIMS
    for c in TRAINED_CLAIMS:
        assert all(b.value == b.value for b in c.bounds), f"{c.id} has a bound without a value"  # not NaN


def test_the_file_round_trips_through_render():
    data = calibrated.read()
    assert json.loads(calibrated.render(data)) == data
    assert calibrated.render(data) == calibrated.FILE.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "an object with about, bounds and rates"),
        ({"about": "", "bounds": {}}, "an object with about, bounds and rates"),
        ({"about": "", "bounds": {"X": ["1/0"]}, "rates": {}}, '"k/n"'),
        ({"about": "", "bounds": {"X": ["-1/23"]}, "rates": {}}, '"k/n"'),
        ({"about": "", "bounds": {"X": [0.2]}, "rates": {}}, '"k/n"'),
        ({"about": "", "bounds": {}, "rates": {"X": 1.5}}, r"a share in \(0, 1\]"),
        ({"about": "", "bounds": {}, "rates": {"X": True}}, r"a share in \(0, 1\]"),
    ],
)
def test_a_malformed_file_is_refused_with_what_was_expected(tmp_path, data, message):
    with pytest.raises(ValueError, match=message):
        calibrated.read(_write(tmp_path, data))


def test_numbers_that_do_not_match_the_definitions_are_refused(tmp_path):
    good = calibrated.read()
    c = TRAINED_DEFINITIONS[0]
    missing = {**good, "bounds": {k: v for k, v in good["bounds"].items() if k != c.id}}
    with pytest.raises(ValueError, match=f"no calibrated numbers for {c.id}.*regenerate it"):
        calibrated.apply(TRAINED_DEFINITIONS, missing)
    extra = {**good, "bounds": {**good["bounds"], "E9.unknown": ["1/23"]}}
    with pytest.raises(ValueError, match=r"claims the registry does not define: E9\.unknown"):
        calibrated.apply(TRAINED_DEFINITIONS, extra)
    off_grid = {**good, "bounds": {**good["bounds"], c.id: ["5/23"] * len(c.bounds)}}
    with pytest.raises(ValueError, match="not on the grid of the 25 windows"):
        calibrated.apply(TRAINED_DEFINITIONS, off_grid)


def test_a_value_off_the_window_grid_cannot_be_written():
    with pytest.raises(ValueError, match="a whole number of the 23 windows"):
        calibrated._fraction(0.5, 23)
