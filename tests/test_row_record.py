"""A trained row's calibration record (``RowResult.record``): exactly the keys the calibration files
and Brownlee's measurement files hold, the accuracies as measured, the times rounded to
milliseconds, no transcripts or weights."""

from __future__ import annotations

from lstm_behaviour.engine.rows import RowResult


def test_a_record_holds_the_row_seed_protocol_accuracies_and_times_to_the_millisecond():
    result = RowResult(
        key="B1/lstm",
        seed=7,
        protocol="article",
        accuracy={"in_order": 21 / 25, "reverse": 0.8, "loop": 0.04},
        transcripts={"in_order": ("A -> B",)},
        fit_s=12.34567,
        predict_s=0.12345,
        weights=("w",),
    )
    assert result.record() == {
        "row": "B1/lstm",
        "seed": 7,
        "protocol": "article",
        "in_order": 0.84,
        "reverse": 0.8,
        "loop": 0.04,
        "fit_s": 12.346,
        "predict_s": 0.123,
    }
    assert list(result.record()) == ["row", "seed", "protocol", "in_order", "reverse", "loop", "fit_s", "predict_s"]
