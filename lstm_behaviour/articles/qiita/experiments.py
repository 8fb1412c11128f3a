"""The Qiita article's five experiments as data (``engine.rows.run_row`` trains and evaluates a row).

Experiments 1-4 are tables: every row appears once, with the article's accuracies and times
(``EXPERIMENTS``, ``ROWS``). Experiment 5, the hidden-state transplant, is ``TRANSPLANT``: its
source row, warm-up, epochs and three tests with the article's results (run by
``engine.transplant``). Importing this module does not import a backend.
"""

from __future__ import annotations

from ...spec.experiments import WARMUP_REPRODUCIBLE, Experiment, Row, Transplant, TransplantTest, build_experiment

__all__ = [
    "EXPERIMENTS",
    "EXPERIMENT_NUMBERS",
    "ROWS",
    "TRANSPLANT",
    "TRANSPLANT_KEY",
    "WARMUP_REPRODUCIBLE",
    "experiment",
]

# (row name, shuffle, test_every_reset, (in order %, reverse %, loop %), fit s, predict s)
EXPERIMENTS: dict[int, Experiment] = {
    e.number: e
    for e in (
        build_experiment(
            1,
            "one letter -> one letter",
            seq_length=1,
            shape=(1, 1),
            batch_size=1,
            epochs=500,
            rows=(
                ("dense", True, False, (68, 68, 4), 18.0, 0.19),
                ("lstm", True, False, (72, 72, 4), 28.3, 0.31),
                ("lstm_ful", False, False, (68, 4, 68), 25.5, 0.38),
                ("lstm_ful+shuffle", True, False, (12, 8, 4), 49.0, 0.34),
            ),
        ),
        build_experiment(
            2,
            "three-letter feature window",
            seq_length=3,
            shape=(1, 3),
            batch_size=1,
            epochs=500,
            rows=(
                ("dense", True, False, (78, 78, 74), 17.5, 0.15),
                ("lstm", True, False, (83, 83, 83), 26.9, 0.35),
                ("lstm_ful", False, False, (78, 4, 78), 24.2, 0.34),
            ),
        ),
        build_experiment(
            3,
            "three-letter time-step window",
            seq_length=3,
            shape=(3, 1),
            batch_size=1,
            epochs=500,
            rows=(
                ("dense", True, False, (78, 78, 30.4), 17.5, 0.13),
                ("lstm", True, False, (97, 97, 97), 37.3, 0.30),
                ("lstm_ful", False, False, (96, 0, 96), 30.8, 0.34),
            ),
        ),
        build_experiment(
            4,
            "batch = the whole data set",
            seq_length=3,
            shape=(3, 1),
            batch_size=23,
            epochs=1000,
            rows=(
                ("lstm", True, False, (96, 96, 96), 5.9, 0.41),
                ("lstm_ful+shuffle+test-reset", True, True, (96, 96, 96), 6.6, 0.38),
                ("lstm_ful", False, False, (96, 4, 4), 6.3, 0.33),
            ),
        ),
    )
}

ROWS: dict[str, Row] = {r.key: r for e in EXPERIMENTS.values() for r in e.rows}

TRANSPLANT = Transplant(
    key="E5/transplant",
    source="E3/lstm_ful",
    warmup_windows=11,  # ABC .. KLM: "まず K まで model の短期記憶を進める"
    epochs=500,
    tests=(
        TransplantTest("reset_from_abc", "test 1: reset, from ABC", 0, False, article_hits=1),  # 4.35%
        TransplantTest("reset_from_lmn", "test 2: reset, from LMN", 11, False, article_hits=3),  # 13.04% of 23
        TransplantTest("transplant_from_abc", "test 3: transplanted state, from ABC", 0, True, article_hits=23),
    ),
)
TRANSPLANT_KEY = TRANSPLANT.key


#: Every experiment of the article: 1-4 are tables of rows, 5 is the transplant.
EXPERIMENT_NUMBERS = (*EXPERIMENTS, 5)


def experiment(number: int) -> Experiment:
    """The table experiment (1-4) with this number, or a ValueError naming the known ones."""
    if number not in EXPERIMENTS:
        raise ValueError(f"experiment must be one of {', '.join(map(str, EXPERIMENTS))}; got {number!r}")
    return EXPERIMENTS[number]
