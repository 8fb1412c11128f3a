"""The article's five experiments as data (``engine.rows.run_row`` trains and evaluates a row).

Experiments 1-4 are tables: every row appears once, with the article's accuracies and times
(``EXPERIMENTS``, ``ROWS``). Experiment 5, the hidden-state transplant, is ``TRANSPLANT``: its
source row, warm-up, epochs and three tests with the article's results (run by
``engine.transplant``). Tests, the CLI and the docs read these; importing this module does
not import a backend.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..engine.data import WARMUP_REPRODUCIBLE, Windows, windows

__all__ = [
    "EXPERIMENTS",
    "EXPERIMENT_NUMBERS",
    "ROWS",
    "TRANSPLANT",
    "TRANSPLANT_KEY",
    "WARMUP_REPRODUCIBLE",
    "ArticleResult",
    "Experiment",
    "Row",
    "Transplant",
    "TransplantTest",
    "article_accuracy",
    "experiment",
    "row",
    "window_count",
]


@dataclass(frozen=True)
class ArticleResult:
    """What the article reports for a row: accuracies in [0, 1] and times in seconds."""

    in_order: float
    reverse: float
    loop: float
    fit_s: float
    predict_s: float

    def accuracy(self, evaluation: str) -> float:
        return getattr(self, evaluation)


@dataclass(frozen=True)
class Row:
    """One table row: a model kind and its settings, with the article's numbers."""

    key: str
    experiment: int
    model: str
    shuffle: bool
    seq_length: int
    shape: tuple[int, ...]
    batch_size: int
    epochs: int
    test_every_reset: bool
    article: ArticleResult
    units: int = 16  # the width of the LSTM (or the MLP's hidden layer): 16 in every row of the article

    @property
    def stateful(self) -> bool:
        return self.model == "lstm_ful"

    def data(self) -> Windows:
        return windows(self.seq_length, self.shape)


@dataclass(frozen=True)
class Experiment:
    """One of the article's experiments: its fixed settings and its rows."""

    number: int
    title: str
    seq_length: int
    shape: tuple[int, ...]
    batch_size: int
    epochs: int
    rows: tuple[Row, ...] = field(default=())


def _experiment(number, title, *, seq_length, shape, batch_size, epochs, rows):
    built = tuple(
        Row(
            key=f"E{number}/{name}",
            experiment=number,
            model=name.split("+")[0],
            shuffle=shuffle,
            seq_length=seq_length,
            shape=shape,
            batch_size=batch_size,
            epochs=epochs,
            test_every_reset=every_reset,
            article=ArticleResult(*(v / 100 for v in accs), fit_s, predict_s),
        )
        for name, shuffle, every_reset, accs, fit_s, predict_s in rows
    )
    return Experiment(number, title, seq_length, shape, batch_size, epochs, built)


# (row name, shuffle, test_every_reset, (in order %, reverse %, loop %), fit s, predict s)
EXPERIMENTS: dict[int, Experiment] = {
    e.number: e
    for e in (
        _experiment(
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
        _experiment(
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
        _experiment(
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
        _experiment(
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


@dataclass(frozen=True)
class TransplantTest:
    """One of experiment 5's three tests: where it starts, from what state, the article's hits."""

    name: str
    label: str
    start: int  # first window it predicts (0: ABC, 11: LMN); it runs to the last window
    transplanted: bool  # starts from the warm-up state (else from a reset)
    article_hits: int  # windows the article's run got right


@dataclass(frozen=True)
class Transplant:
    """Experiment 5, the hidden-state transplant, as data (run by ``transplant.run_transplant``).

    A model trained as ``source`` is reset and fed the first ``warmup_windows`` windows; its
    (h, c) is written into a fresh model of the same kind before each of that model's
    ``epochs`` training epochs; the fresh model is then tested three ways (``tests``).
    """

    key: str
    source: str  # the row whose trained model gives the warm-up state
    warmup_windows: int
    epochs: int
    tests: tuple[TransplantTest, ...]
    target_seed_offset: int = 10_000  # the fresh model's weights come from seed + offset

    @property
    def source_row(self) -> Row:
        return ROWS[self.source]

    def test(self, name: str) -> TransplantTest:
        for t in self.tests:
            if t.name == name:
                return t
        raise ValueError(f"experiment 5 test must be one of {', '.join(t.name for t in self.tests)}; got {name!r}")

    def windows(self, name: str) -> int:
        """How many windows a test predicts: from its start to the last window."""
        return len(ROWS[self.source].data()) - self.test(name).start

    def article_accuracy(self, name: str) -> float:
        """The article's accuracy over the windows the test ran. The article divided test 2's
        3 hits by all 23 windows (13.04%) although it ran the 12 from LMN: 3/12 here."""
        return self.test(name).article_hits / self.windows(name)


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


def article_accuracy(key: str, evaluation: str) -> float:
    """The article's accuracy for a row (or experiment 5) and evaluation (or test); a KeyError
    for a measure the article gives no number for."""
    if key == TRANSPLANT_KEY:
        if evaluation == WARMUP_REPRODUCIBLE:
            raise KeyError(evaluation)
        return TRANSPLANT.article_accuracy(evaluation)
    return ROWS[key].article.accuracy(evaluation)


def window_count(key: str, evaluation: str) -> int:
    """How many windows an evaluation runs: one window is the accuracy's grid step (1 for a
    yes/no measure)."""
    if key == TRANSPLANT_KEY:
        return 1 if evaluation == WARMUP_REPRODUCIBLE else TRANSPLANT.windows(evaluation)
    return len(ROWS[key].data())


#: Every experiment of the article: 1-4 are tables of rows, 5 is the transplant.
EXPERIMENT_NUMBERS = (*EXPERIMENTS, 5)


def experiment(number: int) -> Experiment:
    """The table experiment (1-4) with this number, or a ValueError naming the known ones."""
    if number not in EXPERIMENTS:
        raise ValueError(f"experiment must be one of {', '.join(map(str, EXPERIMENTS))}; got {number!r}")
    return EXPERIMENTS[number]


def row(key: str) -> Row:
    """The row with this key (e.g. ``"E1/lstm_ful"``), or a ValueError naming the known ones."""
    if key not in ROWS:
        raise ValueError(f"row must be one of {', '.join(ROWS)}; got {key!r}")
    return ROWS[key]
