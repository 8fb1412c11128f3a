"""The registry of articles (lstm_behaviour/spec/articles.py): each article is found through its
entry point, in its place, with rows no other article has; what it registers is checked."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

import pytest

from lstm_behaviour.articles import brownlee, qiita
from lstm_behaviour.spec import articles as registry
from lstm_behaviour.spec.articles import Article


class _Entry:
    """An entry point as ``importlib.metadata`` gives it: a name, a value, ``load()``."""

    def __init__(self, name, value):
        self.name, self.value, self._loaded = name, f"somewhere:{name.upper()}", value

    def load(self):
        return self._loaded


@pytest.fixture
def registered(monkeypatch):
    """``registered(name=value, ...)``: the entry points the registry reads from now on."""

    def install(**entries):
        monkeypatch.setattr(
            importlib.metadata,
            "entry_points",
            lambda group: [_Entry(n, v) for n, v in entries.items()] if group == registry.GROUP else [],
        )
        registry.articles.cache_clear()

    yield install
    registry.articles.cache_clear()


def test_the_installed_package_registers_both_articles_in_their_places():
    found = registry.articles()
    assert list(found) == ["qiita", "brownlee"]
    assert found["qiita"] is qiita.ARTICLE and found["brownlee"] is brownlee.ARTICLE


def test_the_pyproject_names_each_article_its_entry_point():
    """The entry points the wheel installs are the ones this checkout declares."""
    import tomllib

    declared = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text(encoding="utf-8"))
    points = declared["project"]["entry-points"][registry.GROUP]
    assert points == {
        "qiita": "lstm_behaviour.articles.qiita:ARTICLE",
        "brownlee": "lstm_behaviour.articles.brownlee:ARTICLE",
    }


def test_the_qiita_article_is_the_five_experiments():
    a = registry.article("qiita")
    assert a.numbers == (1, 2, 3, 4, 5)
    assert sorted(a.experiments) == [1, 2, 3, 4]
    assert [r.key for e in a.experiments.values() for r in e.rows] == list(a.rows)
    assert a.transplant.key == "E5/transplant" and a.transplant.source in a.rows
    assert a.calibrated.name == "calibrated.json" and a.calibrated.is_file()
    assert len(a.trained) == 21 and all(c.trained for c in a.trained)
    assert a.keys == (*a.rows, "E5/transplant")
    assert registry.calibrated_article() is a


def test_a_row_is_found_in_whichever_article_has_it():
    assert registry.row("E3/lstm_ful").key == "E3/lstm_ful"
    assert registry.row("B5/lstm_ful").key == "B5/lstm_ful"
    assert registry.owner("E5/transplant").key == "qiita" and registry.owner("B4/lstm+permuted").key == "brownlee"
    with pytest.raises(ValueError, match=r"row must be one of E1/dense, .*B5/lstm_ful\+cold-start; got 'E9/gru'"):
        registry.row("E9/gru")
    with pytest.raises(ValueError, match=r"row must be one of .*E5/transplant.*; got 'E9/gru'"):
        registry.owner("E9/gru")


def test_an_unknown_article_is_named_with_the_registered_ones():
    with pytest.raises(ValueError, match=r"^article must be one of qiita, brownlee; got 'hochreiter'$"):
        registry.article("hochreiter")


def test_articles_come_in_their_places_whatever_order_the_entry_points_have(registered):
    late = Article(key="late", title="", position=9, rows={"L1/x": object()})
    early = Article(key="early", title="", position=0, rows={"A1/x": object()})
    registered(late=late, early=early)
    assert list(registry.articles()) == ["early", "late"]


def test_an_entry_that_is_not_an_article_is_refused(registered):
    registered(odd={"rows": {}})
    with pytest.raises(TypeError, match=r"^entry point odd = somewhere:ODD \(lstm_behaviour\.articles\): expected an "):
        registry.articles()


def test_an_entry_whose_name_is_not_its_articles_key_is_refused(registered):
    registered(first=Article(key="second", title="", position=1, rows={}))
    with pytest.raises(ValueError, match=r"^entry point first \(lstm_behaviour\.articles\) names an Article whose key"):
        registry.articles()


def test_two_articles_cannot_share_a_row(registered):
    one = Article(key="one", title="", position=1, rows={"E1/x": object()})
    two = Article(key="two", title="", position=2, rows={"E1/x": object()})
    registered(one=one, two=two)
    with pytest.raises(ValueError, match=r"^row 'E1/x' belongs to two articles: one and two$"):
        registry.articles()


def test_no_article_registered_says_how_to_register_them(registered):
    registered()
    with pytest.raises(LookupError, match=r"install the package \(pip install -e \.\)$"):
        registry.articles()


def test_the_claims_are_the_state_apis_then_each_articles_trained_claims():
    from lstm_behaviour.spec.claims import CLAIMS, TRAINED_CLAIMS
    from lstm_behaviour.spec.mechanics import MECHANICS_CLAIMS

    trained = [c.id for a in registry.articles().values() for c in a.trained]
    assert [c.id for c in TRAINED_CLAIMS] == trained
    assert list(CLAIMS) == [c.id for c in MECHANICS_CLAIMS] + trained


def test_the_known_failures_are_each_articles_then_the_state_apis():
    from lstm_behaviour.spec.known_failures import STATE_FAILURES, all_known_failures

    assert all_known_failures() == (*qiita.ARTICLE.known_failures, *STATE_FAILURES)
    assert {f.claim.split(".")[0] for f in qiita.ARTICLE.known_failures} <= {"E1", "E2", "E3", "E4", "E5"}
    assert {f.claim.split(".")[0] for f in STATE_FAILURES} == {"S"}


def test_the_cli_takes_the_experiment_numbers_of_the_calibrated_article():
    from lstm_behaviour.cli.commands import experiment_numbers

    assert experiment_numbers() == registry.calibrated_article().numbers == (1, 2, 3, 4, 5)
