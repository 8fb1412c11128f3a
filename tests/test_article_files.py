"""Files of more than one article: a calibration file holds one article's rows, Brownlee's shards
merge in the order its rows run, a matrix is of one article's reports, a report's claim of an
article it does not name is said so, and the registry refuses an article its reports or its
calibration could not name."""

from __future__ import annotations

import copy
import dataclasses
import json

import pytest
from committed_report import REPORT, RESULTS, TRAINED, broken

from lstm_behaviour.articles import brownlee, qiita
from lstm_behaviour.cli import main
from lstm_behaviour.files import write_json
from lstm_behaviour.reports.claims_report import ResultsError
from lstm_behaviour.reports.merge import MergeError, _setup_of
from lstm_behaviour.reports.results_md import columns
from lstm_behaviour.spec.articles import Article
from lstm_behaviour.spec.calibration import load_sets, run_order
from tools.generated_docs import CALIBRATION_DIR, ROOT

BROWNLEE = json.loads((ROOT / "data" / "brownlee" / "tf-2.21-onednn-off.json").read_text(encoding="utf-8"))
QIITA = json.loads((CALIBRATION_DIR / "tf-2.21-onednn-off.json").read_text(encoding="utf-8"))


def test_brownlees_shards_merge_in_the_order_its_rows_run(tmp_path):
    versions, records = BROWNLEE["versions"], BROWNLEE["records"]
    write_json(tmp_path / "a.json", {"versions": versions, "records": [r for r in records if r["seed"] < 2]})
    write_json(tmp_path / "b.json", {"versions": versions, "records": [r for r in records if 2 <= r["seed"] < 4]})
    out = tmp_path / "m.json"
    assert main(["merge", str(tmp_path / "b.json"), str(tmp_path / "a.json"), "--out", str(out)]) == 0
    merged = json.loads(out.read_text(encoding="utf-8"))["records"]
    assert merged == sorted((r for r in records if r["seed"] < 4), key=run_order)
    assert [r["row"] for r in merged if r["seed"] == 0] == list(brownlee.ARTICLE.keys)


def test_a_calibration_file_holds_one_articles_rows(tmp_path):
    mixed = {"versions": QIITA["versions"], "records": [*QIITA["records"][:3], BROWNLEE["records"][0]]}
    write_json(tmp_path / "mixed.json", mixed)
    with pytest.raises(ValueError, match=r"records\[3\]: a row of the article brownlee in a file of the article qiita"):
        load_sets([tmp_path / "mixed.json"])


def test_calibrate_refuses_to_add_to_another_articles_file(tmp_path, monkeypatch):
    from lstm_behaviour.spec import calibration

    path = tmp_path / "brownlee.json"
    write_json(path, {"versions": BROWNLEE["versions"], "records": BROWNLEE["records"][:7]})
    monkeypatch.setattr(calibration, "_current_versions", lambda: dict(BROWNLEE["versions"]))
    with pytest.raises(ValueError, match="holds the brownlee article's rows, not the ones calibrate adds"):
        calibration.extend(path, [1], [0], progress=None)


def test_a_matrix_is_of_one_articles_reports():
    jax = RESULTS / "jax.json"
    with pytest.raises(ResultsError, match=r"reports of different articles .*a matrix is of one article's reports"):
        columns([jax, RESULTS / "brownlee" / "tf-2.21.json"])


def test_shards_that_name_their_articles_in_any_order_or_not_at_all_are_of_one_setup():
    named = copy.deepcopy(REPORT)
    named["environment"]["articles"] = ["qiita"]
    assert _setup_of(named) == _setup_of(REPORT)
    both, swapped = copy.deepcopy(REPORT), copy.deepcopy(REPORT)
    both["environment"]["articles"], swapped["environment"]["articles"] = ["qiita", "brownlee"], ["brownlee", "qiita"]
    assert _setup_of(both) == _setup_of(swapped) != _setup_of(REPORT)
    assert issubclass(MergeError, Exception)


def test_a_claim_of_an_article_the_report_does_not_name_is_said_so():
    problems = broken(lambda d: d["environment"].update(articles=["brownlee"]))
    assert f"claims[{TRAINED!r}]: a claim of an article environment.articles ['brownlee'] does not name" in problems
    assert not any(p.startswith(f"claims[{TRAINED!r}].") for p in problems), "its entry is not checked further"
    brownlee_report = json.loads((RESULTS / "brownlee" / "tf-2.21.json").read_text(encoding="utf-8"))
    del brownlee_report["environment"]["articles"]
    from lstm_behaviour.reports.claims_report import validate

    assert (
        "claims['B1.naive-lstm-scores-84']: a claim of an article this report (it names none: Qiita's) does not name"
        in validate(brownlee_report)[0]
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"key": "Brownlee"}, "an article's key is a name"),
        ({"calibration": ""}, "trained claims need the calibrated.json .* and the folder"),
        ({"rows": {}}, "claim B1.naive-lstm-scores-84 reads .*not all of them its own rows"),
        ({"known_failures": qiita.ARTICLE.known_failures[:1]}, "a known failure of 'E1.*not one of its trained claims"),
    ],
)
def test_the_registry_refuses_an_article_its_reports_or_calibration_could_not_name(change, message):
    with pytest.raises(ValueError, match=message):
        dataclasses.replace(brownlee.ARTICLE, **change)


def test_every_registered_article_is_a_valid_article():
    assert isinstance(brownlee.ARTICLE, Article) and isinstance(qiita.ARTICLE, Article)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda recs: next(r for r in recs if "max_weight" in r).update(max_weight=0), "max_weight, a number > 0"),
        (
            lambda recs: recs.remove(next(r for r in recs if r["row"] == "B4/lstm")),
            "B4/lstm\\+permuted is read beside B4/lstm, which has no record for seed 0",
        ),
    ],
)
def test_a_calibration_file_obeys_its_articles_own_rules(tmp_path, change, message):
    """What the article's page would refuse, its calibrated numbers refuse too (Article.file_problem)."""
    records = copy.deepcopy([r for r in BROWNLEE["records"] if r["seed"] == 0])
    change(records)
    write_json(tmp_path / "b.json", {"versions": BROWNLEE["versions"], "records": records})
    with pytest.raises(ValueError, match=message):
        load_sets([tmp_path / "b.json"])
