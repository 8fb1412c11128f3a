"""The registry of articles (lstm_behaviour/spec/articles.py): each article is found through its
entry point, in its place, with rows no other article has; what it registers is checked."""

from __future__ import annotations

import importlib.metadata
import sys
import types
from pathlib import Path

import pytest

from lstm_behaviour.articles import brownlee, qiita
from lstm_behaviour.spec import articles as registry
from lstm_behaviour.spec.articles import Article


class _Entry:
    """An entry point as ``importlib.metadata`` gives it: a name and a ``"module:attribute"``."""

    def __init__(self, name, value):
        self.name, self.value = name, value


class _Points(list):
    """What ``importlib.metadata.entry_points()`` returns from Python 3.10 on: entries with ``select``."""

    def select(self, group):
        return [e for e in self if group == registry.GROUP]


@pytest.fixture
def registered(monkeypatch):
    """``registered(name=value, ...)``: the only articles the registry finds from now on, each value
    an attribute of a module of its own, named by an installed entry point."""

    def install(**entries):
        module = types.ModuleType("plugged_articles")
        for name, value in entries.items():
            setattr(module, name.upper(), value)
        monkeypatch.setitem(sys.modules, "plugged_articles", module)
        monkeypatch.setattr(registry, "BUILT_IN", {})
        points = _Points(_Entry(n, f"plugged_articles:{n.upper()}") for n in entries)
        monkeypatch.setattr(importlib.metadata, "entry_points", lambda: points)
        registry.articles.cache_clear()

    yield install
    registry.articles.cache_clear()


def test_the_installed_package_registers_both_articles_in_their_places():
    found = registry.articles()
    assert list(found) == ["qiita", "brownlee"]
    assert found["qiita"] is qiita.ARTICLE and found["brownlee"] is brownlee.ARTICLE


def test_the_pyproject_registers_the_built_in_articles():
    """The entry points the wheel installs are the articles the registry knows without them."""
    import tomllib

    declared = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text(encoding="utf-8"))
    assert (
        declared["project"]["entry-points"][registry.GROUP]
        == registry.BUILT_IN
        == {
            "qiita": "lstm_behaviour.articles.qiita:ARTICLE",
            "brownlee": "lstm_behaviour.articles.brownlee:ARTICLE",
        }
    )


def test_the_built_in_articles_are_found_where_the_installed_metadata_predates_them(monkeypatch):
    """An installation whose metadata has no entry point of the group (installed before the articles
    were plug-ins), on Python 3.9's ``entry_points`` (a mapping of groups, no ``select``)."""
    monkeypatch.setattr(importlib.metadata, "entry_points", lambda: {"console_scripts": []})
    registry.articles.cache_clear()
    try:
        assert list(registry.articles()) == ["qiita", "brownlee"]
    finally:
        registry.articles.cache_clear()


def test_an_entry_point_that_names_another_value_for_a_built_in_article_is_refused(monkeypatch):
    monkeypatch.setattr(importlib.metadata, "entry_points", lambda: _Points([_Entry("qiita", "elsewhere:ARTICLE")]))
    registry.articles.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"^entry point qiita \(lstm_behaviour\.articles\) names two values: "):
            registry.articles()
    finally:
        registry.articles.cache_clear()


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
    with pytest.raises(TypeError, match=r"^entry point odd = plugged_articles:ODD \(lstm_behaviour\.articles\): "):
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


def test_two_articles_cannot_share_a_claim(registered):
    import dataclasses

    from lstm_behaviour.articles.qiita.trained import TRAINED_DEFINITIONS

    claim = TRAINED_DEFINITIONS[:1]
    bound = claim[0].bounds[0]
    sides = {"left": ("E8/y", "in_order"), **({"right": ("E8/y", "reverse")} if bound.right is not None else {})}
    other = (dataclasses.replace(claim[0], bounds=(dataclasses.replace(bound, **sides),)),)  # the same id, its own rows
    rows = {r: object() for r in claim[0].rows}
    one = Article("one", "", 1, rows, trained=claim, calibrated=Path("a"), calibration="data/a")
    two = Article("two", "", 2, {"E8/y": object()}, trained=other, calibrated=Path("b"), calibration="data/b")
    registered(one=one, two=two)
    with pytest.raises(ValueError, match=rf"^claim '{claim[0].id}' belongs to two articles: one and two$"):
        registry.articles()


def test_trained_claims_without_their_calibrated_numbers_are_refused():
    from lstm_behaviour.articles.qiita.trained import TRAINED_DEFINITIONS

    with pytest.raises(ValueError, match=r"^article lone: trained claims need the calibrated.json that holds"):
        Article(key="lone", title="", position=1, rows={}, trained=TRAINED_DEFINITIONS[:1])


def test_the_claims_are_the_state_apis_then_each_articles_trained_claims():
    from lstm_behaviour.spec.claims import CLAIMS, TRAINED_CLAIMS
    from lstm_behaviour.spec.mechanics import MECHANICS_CLAIMS

    trained = [c.id for a in registry.articles().values() for c in a.trained]
    assert [c.id for c in TRAINED_CLAIMS] == trained
    assert list(CLAIMS) == [c.id for c in MECHANICS_CLAIMS] + trained


def test_the_known_failures_are_each_articles_then_the_state_apis():
    from lstm_behaviour.articles import brownlee
    from lstm_behaviour.spec.known_failures import STATE_FAILURES, all_known_failures

    assert all_known_failures() == (*qiita.ARTICLE.known_failures, *brownlee.ARTICLE.known_failures, *STATE_FAILURES)
    assert {f.claim.split(".")[0] for f in brownlee.ARTICLE.known_failures} <= {"B1", "B2", "B3", "B4", "B5"}
    assert {f.claim.split(".")[0] for f in qiita.ARTICLE.known_failures} <= {"E1", "E2", "E3", "E4", "E5"}
    assert {f.claim.split(".")[0] for f in STATE_FAILURES} == {"S"}


def test_the_cli_takes_the_experiment_numbers_of_the_calibrated_article():
    from lstm_behaviour.cli.commands import experiment_numbers

    assert experiment_numbers() == registry.calibrated_article().numbers == (1, 2, 3, 4, 5)


def test_the_public_names_reach_the_registry_once_the_articles_are_loaded():
    """``lstm_behaviour.article`` is the registry's lookup even after the subpackage
    ``lstm_behaviour.articles`` is imported (which binds that attribute of the package)."""
    import lstm_behaviour as lb

    assert lb.ROWS is qiita.experiments.ROWS and lb.article("qiita") is qiita.ARTICLE and lb.Article is Article


def test_a_row_of_an_article_that_reports_no_table_has_no_articles_number():
    from lstm_behaviour.spec.experiments import article_accuracy

    assert article_accuracy("E1/lstm", "in_order") == 0.72
    assert article_accuracy("B1/lstm", "in_order") == 0.84
    with pytest.raises(KeyError):
        article_accuracy("B4/lstm+permuted", "in_order")  # a row the tutorial does not run
    with pytest.raises(KeyError):
        article_accuracy("B1/lstm", "reverse")  # an evaluation it prints no number for


def test_the_transplant_fixture_names_the_registered_transplants(trained_transplant):
    """``trained_transplant(seed, key)`` refuses a key no article registers, naming those it does
    (before training anything)."""
    with pytest.raises(pytest.UsageError, match=r"^trained_transplant's key must be one of E5/transplant; got 'E9/x'$"):
        trained_transplant(0, "E9/x")
