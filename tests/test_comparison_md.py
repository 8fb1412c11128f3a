"""docs/benchmarks.md's decided part: comparisons and floors rendered from their files (no backend)."""

from __future__ import annotations

import json
import math
import re

import pytest

from lstm_behaviour import compare
from lstm_behaviour.reports import comparison_md
from lstm_behaviour.reports.benchmarks_md import benchmarks_markdown

TF = {"backend": "tensorflow", "tensorflow": "2.21.0", "keras": "3.15.1", "keras_major": 3, "onednn": False}
TORCH = {
    "backend": "torch",
    "backend_version": "2.13.0",
    "tensorflow": None,
    "keras": "3.15.1",
    "keras_major": 3,
    "onednn": None,
}


def test_the_format_is_the_one_compare_writes():
    assert comparison_md.FORMAT == compare.FORMAT


def test_side_labels_name_the_versions_and_the_onednn_mode():
    assert comparison_md.side_label(TF) == "TF 2.21 · Keras 3.15.1 · oneDNN off"
    assert comparison_md.side_label(TORCH) == "torch 2.13.0 · Keras 3.15.1"


def _comparison(tmp_path, monkeypatch):
    def run(side, design):
        slow = 1.3 if side.name == "b" else 1.0
        times = {i: {"cpu": [slow * (1 + 0.001 * len(i))], "wall": [slow]} for i in design["items"]}
        times["train E3/lstm"] = {"error": "RuntimeError: x"} if side.name == "b" else times["train E3/lstm"]
        return {"versions": TORCH if side.name == "b" else TF, "process_s": 1.0, "times": times}

    monkeypatch.setattr(compare, "_run_worker", run)
    sides = [compare.Side("a", "/bin/a", {}), compare.Side("b", "/bin/b", {})]
    out = tmp_path / "c.json"
    compare.compare(sides, out=out, items=("train E1/dense", "train E3/lstm", "call E3/lstm_ful predict"))
    return out


def test_a_comparison_renders_its_cells_and_sides(tmp_path, monkeypatch):
    path = _comparison(tmp_path, monkeypatch)
    ((name, data),) = comparison_md.load_comparisons([path])
    made = comparison_md.comparison_data(name, data)
    assert made["labels"] == {"a": "TF 2.21 · Keras 3.15.1 · oneDNN off", "b": "torch 2.13.0 · Keras 3.15.1"}
    assert dict(made["rows"])["train E1/dense"] == ["1.30 [1.30, 1.30] slower"]
    assert dict(made["rows"])["train E3/lstm"] == ["raises"]
    assert made["counts"]["b"]["slower"] == 2 and made["family"] == 3
    assert made["command"] == "python -m lstm_behaviour compare a b --steps 1000 --repeats 3 --max-rounds 30"
    text = benchmarks_markdown([], "x", [(name, data)], comparison_source="y", digest="0123")
    assert "| train E1/dense | 1.30 [1.30, 1.30] slower |" in text and "Inputs digest 0123 " in text


def test_a_stated_effect_and_the_rounds_an_undecided_row_needs(tmp_path, monkeypatch):
    """A comparison run with --effect 0.1 shows it in its command and its text, and the documents
    decide it from its rounds. An undecided row says how many rounds its ratio and spread would
    need: here five rounds whose log ratios are 0.03 + 0.08 z, z = (-sqrt 1.6, -sqrt 0.4, 0,
    sqrt 0.4, sqrt 1.6) (mean 0.03, standard deviation exactly 0.08), over 3 rows; "not faster"
    needs t(1 - 0.05/6, n - 1) * 0.08 / sqrt(n) <= 0.03 + ln 1.1 = 0.12531, first at n = 6:
    3.5341 * 0.08 / 2.4495 = 0.11542, where the five rounds give 3.9608 * 0.08 / 2.2361 = 0.14171
    (t(0.99167, 5) lies between the printed t(0.99, 5) = 3.365 and t(0.995, 5) = 4.032)."""
    z = [-(1.6**0.5), -(0.4**0.5), 0.0, 0.4**0.5, 1.6**0.5]

    def run(side, design):
        k = len(runs) // 2
        runs.append(side.name)
        t = math.exp(0.03 + 0.08 * z[k]) if side.name == "b" else 1.0
        times = {i: {"cpu": [t if i == "train E1/dense" else 1.0]} for i in design["items"]}
        return {"versions": TF, "process_s": 1.0, "times": {i: {**v, "wall": v["cpu"]} for i, v in times.items()}}

    runs = []
    monkeypatch.setattr(compare, "_run_worker", run)
    sides = [compare.Side("a", "/bin/a", {}), compare.Side("b", "/bin/b", {})]
    out = tmp_path / "c.json"
    items = ("train E1/dense", "train E3/lstm", "call E3/lstm_ful predict")
    compare.compare(sides, out=out, items=items, max_rounds=5, effect=0.1)
    ((name, data),) = comparison_md.load_comparisons([out])
    made = comparison_md.comparison_data(name, data)
    assert made["command"].endswith("--max-rounds 5 --effect 0.1")
    assert made["needs"] == [("b", "train E1/dense", round(math.exp(0.03), 4), 6)]
    assert dict(made["rows"])["train E3/lstm"] == ["1.00 [1.00, 1.00] same"]
    text = benchmarks_markdown([], "x", [(name, data)], comparison_source="y", digest="0123")
    assert "- `b` train E1/dense (ratio 1.03): its ratio and spread would need 6 rounds for a verdict at ±10%." in text
    assert "smallest effect 10% (stated for this comparison" in text


def test_a_file_that_is_not_a_comparison_is_refused(tmp_path):
    path = tmp_path / "c.json"
    path.write_text(json.dumps({"format": "other"}))
    with pytest.raises(ValueError, match=r"c.json: not a comparison \(lstm-behaviour comparison 1\)"):
        comparison_md.load_comparisons([path])


def test_floors_give_keras_share_and_the_torch_profile(tmp_path):
    profile = {"steps": 200, "step_ms_profiled": 10.0, "aten_self_ms": 2.0, "top": [{"op": "aten::mm", "self_ms":
               0.5, "calls": 15.0}]}  # fmt: skip
    for name, versions, keras_ms, plain_ms, extra in (
        ("tf.json", TF, 0.3, 0.1, {}),
        ("torch.json", TORCH, 2.8, 0.7, {"profile": profile}),
    ):
        (tmp_path / name).write_text(json.dumps({"versions": versions, "steps": 1000, "keras_step_ms": keras_ms,
                                                 "plain_step_ms": plain_ms, **extra}))  # fmt: skip
    floors = comparison_md.load_floors(sorted(tmp_path.glob("*.json")))
    made = comparison_md.floor_data(floors)
    assert [(r["ratio"], r["keras_share"]) for r in made["rows"]] == [
        pytest.approx((3.0, 2 / 3)),
        pytest.approx((4.0, 0.75)),
    ]
    assert made["profile"]["aten_share"] == 0.2
    assert (made["gap"]["keras"], made["gap"]["plain"]) == pytest.approx((2.8 / 0.3, 7.0))
    text = benchmarks_markdown([], "x", floors=floors)
    assert "| torch 2.13.0 · Keras 3.15.1 | 2.8000 ms | 0.7000 ms | 4.0x | 75% |" in text
    assert "| `aten::mm` | 0.500 ms | 15.0 |" in text
    (tmp_path / "bad.json").write_text(json.dumps({"versions": TF, "keras_step_ms": 0}))
    with pytest.raises(ValueError, match="not a floor measurement"):
        comparison_md.load_floors([tmp_path / "bad.json"])


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda d: d["design"].update(items=[]), "design.items: expected a list of rows"),
        (lambda d: d.update(rounds=[]), "rounds: expected one or more rounds"),
        (lambda d: d["design"].update(effect=2.0), "design: expected an effect from 0.01 to 0.5 and an alpha"),
        (lambda d: d["design"].pop("alpha"), "design: expected an effect from 0.01 to 0.5 and an alpha"),
        (lambda d: d.update(decisions={}), "decisions: expected one entry per side after the first"),
        (lambda d: d["decisions"]["b"]["train E1/dense"].update(ratio="1.3"), "expected a ratio, its bounds"),
        (lambda d: d["decisions"]["b"]["train E1/dense"].update(verdict="maybe"), "expected a ratio, its bounds"),
        (lambda d: d["rounds"][0]["times"].pop("b"), "rounds[0].times: expected each side's times"),
    ],
)
def test_a_malformed_comparison_is_one_line_for_docs_and_plot(tmp_path, monkeypatch, capsys, change, problem):
    from lstm_behaviour.cli import main

    data = json.loads(_comparison(tmp_path, monkeypatch).read_text())
    change(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data))
    with pytest.raises(ValueError, match=re.escape(problem)):
        comparison_md.load_comparisons([path])
    calibration = sorted(
        str(p) for p in (comparison_md.Path(__file__).parent.parent / "data" / "calibration").glob("*.json")
    )
    assert (
        main(["plot", "--calibration", *calibration, "--comparisons", str(path), "--out-dir", str(tmp_path / "o")]) == 1
    )
    err = capsys.readouterr().err
    assert problem in err and "Traceback" not in err and not (tmp_path / "o").exists()
