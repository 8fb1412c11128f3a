"""A committed image or document cannot be older than the data it is drawn from: each records the
digest of its inputs (a PNG in its ``Source-Digest`` text chunk, docs/benchmarks.md in its
header), and these tests recompute it from the committed data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lstm_behaviour.reports.comparison_md import inputs_digest
from lstm_behaviour.reports.plots import png_text
from tools.generated_docs import benchmark_inputs

ROOT = Path(__file__).resolve().parent.parent
IMAGES = ROOT / "docs" / "images"


def _inputs(name: str) -> list[Path]:
    folder = "comparisons" if name == "benchmarks.png" else "calibration"
    return sorted((ROOT / "data" / folder).glob("*.json"))


def stale(image: Path, inputs: list[Path]) -> bool:
    return png_text(image.read_bytes()).get("Source-Digest") != inputs_digest(inputs)


@pytest.mark.parametrize("name", ["benchmarks.png"] + [f"experiment-{n}.png" for n in range(1, 6)])
def test_each_image_is_drawn_from_the_committed_data(name):
    assert not stale(IMAGES / name, _inputs(name)), (
        f"docs/images/{name} is older than its data: run python -m lstm_behaviour plot"
    )


def test_benchmarks_md_names_the_digest_of_its_inputs():
    text = (ROOT / "docs" / "benchmarks.md").read_text(encoding="utf-8")
    assert f"Inputs digest {inputs_digest(benchmark_inputs())} " in text


def test_a_changed_input_makes_the_image_stale(tmp_path):
    """The check can fail: one byte more in a copy of a comparison, and benchmarks.png is stale."""
    copies = []
    for path in _inputs("benchmarks.png"):
        copies.append(tmp_path / path.name)
        shutil.copy(path, copies[-1])
    assert not stale(IMAGES / "benchmarks.png", copies)
    copies[0].write_bytes(copies[0].read_bytes() + b" ")
    assert stale(IMAGES / "benchmarks.png", copies)


def test_the_digest_depends_on_names_and_bytes(tmp_path):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_text("{}")
    b.write_text("{}")
    assert inputs_digest([a]) != inputs_digest([b])  # same bytes, another name
    assert inputs_digest([a, b]) == inputs_digest([b, a])  # order of the arguments does not count
    assert len(inputs_digest([a])) == 16


def test_png_text_refuses_what_is_not_a_png():
    with pytest.raises(ValueError, match="not a PNG"):
        png_text(b"GIF89a")
