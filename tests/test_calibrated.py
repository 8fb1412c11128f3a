"""The Qiita article's calibrated numbers (lstm_behaviour/articles/qiita/calibrated.json): read strictly, applied
only where they match the definitions; tests/test_registry.py checks the committed file is what
the rule gives (no TensorFlow)."""

from __future__ import annotations

import dataclasses
import json

import pytest

from lstm_behaviour.articles.qiita import ARTICLE
from lstm_behaviour.articles.qiita.trained import TRAINED_DEFINITIONS
from lstm_behaviour.spec import calibrated
from lstm_behaviour.spec.claims import TRAINED_CLAIMS

FILE = ARTICLE.calibrated


def _write(tmp_path, data):
    path = tmp_path / "calibrated.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_the_registry_is_its_definitions_with_the_files_numbers():
    applied = calibrated.apply(TRAINED_DEFINITIONS, calibrated.read(FILE), FILE)
    registered = tuple(c for c in TRAINED_CLAIMS if c.id in {d.id for d in TRAINED_DEFINITIONS})
    assert applied == tuple(dataclasses.replace(c, alpha=None) for c in registered)
    assert {c.alpha for c in registered} == {0.01 / len(TRAINED_DEFINITIONS)}, "one family: 1% over its claims"
    for c in TRAINED_CLAIMS:
        assert all(b.value == b.value for b in c.bounds), f"{c.id} has a bound without a value"  # not NaN


def test_the_numbers_about_to_be_written_are_read_in_place_of_the_file_only(tmp_path, monkeypatch):
    """While ``docs`` renders, ``PENDING`` (what it is about to write) stands for calibrated.json,
    and for no other file."""
    data = calibrated.read(FILE)
    pending = {**data, "rates": {claim_id: 0.5 for claim_id in data["rates"]}}
    monkeypatch.setattr(calibrated, "PENDING", {FILE: json.dumps(pending)})
    assert calibrated.read(FILE) == pending
    assert calibrated.read(_write(tmp_path, data)) == data


def test_the_file_round_trips_through_render():
    data = calibrated.read(FILE)
    assert json.loads(calibrated.render(data)) == data
    assert calibrated.render(data) == FILE.read_text(encoding="utf-8")


_SHAPE = "an object with about, bounds and rates"
_FRACTIONS = 'bounds: claim id -> a list of "k/n" (whole numbers, n > 0)'
_RATES = "rates: claim id -> a share in (0, 1]"


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ([], _SHAPE),
        ({"about": "", "bounds": {}}, _SHAPE),
        ({"about": "", "bounds": {"X": ["1/0"]}, "rates": {}}, _FRACTIONS),
        ({"about": "", "bounds": {"X": ["-1/23"]}, "rates": {}}, _FRACTIONS),
        ({"about": "", "bounds": {"X": [0.2]}, "rates": {}}, _FRACTIONS),
        ({"about": "", "bounds": {}, "rates": {"X": 1.5}}, _RATES),
        ({"about": "", "bounds": {}, "rates": {"X": 0.0}}, _RATES),
        ({"about": "", "bounds": {}, "rates": {"X": True}}, _RATES),
    ],
)
def test_a_malformed_file_is_refused_with_what_was_expected(tmp_path, data, problem):
    path = _write(tmp_path, data)
    with pytest.raises(ValueError) as error:
        calibrated.read(path)
    assert str(error.value) == f"{path}: expected {problem}; regenerate it with `python -m tools.generated_docs`"


def test_a_file_that_is_not_json_is_named_with_what_it_should_hold(tmp_path):
    path = tmp_path / "calibrated.json"
    path.write_text("{", encoding="utf-8")
    with pytest.raises(ValueError, match=r": not the trained claims' calibrated numbers: "):
        calibrated.read(path)


def test_a_rate_of_every_seed_is_a_share(tmp_path):
    data = {"about": "", "bounds": {"X": ["1/23", "0/25"]}, "rates": {"X": 1.0}}
    assert calibrated.read(_write(tmp_path, data)) == data


def test_numbers_that_do_not_match_the_definitions_are_refused(tmp_path):
    good = calibrated.read(FILE)
    c = next(c for c in TRAINED_DEFINITIONS if not c.by_construction)
    made = next(c for c in TRAINED_DEFINITIONS if c.by_construction)
    regenerate = "; regenerate it with `python -m tools.generated_docs`"
    missing = {**good, "bounds": {k: v for k, v in good["bounds"].items() if k != c.id}}
    with pytest.raises(ValueError) as error:
        calibrated.apply(TRAINED_DEFINITIONS, missing, FILE)
    assert str(error.value).endswith(
        f"no calibrated numbers for {c.id} ({len(c.bounds)} bound(s) and a rate){regenerate}"
    )
    missing = {**good, "bounds": {k: v for k, v in good["bounds"].items() if k != made.id}}
    with pytest.raises(ValueError) as error:
        calibrated.apply(TRAINED_DEFINITIONS, missing, FILE)
    assert str(error.value).endswith(f"no calibrated numbers for {made.id} ({len(made.bounds)} bound(s)){regenerate}")
    short = {**good, "bounds": {**good["bounds"], c.id: good["bounds"][c.id][:-1]}}
    with pytest.raises(ValueError, match=f"no calibrated numbers for {c.id}"):
        calibrated.apply(TRAINED_DEFINITIONS, short, FILE)
    extra = {**good, "bounds": {**good["bounds"], "E9.unknown": ["1/23"], "E9.other": ["1/23"]}}
    with pytest.raises(ValueError, match=r"claims the registry does not define: E9\.other, E9\.unknown$"):
        calibrated.apply(TRAINED_DEFINITIONS, extra, FILE)
    first = TRAINED_DEFINITIONS[0]
    off_grid = {**good, "bounds": {**good["bounds"], first.id: ["5/23"] * len(first.bounds)}}
    b = first.bounds[0]
    with pytest.raises(ValueError, match=f"not on the grid of the 25 windows of {b.left[0]} {b.left[1]}$"):
        calibrated.apply(TRAINED_DEFINITIONS, off_grid, FILE)


def test_a_value_off_the_window_grid_cannot_be_written():
    with pytest.raises(ValueError, match="a whole number of the 23 windows"):
        calibrated._fraction(0.5, 23)
