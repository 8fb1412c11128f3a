"""The article's experiments 1-4 as data, and ``run_row`` which trains and evaluates one row.

Every table row appears once, with the article's reported accuracies and times
(../shared/article/README.md). Tests, the CLI and the docs read ``EXPERIMENTS`` and ``ROWS``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from . import compat
from .data import Windows, windows
from .evaluation import EVALUATIONS, evaluate_all
from .models import build_model
from .training import train

__all__ = ["EXPERIMENTS", "ROWS", "ArticleResult", "Experiment", "Row", "RowResult", "experiment", "row", "run_row"]


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
        _experiment(1, "one letter -> one letter", seq_length=1, shape=(1, 1), batch_size=1, epochs=500, rows=(
            ("dense", True, False, (68, 68, 4), 18.0, 0.19),
            ("lstm", True, False, (72, 72, 4), 28.3, 0.31),
            ("lstm_ful", False, False, (68, 4, 68), 25.5, 0.38),
            ("lstm_ful+shuffle", True, False, (12, 8, 4), 49.0, 0.34),
        )),
        _experiment(2, "three-letter feature window", seq_length=3, shape=(1, 3), batch_size=1, epochs=500, rows=(
            ("dense", True, False, (78, 78, 74), 17.5, 0.15),
            ("lstm", True, False, (83, 83, 83), 26.9, 0.35),
            ("lstm_ful", False, False, (78, 4, 78), 24.2, 0.34),
        )),
        _experiment(3, "three-letter time-step window", seq_length=3, shape=(3, 1), batch_size=1, epochs=500, rows=(
            ("dense", True, False, (78, 78, 30.4), 17.5, 0.13),
            ("lstm", True, False, (97, 97, 97), 37.3, 0.30),
            ("lstm_ful", False, False, (96, 0, 96), 30.8, 0.34),
        )),
        _experiment(4, "batch = the whole data set", seq_length=3, shape=(3, 1), batch_size=23, epochs=1000, rows=(
            ("lstm", True, False, (96, 96, 96), 5.9, 0.41),
            ("lstm_ful+shuffle+test-reset", True, True, (96, 96, 96), 6.6, 0.38),
            ("lstm_ful", False, False, (96, 4, 4), 6.3, 0.33),
        )),
    )
}

ROWS: dict[str, Row] = {r.key: r for e in EXPERIMENTS.values() for r in e.rows}


def experiment(number: int) -> Experiment:
    """The experiment with this number, or a ValueError naming the known ones."""
    if number not in EXPERIMENTS:
        raise ValueError(f"experiment must be one of {', '.join(map(str, EXPERIMENTS))}; got {number!r}")
    return EXPERIMENTS[number]


def row(key: str) -> Row:
    """The row with this key (e.g. ``"E1/lstm_ful"``), or a ValueError naming the known ones."""
    if key not in ROWS:
        raise ValueError(f"row must be one of {', '.join(ROWS)}; got {key!r}")
    return ROWS[key]


@dataclass(frozen=True)
class RowResult:
    """One row trained with one seed: the three evaluations and the times."""

    key: str
    seed: int
    protocol: str
    accuracy: dict[str, float]
    transcripts: dict[str, tuple[str, ...]]
    fit_s: float
    predict_s: float

    def record(self) -> dict:
        """The raw-data record committed for calibration (no transcripts)."""
        return {
            "row": self.key, "seed": self.seed, "protocol": self.protocol,
            **{name: self.accuracy[name] for name in EVALUATIONS},
            "fit_s": round(self.fit_s, 3), "predict_s": round(self.predict_s, 3),
        }


def run_row(r: Row, seed: int, *, protocol: str = "fast") -> RowResult:
    """Build the row's model with ``seed``, train it with ``protocol``, run the three evaluations."""
    compat.clear_session()
    data = r.data()
    model = build_model(r.model, r.shape, batch_size=r.batch_size, seed=seed)
    fit = train(protocol, model, data, epochs=r.epochs, batch_size=r.batch_size, shuffle=r.shuffle, seed=seed)
    start = time.perf_counter()
    results = evaluate_all(model, data, batch_size=r.batch_size, test_every_reset=r.test_every_reset)
    predict_s = time.perf_counter() - start
    return RowResult(
        key=r.key, seed=seed, protocol=protocol,
        accuracy={name: res.accuracy for name, res in results.items()},
        transcripts={name: res.transcript for name, res in results.items()},
        fit_s=fit.seconds, predict_s=predict_s,
    )
