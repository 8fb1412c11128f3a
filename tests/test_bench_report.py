"""docs/benchmarks.md's tables and ratios come from saved pytest-benchmark runs."""

from __future__ import annotations

import json

import pytest

from lstm_behaviour.reports.benchmarks_md import benchmarks_markdown, load_runs, protocol_ratios


def _bench(name, group, median, rounds=1, **extra):
    stats = {"median": median, "min": median, "max": median, "iqr": 0.0, "rounds": rounds}
    return {"name": name, "group": group, "stats": stats, "extra_info": extra}


def _run(tf, keras, major, article, fast):
    return {
        "datetime": "2026-11-29T10:07:22",
        "commit_info": {"id": "0123456789abcdef", "dirty": False},
        "machine_info": {
            "tensorflow": tf,
            "keras": keras,
            "keras_major": major,
            "backend": "tensorflow",
            "backend_version": tf,
            "onednn": False,
            "python_version": "3.11.7",
            "cpu": {"brand_raw": "test CPU"},
        },
        "benchmarks": [
            _bench(
                "test_protocol[E1/lstm_ful-article]",
                "protocol E1/lstm_ful",
                article,
                row="E1/lstm_ful",
                protocol="article",
            ),
            _bench("test_protocol[E1/lstm_ful-fast]", "protocol E1/lstm_ful", fast, row="E1/lstm_ful", protocol="fast"),
        ],
    }


def test_ratio_and_version_order(tmp_path):
    paths = []
    for name, run in (("b", _run("2.21.0", "3.15.1", 3, 60.0, 10.0)), ("a", _run("2.13.1", "2.13.1", 2, 40.0, 8.0))):
        paths.append(tmp_path / f"{name}.json")
        paths[-1].write_text(json.dumps(run))
    runs = load_runs(paths)
    assert [r["machine_info"]["tensorflow"] for r in runs] == ["2.13.1", "2.21.0"]
    assert protocol_ratios(runs[1]) == {"E1/lstm_ful": pytest.approx(6.0)}
    text = benchmarks_markdown(runs, "x")
    assert "| E1/lstm_ful | 5.0x | 6.0x |" in text
    assert "TF 2.21 · Keras 3.15.1 · oneDNN off at commit 0123456 on 2026-11-29" in text


def test_run_without_versions_is_refused(tmp_path):
    path = tmp_path / "plain.json"
    path.write_text(json.dumps({"machine_info": {}, "benchmarks": []}))
    with pytest.raises(
        ValueError, match=r"must name its backend \(or TensorFlow\), keras and keras_major in machine_info"
    ):
        load_runs([path])
