"""``python -m lstm_behaviour plot``: images of the committed calibration and benchmark runs."""

from __future__ import annotations

import glob
from pathlib import Path

import pytest

from lstm_behaviour.cli import main

ROOT = Path(__file__).resolve().parent.parent
PNG = b"\x89PNG\r\n\x1a\n"


def test_plot_draws_every_experiment_and_the_benchmarks(tmp_path):
    calibration = sorted(glob.glob(str(ROOT / "data" / "calibration" / "*.json")))
    compared = sorted(glob.glob(str(ROOT / "data" / "comparisons" / "*.json")))
    assert main(["plot", "--calibration", *calibration, "--comparisons", *compared, "--out-dir", str(tmp_path)]) == 0
    made = sorted(p.name for p in tmp_path.iterdir())
    assert made == ["benchmarks.png"] + [f"experiment-{n}.png" for n in range(1, 6)]
    assert all((tmp_path / name).read_bytes().startswith(PNG) for name in made)


def test_plot_without_calibration_records_says_so(tmp_path, capsys):
    empty = tmp_path / "none.json"
    empty.write_text(
        '{"versions": {"tensorflow": "2.21.0", "keras": "3.15.1", "keras_major": 3, "backend": "tensorflow", '
        '"onednn": false}, "records": []}',
        encoding="utf-8",
    )
    assert main(["plot", "--calibration", str(empty), "--out-dir", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "none.json: records: expected at least one record; got none" in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("name", ["experiment-1.png", "benchmarks.png"])
def test_committed_images_exist(name):
    """The README shows these; ``python -m lstm_behaviour plot`` makes them."""
    assert (ROOT / "docs" / "images" / name).read_bytes().startswith(PNG)
