"""The article's claims as data: one frozen ``Claim`` per statement, in one registry.

A claim carries the article's sentence (Japanese and English) and what its test checks. A
trained claim also carries its per-seed predicate, ``Bound``s on the accuracies of one seed's
trained rows (``Claim.on_seed``), and its stated rate: the share of seeds it holds on, 1 ("every
seed") where ``exact`` says why it cannot fail by construction, else the lower confidence bound
that ``thresholds.stated_rate`` gives from the calibration. A run's verdict over its seeds is
``verdicts.decide``. Bound values and rates come from data/calibration/ by the rule in
``lstm_behaviour.thresholds``; tests/test_calibration.py recomputes every one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Literal

from .experiments import TRANSPLANT_KEY, WARMUP_REPRODUCIBLE, article_accuracy, window_count

__all__ = ["CLAIMS", "Bound", "Claim", "SeedCheck", "claim", "trained_claims"]

BoundKind = Literal["at_least", "at_most", "within", "below"]
BOUND_KINDS = ("at_least", "at_most", "within", "below")


@dataclass(frozen=True)
class Bound:
    """One comparison on a seed's accuracies.

    - ``at_least`` / ``at_most``: ``left`` is >= / <= ``value``;
    - ``within``: ``abs(left - right) <= value``;
    - ``below``: ``left <= right - value`` (left falls at least ``value`` below right).

    ``left`` and ``right`` name a row key and an evaluation, e.g. ``("E1/lstm", "in_order")``.
    ``value`` is set from the article and the calibration data by ``thresholds.bound_value``.
    """

    kind: BoundKind
    left: tuple[str, str]
    value: float
    right: tuple[str, str] | None = None
    reason: str = ""
    exact: bool = False  # the two sides are the same predictions by construction (or a yes/no must be yes)
    beats: bool = False  # a "below" that claims only "lower", not "far lower": one window suffices

    def __post_init__(self):
        if self.kind not in BOUND_KINDS:
            raise ValueError(f"bound kind must be one of {', '.join(BOUND_KINDS)}; got {self.kind!r}")
        one_sided = self.kind in ("at_least", "at_most")
        if (self.right is None) != one_sided:
            raise ValueError(f"a {self.kind!r} bound must {'not ' if one_sided else ''}have a right side")

    @property
    def rows(self) -> tuple[str, ...]:
        return tuple(side[0] for side in (self.left, self.right) if side)

    def describe(self) -> str:
        left = f"{self.left[0]} {self.left[1]}"
        right = f"{self.right[0]} {self.right[1]}" if self.right else ""
        return {
            "at_least": f"{left} >= {self.value:.2f}",
            "at_most": f"{left} <= {self.value:.2f}",
            "within": f"{left} within {self.value:.2f} of {right}",
            "below": f"{left} <= {right} - {self.value:.2f}",
        }[self.kind]

    def measure(self, acc: Mapping[str, Mapping[str, float]]) -> float:
        """The measured quantity: the accuracy, the gap |l - r|, or the drop r - l."""
        left = acc[self.left[0]][self.left[1]]
        if self.right is None:
            return left
        right = acc[self.right[0]][self.right[1]]
        return abs(left - right) if self.kind == "within" else right - left

    def article_value(self) -> float:
        """The measured quantity as the article's numbers give it (KeyError: it gives none)."""
        sides = [side for side in (self.left, self.right) if side]
        acc: dict[str, dict[str, float]] = {}
        for key, evaluation in sides:
            acc.setdefault(key, {})[evaluation] = article_accuracy(key, evaluation)
        return self.measure(acc)

    @property
    def windows(self) -> int:
        """Windows the left side's evaluation runs: the grid of its accuracies."""
        return window_count(*self.left)

    def holds(self, acc: Mapping[str, Mapping[str, float]]) -> bool:
        """Whether the bound holds on one seed's accuracies (1e-9 absorbs float rounding of k/n)."""
        m = self.measure(acc)
        eps = 1e-9
        if self.kind in ("at_least", "below"):
            return m >= self.value - eps
        return m <= self.value + eps


@dataclass(frozen=True)
class SeedCheck:
    """Whether a claim held on one seed, and the numbers behind it."""

    claim: str
    ok: bool
    lines: tuple[str, ...]
    values: dict[str, float]

    def message(self) -> str:
        return "; ".join(self.lines)


@dataclass(frozen=True)
class Claim:
    """One statement of the article, and how this project checks it."""

    id: str
    group: str
    quote: str
    statement: str
    check: str
    bounds: tuple[Bound, ...] = field(default=())
    trained: bool = False
    exact: str = ""  # why the claim holds on every seed by construction (its rate is then 1)
    rate: float = 1.0  # the share of seeds it is stated to hold on (thresholds.stated_rate)

    def __post_init__(self):
        if not 0.0 < self.rate <= 1.0:
            raise ValueError(f"{self.id}: rate must be in (0, 1], got {self.rate!r}")
        if self.exact and self.rate != 1.0:
            raise ValueError(f"{self.id}: a claim exact by construction holds on every seed (rate 1), got {self.rate}")

    @property
    def rows(self) -> tuple[str, ...]:
        """The experiment rows this claim reads, in order of first use."""
        return tuple(dict.fromkeys(r for b in self.bounds for r in b.rows))

    @property
    def experiment(self) -> int | None:
        return int(self.id[1]) if self.id[0] == "E" else None

    def rate_text(self) -> str:
        """``every seed`` or ``at least 85% of seeds``."""
        return "every seed" if self.rate >= 1.0 else f"at least {self.rate:.0%} of seeds"

    def on_seed(self, acc: Mapping[str, Mapping[str, float]]) -> SeedCheck:
        """Apply every bound to one seed's accuracies (row key -> evaluation -> accuracy)."""
        lines, values, ok = [], {}, True
        for bound in self.bounds:
            measured = bound.measure(acc)
            holds = bound.holds(acc)
            ok &= holds
            values[bound.describe()] = measured
            lines.append(f"{bound.describe()} {'holds' if holds else 'FAILS'} (measured {measured:.2f})")
        return SeedCheck(self.id, ok, tuple(lines), values)


def claim(claim_id: str) -> Claim:
    """The claim with this id, or a ValueError naming the known ones."""
    if claim_id not in CLAIMS:
        raise ValueError(f"claim id must be one of {', '.join(CLAIMS)}; got {claim_id!r}")
    return CLAIMS[claim_id]


def trained_claims() -> list[Claim]:
    """The trained claims, in registry order."""
    return [c for c in CLAIMS.values() if c.trained]


MECHANICS = "state mechanics"
DATA = "data"
PROTOCOL = "protocol"

MECHANICS_CLAIMS: tuple[Claim, ...] = (
    Claim(
        id="S.stateless-independent-batches",
        group=MECHANICS,
        quote=(
            "ステートレスではバッチ処理毎に短期記憶の hidden state (正確には working memory)を 0 で初期化します。こ"
            "れにより各batchが独立することになります。"
        ),
        statement="A stateless LSTM zeroes its state for every batch, so batches are independent.",
        check="A seeded stateless LSTM answers a batch identically whether it comes first or after other batches.",
    ),
    Claim(
        id="S.call-carries-state",
        group=MECHANICS,
        quote="ステートフルではこの 0 初期化をしない処理となり、バッチ間で hidden state を引き継ぎます。",
        statement="A stateful LSTM carries (h, c) from batch to batch: a direct call model(x).",
        check=(
            "From a reset, calling the model on x1 then x2 gives, for x2, what its stateless twin (same weights) "
            "gives for x1 and x2 joined along time, and leaves x1's state after x1."
        ),
    ),
    Claim(
        id="S.reset-zeroes-state",
        group=MECHANICS,
        quote="fit の前に(公式では後だけど)model.reset_states()を呼び出して hidden state を 0 にする必要があります。",
        statement="reset_states() sets the hidden state to zero.",
        check=(
            "After a written state is reset, (h, c) reads zero and a direct call answers exactly like the "
            "stateless twin."
        ),
    ),
    Claim(
        id="S.predict-carries-state",
        group=MECHANICS,
        quote=(
            "尚、ステートフル状態の hidden state は predict, fit, train_on_batch, predict_classes 等、学習関数だけ"
            "ではなく予測関数でも学習(更新)されるので注意が必要です。"
        ),
        statement="The state of a stateful model is updated by a prediction function as well: predict(x).",
        check=(
            "From a reset, predict(x) leaves exactly x's state: the next batch through a direct call answers as "
            "the stateless twin does for x and that batch joined along time."
        ),
    ),
    Claim(
        id="S.predict-on-batch-carries-state",
        group=MECHANICS,
        quote=(
            "尚、ステートフル状態の hidden state は predict, fit, train_on_batch, predict_classes 等、学習関数だけ"
            "ではなく予測関数でも学習(更新)されるので注意が必要です。"
        ),
        statement="The state of a stateful model is updated by a prediction function as well: predict_on_batch(x).",
        check=(
            "From a reset, predict_on_batch(x) leaves exactly x's state: the next batch through a direct call "
            "answers as the stateless twin does for x and that batch joined along time."
        ),
    ),
    Claim(
        id="S.evaluate-carries-state",
        group=MECHANICS,
        quote=(
            "尚、ステートフル状態の hidden state は predict, fit, train_on_batch, predict_classes 等、学習関数だけ"
            "ではなく予測関数でも学習(更新)されるので注意が必要です。"
        ),
        statement="The state of a stateful model is updated by an evaluation as well: evaluate(x, y).",
        check=(
            "From a reset, evaluate(x, y) leaves exactly x's state: the next batch through a direct call answers as "
            "the stateless twin does for x and that batch joined along time."
        ),
    ),
    Claim(
        id="S.train-on-batch-carries-state",
        group=MECHANICS,
        quote=(
            "尚、ステートフル状態の hidden state は predict, fit, train_on_batch, predict_classes 等、学習関数だけ"
            "ではなく予測関数でも学習(更新)されるので注意が必要です。"
        ),
        statement="The state of a stateful model is updated by a training function as well: train_on_batch(x, y).",
        check=(
            "From a reset, train_on_batch(x, y) leaves exactly x's state: the next batch through a direct call "
            "answers as the stateless twin does for x and that batch joined along time."
        ),
    ),
    Claim(
        id="S.fit-never-resets",
        group=MECHANICS,
        quote=(
            "StatefulLSTM の学習方法は fit の epochs を 1 、shuffle を False にして fit 全体をepochs の for ループ"
            "で回す形となります。"
        ),
        statement=(
            "fit does not reset a stateful model, so the article resets it by hand around a loop of one-epoch fits."
        ),
        check=(
            "With a zero learning rate, fit over two epochs leaves the state a stateless twin reaches over all "
            "those batches joined along time; a reset then zeroes it."
        ),
    ),
    Claim(
        id="S.io-shapes",
        group=MECHANICS,
        quote=(
            "入力:(batch_size, timesteps, input_dim) 出力:(batch_size, units) return_sequencesTrueの場合は、出力が "
            "(batch_size, timesteps, units)となりLSTM層を連結する事が出来ます。"
        ),
        statement=(
            "An LSTM takes (batch, timesteps, input_dim) and returns (batch, units), or (batch, timesteps, units) "
            "with return_sequences=True, which lets LSTM layers stack."
        ),
        check=(
            "Output shapes of one and two stacked LSTM layers, with and without return_sequences, for the "
            "article's three input shapes."
        ),
    ),
    Claim(
        id="S.fixed-batch-size",
        group=MECHANICS,
        quote=(
            "入力形式にバッチサイズまで指定する必要があります。バッチサイズが 1 の場合は問題ないのですが、そうじゃ"
            "ない場合予測する時にもバッチサイズ分指定する必要があり、不都合が生じます。"
        ),
        statement="A stateful model has a fixed batch size, also for prediction.",
        check=(
            "The model reports its batch size; a larger or smaller prediction batch is refused with this package's "
            "ValueError on every Keras (some Keras versions broadcast a smaller one silently)."
        ),
    ),
    Claim(
        id="S.batch-padding-neutral",
        group=MECHANICS,
        quote=(
            "一応 Stateless LSTM で1つのデータと同じデータをbatch_size増やした場合の結果を見比べて同じだったので問"
            "題はないと思います。"
        ),
        statement="A batch filled with copies of one window gives the same result as the single window.",
        check="Every row of a padded batch equals the single window's output: stateless, and stateful after a reset.",
    ),
    Claim(
        id="S.state-read-write",
        group=MECHANICS,
        quote=(
            "# hidden state を取得 state = [K.get_value(lstm.states[0]), K.get_value(lstm.states[1])] # model2 の l"
            "stm の初期状態を state にする"
        ),
        statement="The hidden state can be read out of one stateful model and set into another.",
        check=(
            "(h, c) read from one model (advanced by direct calls) and written into a second with the same weights "
            "reads back unchanged and makes the two answer direct calls identically from then on."
        ),
    ),
    Claim(
        id="S.gate-equations",
        group=MECHANICS,
        quote=(
            "忘却ゲート(Forget Gate)では更新前の cell state をどの程度残すかを決めるゲート、入力ゲート(Input Gate)"
            "は通常入力をどの程度 cell state に加えるかを決めるゲート、出力ゲート(Output Gate)は cell state をどの"
            "程度 hidden state に加えるかを決めるゲートです。"
        ),
        statement=(
            "The forget gate keeps part of the old cell state, the input gate adds part of the input, the output "
            "gate lets part of the cell into the hidden state."
        ),
        check=(
            "A direct call's output and the state it leaves equal a NumPy implementation of those gates "
            "(lstm_behaviour.reference), for constant and seeded weights."
        ),
    ),
    Claim(
        id="D.timeseries-windows",
        group=DATA,
        quote=(
            "TimeseriesGenerator の第1引数がデータ、第2引数が結果で同じサイズの配列を指定します。length がデータ数"
            "になり、時系列でデータを分割してくれます。"
        ),
        statement="TimeseriesGenerator(ints, ints, length=L) gives the windows of L letters and the letter after each.",
        check=(
            "Windows, targets, scaling and shapes for every seq_length, against Keras's "
            "timeseries_dataset_from_array (with TensorFlow installed: it builds them with tf.data; elsewhere "
            "against the article's definition), and the decoder back to letters."
        ),
    ),
    Claim(
        id="P.fast-protocol-identical",
        group=PROTOCOL,
        quote=(
            "for _ in range(epochs): model.reset_states(); model.fit(..., epochs=1, batch_size=batch_size, "
            "shuffle=shuffle)"
        ),
        statement="(This project's) The fast training protocol takes exactly the article protocol's optimizer steps.",
        check=(
            "A seeded model trained a few epochs both ways, with the same per-epoch orders, ends with "
            "bit-identical weights: stateless shuffled and stateful rows."
        ),
    ),
)

# Bound values, in windows (1/25 in experiment 1, 1/23 in 2-4), by the rule in
# lstm_behaviour/thresholds.py from data/calibration/ (tests/test_calibration.py recomputes them).
E1_SAME = 5 / 25
E1_LOOP = 2 / 25
E1_FUL = 16 / 25
E1_FUL_REV = 2 / 25
E1_SHUFFLE_DROP = 12 / 25
E2_DENSE = 14 / 23
E2_LSTM = 15 / 23
E2_FUL_REV = 2 / 23
E3_LSTM = 18 / 23
E3_LSTM_LOOP = 17 / 23
E3_BEATS = 1 / 23
E3_LOOP_DROP = 6 / 23
E3_FUL_REV = 2 / 23
E4_SAME = 1 / 23
E4_SHUFFLED = 20 / 23
E4_SHUFFLE_SAME = 1 / 23
E4_NORESET_IN = 20 / 23
E4_NORESET_REV = 3 / 23
E4_NORESET_LOOP = 2 / 23
E5_RESTORES = 22 / 23
E5_FRESH_ABC = 5 / 23
E5_FRESH_LMN = 3 / 12

#: Stated rates of the trained claims that are not exact by construction: the share of seeds
#: each holds on, by the rule in lstm_behaviour/thresholds.py (recomputed by the tests).
RATES: dict[str, float] = {
    "E1.stateless-matches-mlp": 0.96,
    "E1.stateless-loop-fails": 0.96,
    "E1.stateful-learns-order": 0.96,
    "E1.stateful-reverse-fails": 0.96,
    "E1.stateful-shuffle-fails": 0.95,
    "E2.window-models-score-well": 0.96,
    "E2.stateful-reverse-fails": 0.96,
    "E3.timesteps-lstm-learns-series": 0.91,
    "E3.timesteps-lstm-beats-mlp": 0.9,
    "E3.dense-loop-degrades": 0.8,
    "E3.stateful-reverse-fails": 0.96,
    "E4.full-batch-shuffled-learns": 0.96,
    "E4.full-batch-shuffled-matches-unshuffled": 0.96,
    "E4.no-test-reset-batch-in-order-works": 0.96,
    "E4.no-test-reset-single-predictions-fail": 0.96,
    "E5.transplanted-state-restores": 0.91,
    "E5.fresh-start-fails": 0.86,
}

_HIGH = "high accuracy: lower of article and calibrated low end, less one window"
_LOW = "low accuracy: higher of article and calibrated high end, plus one window"
_SAME = "no difference claimed: larger of article and calibrated high end of the difference, plus one window"
_EXACT = "the same predictions by construction (stateless, batch 1: order does not matter): exact"
_DROP = "large drop claimed: smaller of article and calibrated low end of the drop, less one window"
_BEATS = "higher claimed: by at least one window"

_ORDER_FREE = (
    "a stateless model at batch 1 predicts each window from that window alone, so the "
    "reverse pass makes the same predictions as the in-order pass"
)


def _b(kind, left, value, right=None, *, exact=False):
    """A registry ``Bound`` carrying the reason its kind's rule gives (docs/calibration.md)."""
    reason = {"at_least": _HIGH, "at_most": _LOW, "within": _EXACT if exact else _SAME, "below": _DROP}[kind]
    return Bound(kind, left, value, right, reason=reason, exact=exact)


_TRAINED: tuple[Claim, ...] = (
    Claim(
        id="E1.stateless-matches-mlp",
        group="E1",
        trained=True,
        quote="ステートレスLSTMでは時系列に関する情報がないので標準的な多層パーセプトロンと変わらない(LSTMとしては誤用)"
        " … dense と lstm はチュートリアル通り同じ結果ですね。",
        statement="On one-letter inputs a stateless LSTM has no time information and scores like the MLP.",
        check="Same seed: the stateless LSTM's in-order accuracy is within a calibrated margin of the MLP's.",
        bounds=(_b("within", ("E1/lstm", "in_order"), E1_SAME, ("E1/dense", "in_order")),),
    ),
    Claim(
        id="E1.stateless-order-free",
        group="E1",
        trained=True,
        exact=_ORDER_FREE,
        quote="逆順も予測できているのは A->B といった対応のみを学習しており、時系列情報が学習できていないからです。",
        statement="Dense and stateless LSTM predict the reverse order as well as the forward one: "
        "they learned only the A->B mapping.",
        check="Reverse accuracy equals in-order accuracy, for dense and for lstm.",
        bounds=tuple(
            _b("within", (f"E1/{m}", "reverse"), 0.0, (f"E1/{m}", "in_order"), exact=True) for m in ("dense", "lstm")
        ),
    ),
    Claim(
        id="E1.stateless-loop-fails",
        group="E1",
        trained=True,
        quote="dense True 68% 68% 4% … lstm True 72% 72% 4%(実験1の表)",
        statement="Neither the MLP nor the stateless LSTM can run the alphabet in a loop.",
        check="Loop accuracy stays low for dense and for lstm.",
        bounds=tuple(_b("at_most", (f"E1/{m}", "loop"), E1_LOOP) for m in ("dense", "lstm")),
    ),
    Claim(
        id="E1.stateful-learns-order",
        group="E1",
        trained=True,
        quote="ステートフルLSTMでは時系列の情報が保持されるので学習できる。(ただし、時系列順のみ)",
        statement="A stateful LSTM keeps time information across batches and learns the sequence (in order only).",
        check="The unshuffled stateful LSTM scores high in order and in the loop.",
        bounds=(
            _b("at_least", ("E1/lstm_ful", "in_order"), E1_FUL),
            _b("at_least", ("E1/lstm_ful", "loop"), E1_FUL),
        ),
    ),
    Claim(
        id="E1.stateful-reverse-fails",
        group="E1",
        trained=True,
        quote="逆に lstm_ful は時系列情報を学習しているので逆順予測はできませんが、ループ予測ができています。",
        statement="The stateful LSTM learned the time order, so it cannot predict in reverse.",
        check="Reverse accuracy of the unshuffled stateful LSTM stays low.",
        bounds=(_b("at_most", ("E1/lstm_ful", "reverse"), E1_FUL_REV),),
    ),
    Claim(
        id="E1.stateful-shuffle-fails",
        group="E1",
        trained=True,
        quote="lstm_ful で shuffle を True にした場合は時系列情報がなくなるので学習できなくなっています。",
        statement="With shuffle=True the stateful LSTM loses the time information and no longer learns.",
        check="The shuffled stateful LSTM's in-order accuracy falls far below the unshuffled one's (same seed).",
        bounds=(_b("below", ("E1/lstm_ful+shuffle", "in_order"), E1_SHUFFLE_DROP, ("E1/lstm_ful", "in_order")),),
    ),
    Claim(
        id="E2.window-models-score-well",
        group="E2",
        trained=True,
        quote=(
            "dense と lstm がいい結果を出していますがこれは時系列情報は覚えておらず、全てのパターンを学習しているだ"
            "けとなります。"
        ),
        statement=(
            "On the three-letter feature window, dense and stateless LSTM score well (by memorising the patterns)."
        ),
        check="In-order accuracy of dense and lstm is high.",
        bounds=tuple(_b("at_least", (f"E2/{m}", "in_order"), v) for m, v in (("dense", E2_DENSE), ("lstm", E2_LSTM))),
    ),
    Claim(
        id="E2.window-models-order-free",
        group="E2",
        trained=True,
        exact=_ORDER_FREE,
        quote="dense True 78% 78% 74% … lstm True 83% 83% 83%(実験2の表):時系列情報は覚えておらず",
        statement="They score the same in reverse: they memorised patterns, not the series.",
        check="Reverse accuracy equals in-order accuracy, for dense and for lstm.",
        bounds=tuple(
            _b("within", (f"E2/{m}", "reverse"), 0.0, (f"E2/{m}", "in_order"), exact=True) for m in ("dense", "lstm")
        ),
    ),
    Claim(
        id="E2.stateful-reverse-fails",
        group="E2",
        trained=True,
        quote="lstm_ful も実験1と変わらずです。",
        statement="The stateful LSTM is as in experiment 1: it fails in reverse.",
        check="Reverse accuracy of the stateful LSTM stays low.",
        bounds=(_b("at_most", ("E2/lstm_ful", "reverse"), E2_FUL_REV),),
    ),
    Claim(
        id="E3.timesteps-lstm-learns-series",
        group="E3",
        trained=True,
        quote="これがKeras LSTMで想定された使い方です。… lstm が時系列として学習できていそうですね。",
        statement="With the window as time steps, the stateless LSTM learns the series.",
        check="The stateless LSTM scores high in order, in reverse and in the loop.",
        bounds=tuple(
            _b("at_least", ("E3/lstm", e), v)
            for e, v in (("in_order", E3_LSTM), ("reverse", E3_LSTM), ("loop", E3_LSTM_LOOP))
        ),
    ),
    Claim(
        id="E3.timesteps-lstm-beats-mlp",
        group="E3",
        trained=True,
        quote="dense True 78% 78% 30.4% … lstm True 97% 97% 97%(実験3の表)",
        statement="With the window as time steps, the stateless LSTM scores above the MLP.",
        check="Same seed: the stateless LSTM's in-order accuracy is above the MLP's.",
        bounds=(
            Bound("below", ("E3/dense", "in_order"), E3_BEATS, ("E3/lstm", "in_order"), reason=_BEATS, beats=True),
        ),
    ),
    Claim(
        id="E3.dense-loop-degrades",
        group="E3",
        trained=True,
        quote="dense True 78% 78% 30.4%(実験3の表)",
        statement="The MLP's loop accuracy falls far below the LSTM's.",
        check="Same seed: the MLP's loop accuracy is far below the stateless LSTM's.",
        bounds=(_b("below", ("E3/dense", "loop"), E3_LOOP_DROP, ("E3/lstm", "loop")),),
    ),
    Claim(
        id="E3.stateful-reverse-fails",
        group="E3",
        trained=True,
        quote="lstm_ful はデータ間の時系列も学習しているため逆順での学習はできていません。",
        statement="The stateful LSTM also learned the order between samples, so reverse fails.",
        check="Reverse accuracy of the stateful LSTM stays low.",
        bounds=(_b("at_most", ("E3/lstm_ful", "reverse"), E3_FUL_REV),),
    ),
    Claim(
        id="E4.full-batch-stateful-equals-stateless",
        group="E4",
        trained=True,
        exact="a full-batch stateful model reset before each epoch's single batch and before every prediction "
        "computes what the stateless model with the same weights and the same sample orders computes",
        quote="バッチサイズが入力数と同じ場合、ステートフルLSTMとステートレスLSTMがほぼ同じ挙動となります。",
        statement="With the batch holding the whole data set (and a reset before each test prediction), "
        "a stateful LSTM behaves almost exactly like a stateless one.",
        check="Same seed: each accuracy of the stateful model (shuffle, test_every_reset) is within a margin "
        "of the stateless model's.",
        bounds=tuple(
            _b("within", ("E4/lstm_ful+shuffle+test-reset", e), E4_SAME, ("E4/lstm", e))
            for e in ("in_order", "reverse", "loop")
        ),
    ),
    Claim(
        id="E4.full-batch-shuffled-learns",
        group="E4",
        trained=True,
        quote="シャッフルをTrueにしても学習できている点",
        statement="With the whole data set in one batch, the stateful LSTM learns even with shuffle=True.",
        check="The shuffled full-batch stateful model scores high in order.",
        bounds=(_b("at_least", ("E4/lstm_ful+shuffle+test-reset", "in_order"), E4_SHUFFLED),),
    ),
    Claim(
        id="E4.full-batch-shuffled-matches-unshuffled",
        group="E4",
        trained=True,
        quote="lstm_ful True True 96% … lstm_ful False False 96%(実験4の表)",
        statement="With the whole data set in one batch, shuffling does no harm: "
        "the shuffled model scores in order like the unshuffled one.",
        check="Same seed: the shuffled stateful model's in-order accuracy is within a margin of the unshuffled one's.",
        bounds=(
            _b("within", ("E4/lstm_ful+shuffle+test-reset", "in_order"), E4_SHUFFLE_SAME, ("E4/lstm_ful", "in_order")),
        ),
    ),
    Claim(
        id="E4.no-test-reset-batch-in-order-works",
        group="E4",
        trained=True,
        quote="lstm_ful False False 96% 4% 4%(実験4の表)",
        statement="Without resets, the full-batch stateful model still predicts the whole data set in order, "
        "as one batch from a reset.",
        check="Without test_every_reset: in order (one batch of all windows, from a reset) stays high.",
        bounds=(_b("at_least", ("E4/lstm_ful", "in_order"), E4_NORESET_IN),),
    ),
    Claim(
        id="E4.no-test-reset-single-predictions-fail",
        group="E4",
        trained=True,
        quote="テスト時に reset_state をしないと正確に予測できない点より合っていると思います。",
        statement="Without a reset before each test prediction the full-batch stateful model cannot predict correctly.",
        check="Without test_every_reset: reverse and loop (one window at a time, the state carried) fail.",
        bounds=(
            _b("at_most", ("E4/lstm_ful", "reverse"), E4_NORESET_REV),
            _b("at_most", ("E4/lstm_ful", "loop"), E4_NORESET_LOOP),
        ),
    ),
    Claim(
        id="E5.transplanted-state-restores",
        group="E5",
        trained=True,
        quote="test3 学習と同じ条件 … Test3 Accuracy: 100.00%",
        statement="A stateful model trained from a transplanted initial state predicts the alphabet "
        "when started from that same state.",
        check="Started from the warm-up state at ABC, the second model's accuracy is high.",
        bounds=(_b("at_least", (TRANSPLANT_KEY, "transplant_from_abc"), E5_RESTORES),),
    ),
    Claim(
        id="E5.fresh-start-fails",
        group="E5",
        trained=True,
        quote="test1 普通に始めた場合 … Test1 Accuracy: 4.35% … test2 K から始めた場合 … Test2 Accuracy: 13.04%",
        statement="From a reset, at ABC or at LMN, the second model does not predict the alphabet.",
        check="From a reset, accuracy stays low starting at ABC and starting at LMN "
        "(the article's 13.04% is 3 of the 12 windows run).",
        bounds=(
            _b("at_most", (TRANSPLANT_KEY, "reset_from_abc"), E5_FRESH_ABC),
            _b("at_most", (TRANSPLANT_KEY, "reset_from_lmn"), E5_FRESH_LMN),
        ),
    ),
    Claim(
        id="E5.warmup-state-is-reproducible",
        group="E5",
        trained=True,
        exact="the warm-up is a fixed sequence of predictions of one fixed model from a reset: "
        "on one setup it is the same computation every time",
        quote="# まず K まで model の短期記憶を進める。 model.reset_states() … # hidden state を取得",
        statement="The warm-up state read before each of the 500 epochs is the same every time: "
        "the writes are writes of one state.",
        check="Two warm-ups of the trained source model (reset, then ABC .. KLM) give bit-identical (h, c).",
        bounds=(
            Bound(
                "at_least",
                (TRANSPLANT_KEY, WARMUP_REPRODUCIBLE),
                1.0,
                exact=True,
                reason="a yes/no measure (1: bit-identical): it must be yes",
            ),
        ),
    ),
)

TRAINED_CLAIMS: tuple[Claim, ...] = tuple(c if c.exact else replace(c, rate=RATES[c.id]) for c in _TRAINED)

CLAIMS: dict[str, Claim] = {c.id: c for c in MECHANICS_CLAIMS + TRAINED_CLAIMS}
