"""The types of an article's experiments (``engine.rows.run_row`` trains and evaluates a row), and
the lookups that find a row or an article's number by its key in any registered article.

A table experiment is an ``Experiment`` of ``Row``s, each with the article's accuracies and times
(``ArticleResult``). A hidden-state transplant is a ``Transplant``: its source row, warm-up, epochs
and tests with the article's results (run by ``engine.transplant``). The articles' own values are
their subpackages' (``articles.qiita.experiments``), found through ``spec.articles``; importing
this module does not import a backend.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..engine.data import WARMUP_REPRODUCIBLE, Windows, windows

__all__ = [
    "WARMUP_REPRODUCIBLE",
    "ArticleResult",
    "Experiment",
    "Row",
    "Transplant",
    "TransplantTest",
    "article_accuracy",
    "build_experiment",
    "row",
    "transplant",
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


def build_experiment(number, title, *, seq_length, shape, batch_size, epochs, rows):
    """A table experiment from its settings and its rows, each ``(name, shuffle, test_every_reset,
    (in order %, reverse %, loop %), fit s, predict s)``; a row's key is ``E<number>/<name>``."""
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


@dataclass(frozen=True)
class TransplantTest:
    """One test of a transplant experiment (the Qiita article's experiment 5 has three): where it
    starts, from what state, the article's hits."""

    name: str
    label: str
    start: int  # first window it predicts (0: ABC, 11: LMN); it runs to the last window
    transplanted: bool  # starts from the warm-up state (else from a reset)
    article_hits: int  # windows the article's run got right


@dataclass(frozen=True)
class Transplant:
    """A hidden-state transplant (the Qiita article's experiment 5), as data (run by ``transplant.run_transplant``).

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
        return row(self.source)

    def test(self, name: str) -> TransplantTest:
        for t in self.tests:
            if t.name == name:
                return t
        raise ValueError(f"{self.key} test must be one of {', '.join(t.name for t in self.tests)}; got {name!r}")

    def windows(self, name: str) -> int:
        """How many windows a test predicts: from its start to the last window."""
        return len(row(self.source).data()) - self.test(name).start

    def article_accuracy(self, name: str) -> float:
        """The article's accuracy over the windows the test ran. The article divided test 2's
        3 hits by all 23 windows (13.04%) although it ran the 12 from LMN: 3/12 here."""
        return self.test(name).article_hits / self.windows(name)


def transplant(key: str) -> Transplant | None:
    """The transplant experiment with this key, of any registered article, or None."""
    from .articles import articles

    return next(
        (a.transplant for a in articles().values() if a.transplant is not None and a.transplant.key == key), None
    )


def article_accuracy(key: str, evaluation: str) -> float:
    """The article's accuracy for a row (or a transplant) and evaluation (or test); a KeyError
    for a measure the article gives no number for."""
    t = transplant(key)
    if t is not None:
        if evaluation == WARMUP_REPRODUCIBLE:
            raise KeyError(evaluation)
        return t.article_accuracy(evaluation)
    reported = getattr(row(key), "article", None)  # a row of an article that reports no table gives none
    if reported is None:
        raise KeyError(evaluation)
    return reported.accuracy(evaluation)


def window_count(key: str, evaluation: str) -> int:
    """How many windows an evaluation runs: one window is the accuracy's grid step (1 for a
    yes/no measure)."""
    t = transplant(key)
    if t is not None:
        return 1 if evaluation == WARMUP_REPRODUCIBLE else t.windows(evaluation)
    return len(row(key).data())


def row(key: str) -> Row:
    """The row with this key, of any registered article (e.g. ``"E1/lstm_ful"``), or a ValueError
    naming the known ones."""
    from .articles import row as registered_row

    return registered_row(key)
