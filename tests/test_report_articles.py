"""A claims report holds the untrained claims and the trained claims of the articles it names
(``environment.articles``); a report that names none holds the Qiita article's, as every report
written before a second article does."""

from __future__ import annotations

import pytest
from committed_report import RESULTS, TRAINED, broken

from lstm_behaviour.pytest_report import reported_articles
from lstm_behaviour.reports.claims_report import load
from lstm_behaviour.reports.report_format import DEFAULT_ARTICLES
from lstm_behaviour.spec.claims import ARTICLE_CLAIMS, CLAIMS, claims_of


def test_a_report_naming_no_article_holds_the_qiita_articles_claims():
    assert DEFAULT_ARTICLES == ("qiita",)
    for path in sorted(RESULTS.glob("*.json")):
        data = load(path)
        if "setup_error" in data:
            continue
        assert "articles" not in data["environment"], path.name
        assert list(data["claims"]) == list(claims_of(DEFAULT_ARTICLES)), path.name


def test_naming_the_qiita_article_is_naming_none():
    assert broken(lambda d: d["environment"].update(articles=["qiita"])) == []


def test_an_article_no_plug_in_registers_is_named_with_the_registered_ones():
    problems = broken(lambda d: d["environment"].update(articles=["qiita", "nope"]))
    assert problems == [f"environment.articles: article must be one of {', '.join(ARTICLE_CLAIMS)}; got 'nope'"]


@pytest.mark.parametrize("articles", [[], ["qiita", "qiita"], ["Qiita"], "qiita"])
def test_the_article_list_is_a_list_of_distinct_keys(articles):
    problems = broken(lambda d: d["environment"].update(articles=articles))
    assert problems and all(p.startswith("report['environment']['articles']") for p in problems), problems


def test_a_report_holds_exactly_the_claims_of_the_articles_it_names():
    others = [key for key in ARTICLE_CLAIMS if key != "qiita"]
    problems = broken(lambda d: d["environment"].update(articles=others))
    assert f"claims[{TRAINED!r}]: a claim of an article environment.articles {others} does not name" in problems
    made_up = broken(lambda d: d["claims"].update({"X.unknown": d["claims"][TRAINED]}))
    assert "claims['X.unknown']: unknown claim id (see docs/claims.md)" in made_up
    missing = broken(lambda d: d["claims"].pop(TRAINED))
    assert missing == [f"claims: missing registered claim(s) {TRAINED}"]


def test_the_claims_of_articles_are_the_untrained_ones_and_theirs_in_registry_order():
    ids = list(claims_of(["qiita"]))
    assert ids == [i for i, c in CLAIMS.items() if not c.trained or i in {x.id for x in ARTICLE_CLAIMS["qiita"]}]
    assert [i for i in claims_of([]) if CLAIMS[i].trained] == []
    with pytest.raises(ValueError, match=r"article must be one of .*; got 'nope'"):
        claims_of(["nope"])


def test_a_run_reports_the_articles_whose_trained_claims_it_tested():
    untrained = next(i for i, c in CLAIMS.items() if not c.trained)
    assert reported_articles([TRAINED, untrained]) == ["qiita"]
    assert reported_articles([untrained]) == list(ARTICLE_CLAIMS), "an untrained run names every article"
    assert reported_articles([]) == list(ARTICLE_CLAIMS)


def test_the_badge_counts_the_claims_every_report_holds():
    import copy

    from committed_report import REPORT

    from lstm_behaviour.reports.badge import verified

    other = copy.deepcopy(REPORT)
    del other["claims"][TRAINED]  # a report of another article holds none of the Qiita article's claims
    assert verified([REPORT, other])[1] == verified([REPORT])[1] - 1


def test_the_matrix_says_where_a_report_does_not_hold_a_claim():
    import copy

    from committed_report import REPORT

    from lstm_behaviour.reports.results_md import Column, _cells

    other = copy.deepcopy(REPORT)
    del other["claims"][TRAINED]
    cols = [Column("a.json", REPORT), Column("b.json", other)]
    assert _cells(cols, TRAINED)[1] == "— not in this report" != _cells(cols, TRAINED)[0]


def test_an_articles_matrix_and_badge_are_of_its_claims_alone(tmp_path):
    from lstm_behaviour.reports.results_md import matrix_files

    path = RESULTS / "tf-2.21.json"
    files = matrix_files([path], out=tmp_path / "m.md", badge_dir=tmp_path / "b", claims=[TRAINED])
    text = files[tmp_path / "m.md"]
    assert f"`{TRAINED}`" in text and "`S.reset-zeroes-state`" not in text
    assert '"message": "1/1' in files[tmp_path / "b" / "claims.json"]
