"""docs/brownlee.md's numbers from a small measurement worked out by hand, and the measurement
files it refuses, each named with what was expected and what was got."""

from __future__ import annotations

import json
import re

import pytest

from lstm_behaviour.articles.brownlee.summary import load, summary_markdown

VERSIONS = {"tensorflow": "2.21.0", "keras": "3.15.1", "keras_major": 3, "backend": "tensorflow", "onednn": False}


def _rec(row, seed, in_order, loop=0.04, reverse=None):
    reverse = in_order if reverse is None else reverse
    return {"row": row, "seed": seed, "in_order": in_order, "reverse": reverse, "loop": loop}


def _write(tmp_path, records, versions=VERSIONS, name="m.json"):
    path = tmp_path / name
    path.write_text(json.dumps({"versions": versions, "records": records}), encoding="utf-8")
    return path


def test_a_small_measurement_worked_out_by_hand(tmp_path):
    records = [
        _rec("B1/lstm", 0, 0.84),  # reaches 84%
        _rec("B1/lstm", 1, 0.80),
        _rec("B1/lstm", 2, 0.88),  # reaches it
        _rec("B4/lstm", 0, 1.0),
        _rec("B4/lstm", 1, 0.96),
        {**_rec("B4/lstm+permuted", 0, 1.0), "max_weight_difference": 2e-5, "max_weight": 6.5},  # as B4 on seed 0
        {**_rec("B4/lstm+permuted", 1, 1.0), "max_weight_difference": 1.5e-4, "max_weight": 6.25},  # not on seed 1
        _rec("B5/lstm_ful", 0, 1.0, loop=1.0),
        _rec("B5/lstm_ful", 1, 1.0, loop=0.04),
        _rec("B5/lstm_ful+cold-start", 0, 1.0, reverse=0.04),  # from a reset before each letter: one right
        _rec("B5/lstm_ful+cold-start", 1, 1.0, reverse=0.08),  # two right
    ]
    text = summary_markdown(load([_write(tmp_path, records)]), "data/brownlee/*.json")
    # B1: mean (84 + 80 + 88) / 3 = 84.0%, median 84%, 2 of 3 seeds reach 84%; the 95% Clopper-Pearson
    # interval of 2/3 is [9.4%, 99.2%]
    assert "| `B1/lstm` | 84.00% | 3 | 84.0% | 84.0% | 80%–88% | 2 of 3 (67%) | 9%–99% |" in text
    # B4: 1 of 2 reach 100%; interval of 1/2 is [1.3%, 98.7%]
    assert "| `B4/lstm` | 100.00% | 2 | 98.0% | 98.0% | 96%–100% | 1 of 2 (50%) | 1%–99% |" in text
    assert "generates the whole alphabet on 1 of 2 seeds" in text
    assert "the accuracy equals B4's on 1 of\n2 seeds" in text
    assert "as B4 scores 100% on 1 of them" in text
    assert (
        "after 5000 epochs the\npermuted model's weights lie at most 1.5e-04 from B4's on every seed, "
        "where its largest\nweight is at least 6.2"
    ) in text
    assert "on at most one letter of 25 on\n1 of 2 seeds" in text
    assert "mean accuracy 6.0%, highest 8%" in text
    assert "its predictions carry no state" not in text  # 4% and 8% from resets, 100% in order
    assert "Seeds [0, 1, 2]." in text and "## TF 2.21 · Keras 3.15.1 · oneDNN off" in text
    assert "`B2/lstm` | 86.96%" not in text, "a row with no records has no line"


def test_a_b5_that_scores_alike_from_resets_is_said_to_use_no_state(tmp_path):
    records = [_rec("B5/lstm_ful", s, 0.76) for s in range(3)]
    records += [_rec("B5/lstm_ful+cold-start", s, 0.76, reverse=0.76 if s < 2 else 0.04) for s in range(3)]
    text = summary_markdown(load([_write(tmp_path, records)]), "x")
    assert "in order without resets on\n2 of 3 seeds: on this setup its predictions carry no state" in text


@pytest.mark.parametrize(
    "value, upper, lower",
    [(6.149e-4, "6.2e-04", "0.0"), (2.510e-3, "2.6e-03", "0.0"), (6.1e-4, "6.1e-04", "0.0"), (6.159, "6.2e+00", "6.1")],
)
def test_bounds_are_rounded_the_safe_way(value, upper, lower):
    """An upper bound is printed rounded up, a lower bound rounded down: "at most 6.1e-04" for
    6.149e-4 would be false."""
    from lstm_behaviour.articles.brownlee.summary import lower_text, upper_text

    assert upper_text(value) == upper and float(upper) >= value
    assert lower_text(value) == lower and float(lower) <= value
    assert lower_text(6.3) == "6.3" and lower_text(6.256) == "6.2" and upper_text(0.0) == "0"


def test_setups_are_in_the_matrixs_order(tmp_path):
    keras2 = {**VERSIONS, "tensorflow": "2.15.1", "keras": "2.15.0", "keras_major": 2}
    paths = [_write(tmp_path, [_rec("B1/lstm", 0, 0.84)], VERSIONS, "a.json")]
    paths.append(_write(tmp_path, [_rec("B1/lstm", 0, 0.84)], keras2, "b.json"))
    text = summary_markdown(load(paths), "x")
    assert text.index("## TF 2.15") < text.index("## TF 2.21")


V = VERSIONS
B1 = _rec("B1/lstm", 0, 0.84)
PERMUTED = {**_rec("B4/lstm+permuted", 0, 1.0), "max_weight_difference": 1e-4, "max_weight": 6.0}


@pytest.mark.parametrize(
    "content, message",
    [
        ([], r"must be an object with exactly 'versions' and 'records', got 'list'"),
        ({"versions": V, "records": [B1], "notes": 1}, r"exactly 'versions' and 'records', got \['notes', 'records'"),
        ({"versions": [1], "records": [B1]}, r"versions must be an object, got list"),
        ({"versions": {"backend": "tensorflow"}, "records": [B1]}, r"versions must name the keras as text, got None"),
        ({"versions": {**V, "backend": "theano"}, "records": [B1]}, r"versions' backend must be one of tensorflow, "),
        ({"versions": {**V, "tensorflow": None}, "records": [B1]}, r"must name the tensorflow of a tensorflow setup"),
        ({"versions": {**V, "tensorflow": ["2.21"]}, "records": [B1]}, r"versions' tensorflow must be text or null"),
        ({"versions": {**V, "variant": 3}, "records": [B1]}, r"versions' variant must be text or null, got 3"),
        ({"versions": {**V, "keras": "3\x1b[31m"}, "records": [B1]}, r"must be plain text, got a control character"),
        ({"versions": {**V, "backend_version": "1\u202e"}, "records": [B1]}, r"a bidirectional control character"),
        ({"versions": {**V, "keras_major": "x"}, "records": [B1]}, r"versions' keras_major must be 2 or 3, got 'x'"),
        ({"versions": {**V, "onednn": "yes"}, "records": [B1]}, r"versions' onednn must be true, false or null"),
        ({"versions": V, "records": {"a": 1}}, r"records must be a list, got dict"),
        ({"versions": V, "records": []}, r"records must not be empty, got \[\]"),
        ({"versions": V, "records": [_rec("E1/lstm", 0, 1.0)]}, r"record 0 must name a row of B1/lstm, "),
        ({"versions": V, "records": [{**B1, "row": ["B1/lstm"]}]}, r"record 0 must name a row of B1/lstm, "),
        ({"versions": V, "records": [_rec("B1/lstm", -1, 1.0)]}, r"record 0 \(B1/lstm\) must have a seed from 0 to "),
        ({"versions": V, "records": [_rec("B1/lstm", True, 1.0)]}, r"must have a seed from 0 to 4294967295, got True"),
        (
            {"versions": V, "records": [_rec("B1/lstm", 10**30, 1.0)]},
            r"must have a seed from 0 to 4294967295, got 1000",
        ),
        ({"versions": V, "records": [_rec("B1/lstm", 0, 1.5)]}, r"record 0 \(B1/lstm seed 0\) must have in_order in "),
        ({"versions": V, "records": [_rec("B1/lstm", 0, 0.5)]}, r"a whole number of its 25 pairs, got 0.5"),
        ({"versions": V, "records": [_rec("B2/lstm", 0, 0.84)]}, r"a whole number of its 23 pairs, got 0.84"),
        (
            {"versions": V, "records": [{**B1, "loop": "high"}]},
            r"must have loop in \[0, 1\], a whole number of its 25 pairs, got .high.",
        ),
        ({"versions": V, "records": [B1, _rec("B1/lstm", 0, 0.8)]}, r"record 1 repeats B1/lstm seed 0"),
        (
            {"versions": V, "records": [_rec("B4/lstm", 0, 1.0), _rec("B4/lstm+permuted", 0, 1.0)]},
            r"record 1 \(B4/lstm\+permuted seed 0\) must have max_weight, a number > 0, got None",
        ),
        (
            {"versions": V, "records": [_rec("B4/lstm", 0, 1.0), {**PERMUTED, "max_weight": 0}]},
            r"must have max_weight, a number > 0, got 0",
        ),
        (
            {"versions": V, "records": [_rec("B4/lstm", 0, 1.0), {**PERMUTED, "max_weight_difference": -1}]},
            r"must have max_weight_difference, a number >= 0, got -1",
        ),
        (
            {"versions": V, "records": [PERMUTED]},
            r"B4/lstm\+permuted is read beside B4/lstm, which has no record for seed 0",
        ),
        (
            {"versions": V, "records": [_rec("B5/lstm_ful+cold-start", 3, 1.0)]},
            r"B5/lstm_ful\+cold-start is read beside B5/lstm_ful, which has no record for seed 3",
        ),
    ],
)
def test_a_bad_measurement_file_is_named_with_its_problem(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(ValueError) as caught:
        load([path])
    assert str(caught.value).startswith(f"{path}: ") and re.search(message, str(caught.value)), caught.value


def test_two_files_of_one_setup_are_refused(tmp_path):
    first = _write(tmp_path, [_rec("B1/lstm", 0, 0.84)], name="a.json")
    second = _write(tmp_path, [_rec("B1/lstm", 1, 0.84)], name="b.json")
    with pytest.raises(ValueError, match=rf"{second}: measures the setup of {first} \(TF 2.21 · Keras 3.15.1"):
        load([first, second])


def test_the_article_makes_its_documents_from_its_files_only(tmp_path):
    from lstm_behaviour.articles.brownlee.summary import documents

    assert documents(tmp_path) == {}, "a checkout without data/brownlee/ or its reports: no documents"


def test_its_findings_section_lists_each_claim_and_points_the_japanese_readers_to_it():
    from lstm_behaviour.articles.brownlee import ARTICLE
    from lstm_behaviour.articles.brownlee.summary import findings
    from tools.generated_docs import ROOT

    text = findings(ROOT, "en")
    assert text.startswith("## Brownlee's tutorial: what it got right and wrong")
    assert all(f"`{c.id}`" in text for c in ARTICLE.trained)
    assert "findings.md" in findings(ROOT, "ja") and "Brownlee's tutorial: what it got right and wrong" in findings(
        ROOT, "ja"
    )


def test_its_results_page_holds_its_claims_alone():
    from lstm_behaviour.articles.brownlee import ARTICLE
    from lstm_behaviour.articles.brownlee.summary import documents
    from tools.generated_docs import ROOT

    page = documents(ROOT)[ROOT / "docs" / "brownlee-results.md"]
    listed = [line.split("`")[1] for line in page.splitlines() if line.startswith("| `B")]
    assert sorted(listed) == sorted(c.id for c in ARTICLE.trained)


def test_its_page_says_where_each_claims_bounds_and_rate_come_from():
    from lstm_behaviour.articles.brownlee import ARTICLE
    from lstm_behaviour.articles.brownlee.summary import calibration_rows
    from lstm_behaviour.spec.calibration import load_sets
    from lstm_behaviour.spec.claims import CLAIMS
    from tools.generated_docs import ROOT

    rows = calibration_rows(load_sets(sorted((ROOT / ARTICLE.calibration).glob("*.json"))))
    assert [r["id"] for r in rows] == [c.id for c in ARTICLE.trained]
    assert all(r["rate"] == CLAIMS[r["id"]].rate and len(r["held"]) == 2 for r in rows), "both TensorFlow sets"
    assert "B3.timesteps-beat-naive" in [r["id"] for r in rows if r["held"][0].startswith("99/100")]


def test_its_findings_give_b6_on_tensorflow_and_on_the_other_backends_apart(tmp_path):
    """TensorFlow's files calibrate B6; another backend's B6 seeds are evidence, in a sentence of their own."""
    from lstm_behaviour.articles.brownlee.summary import findings

    folder = tmp_path / "data" / "brownlee"
    folder.mkdir(parents=True)
    b6 = [{**_rec("B6/lstm", seed, acc), "fit_s": 200.0} for seed, acc in ((0, 0.97), (1, 0.99), (0, 0.95), (3, 0.992))]
    _write(folder, b6[:2], name="tf.json")
    torch = {"tensorflow": None, "keras": "3.15.1", "keras_major": 3, "backend": "torch", "onednn": None}
    torch["backend_version"] = "2.13.0"
    _write(folder, b6[2:], versions=torch, name="torch.json")
    text = findings(tmp_path, "en")
    assert "ranges\n97.0%–99.0% on TF 2.21 · Keras 3.15.1 · oneDNN off (2 seeds, 1 reaching its 98.90%)." in text
    assert "it ranges\n95.0%–99.2% on torch 2.13.0 · Keras 3.15.1 (2 seeds, 1 reaching 98.90%)." in text
