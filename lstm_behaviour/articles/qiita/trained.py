"""The trained claims as defined: rows, evaluations, bound kinds and the reasons of their rule.

Their bound values and stated rates are not here: ``stats.thresholds`` computes them from
data/calibration/ into ``calibrated.json`` and ``claims`` applies them (``spec.calibrated``).
"""

from __future__ import annotations

from ...spec.claim_types import UNSET, Bound, Claim
from .experiments import TRANSPLANT_KEY, WARMUP_REPRODUCIBLE

__all__ = ["TRAINED_DEFINITIONS"]

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


def _bound(kind, left, right=None, *, fixed=False, beats=False, reason=""):
    """A registry ``Bound`` carrying the reason its kind's rule gives (docs/calibration.md); its
    value comes from ``calibrated.json`` (``calibrated.apply``)."""
    if not reason:
        reason = {"at_least": _HIGH, "at_most": _LOW, "within": _EXACT if fixed else _SAME, "below": _DROP}[kind]
    return Bound(kind, left, UNSET, right, reason=reason, fixed=fixed, beats=beats)


#: The trained claims as defined here: rows, evaluations, bound kinds and reasons; their values and
#: rates unset until ``calibrated.apply`` (``stats.thresholds`` computes them from these).
TRAINED_DEFINITIONS: tuple[Claim, ...] = (
    Claim(
        id="E1.stateless-matches-mlp",
        group="E1",
        trained=True,
        quote="ステートレスLSTMでは時系列に関する情報がないので標準的な多層パーセプトロンと変わらない(LSTMとしては誤用)"
        " … dense と lstm はチュートリアル通り同じ結果ですね。",
        statement="On one-letter inputs a stateless LSTM has no time information and scores like the MLP.",
        check="Same seed: the stateless LSTM's in-order accuracy is within a calibrated margin of the MLP's.",
        bounds=(_bound("within", ("E1/lstm", "in_order"), ("E1/dense", "in_order")),),
    ),
    Claim(
        id="E1.stateless-order-free",
        group="E1",
        trained=True,
        by_construction=_ORDER_FREE,
        quote="逆順も予測できているのは A->B といった対応のみを学習しており、時系列情報が学習できていないからです。",
        statement="Dense and stateless LSTM predict the reverse order as well as the forward one: "
        "they learned only the A->B mapping.",
        check="Reverse accuracy equals in-order accuracy, for dense and for lstm.",
        bounds=tuple(
            _bound("within", (f"E1/{m}", "reverse"), (f"E1/{m}", "in_order"), fixed=True) for m in ("dense", "lstm")
        ),
    ),
    Claim(
        id="E1.stateless-loop-fails",
        group="E1",
        trained=True,
        quote="dense True 68% 68% 4% … lstm True 72% 72% 4%(実験1の表)",
        statement="Neither the MLP nor the stateless LSTM can run the alphabet in a loop.",
        check="Loop accuracy stays low for dense and for lstm.",
        bounds=tuple(_bound("at_most", (f"E1/{m}", "loop")) for m in ("dense", "lstm")),
    ),
    Claim(
        id="E1.stateful-learns-order",
        group="E1",
        trained=True,
        quote="ステートフルLSTMでは時系列の情報が保持されるので学習できる。(ただし、時系列順のみ)",
        statement="A stateful LSTM keeps time information across batches and learns the sequence (in order only).",
        check="The unshuffled stateful LSTM scores high in order and in the loop.",
        bounds=(
            _bound("at_least", ("E1/lstm_ful", "in_order")),
            _bound("at_least", ("E1/lstm_ful", "loop")),
        ),
    ),
    Claim(
        id="E1.stateful-reverse-fails",
        group="E1",
        trained=True,
        quote="逆に lstm_ful は時系列情報を学習しているので逆順予測はできませんが、ループ予測ができています。",
        statement="The stateful LSTM learned the time order, so it cannot predict in reverse.",
        check="Reverse accuracy of the unshuffled stateful LSTM stays low.",
        bounds=(_bound("at_most", ("E1/lstm_ful", "reverse")),),
    ),
    Claim(
        id="E1.stateful-shuffle-fails",
        group="E1",
        trained=True,
        quote="lstm_ful で shuffle を True にした場合は時系列情報がなくなるので学習できなくなっています。",
        statement="With shuffle=True the stateful LSTM loses the time information and no longer learns.",
        check="The shuffled stateful LSTM's in-order accuracy falls far below the unshuffled one's (same seed).",
        bounds=(_bound("below", ("E1/lstm_ful+shuffle", "in_order"), ("E1/lstm_ful", "in_order")),),
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
        bounds=tuple(_bound("at_least", (f"E2/{m}", "in_order")) for m in ("dense", "lstm")),
    ),
    Claim(
        id="E2.window-models-order-free",
        group="E2",
        trained=True,
        by_construction=_ORDER_FREE,
        quote="dense True 78% 78% 74% … lstm True 83% 83% 83%(実験2の表):時系列情報は覚えておらず",
        statement="They score the same in reverse: they memorised patterns, not the series.",
        check="Reverse accuracy equals in-order accuracy, for dense and for lstm.",
        bounds=tuple(
            _bound("within", (f"E2/{m}", "reverse"), (f"E2/{m}", "in_order"), fixed=True) for m in ("dense", "lstm")
        ),
    ),
    Claim(
        id="E2.stateful-reverse-fails",
        group="E2",
        trained=True,
        quote="lstm_ful も実験1と変わらずです。",
        statement="The stateful LSTM is as in experiment 1: it fails in reverse.",
        check="Reverse accuracy of the stateful LSTM stays low.",
        bounds=(_bound("at_most", ("E2/lstm_ful", "reverse")),),
    ),
    Claim(
        id="E3.timesteps-lstm-learns-series",
        group="E3",
        trained=True,
        quote="これがKeras LSTMで想定された使い方です。… lstm が時系列として学習できていそうですね。",
        statement="With the window as time steps, the stateless LSTM learns the series.",
        check="The stateless LSTM scores high in order, in reverse and in the loop.",
        bounds=tuple(_bound("at_least", ("E3/lstm", e)) for e in ("in_order", "reverse", "loop")),
    ),
    Claim(
        id="E3.timesteps-lstm-beats-mlp",
        group="E3",
        trained=True,
        quote="dense True 78% 78% 30.4% … lstm True 97% 97% 97%(実験3の表)",
        statement="With the window as time steps, the stateless LSTM scores above the MLP.",
        check="Same seed: the stateless LSTM's in-order accuracy is above the MLP's.",
        bounds=(_bound("below", ("E3/dense", "in_order"), ("E3/lstm", "in_order"), reason=_BEATS, beats=True),),
    ),
    Claim(
        id="E3.dense-loop-degrades",
        group="E3",
        trained=True,
        quote="dense True 78% 78% 30.4%(実験3の表)",
        statement="The MLP's loop accuracy falls far below the LSTM's.",
        check="Same seed: the MLP's loop accuracy is far below the stateless LSTM's.",
        bounds=(_bound("below", ("E3/dense", "loop"), ("E3/lstm", "loop")),),
    ),
    Claim(
        id="E3.stateful-reverse-fails",
        group="E3",
        trained=True,
        quote="lstm_ful はデータ間の時系列も学習しているため逆順での学習はできていません。",
        statement="The stateful LSTM also learned the order between samples, so reverse fails.",
        check="Reverse accuracy of the stateful LSTM stays low.",
        bounds=(_bound("at_most", ("E3/lstm_ful", "reverse")),),
    ),
    Claim(
        id="E4.full-batch-stateful-equals-stateless",
        group="E4",
        trained=True,
        by_construction="a full-batch stateful model reset before each epoch's single batch and before every "
        "prediction computes what the stateless model with the same weights and the same sample orders computes",
        quote="バッチサイズが入力数と同じ場合、ステートフルLSTMとステートレスLSTMがほぼ同じ挙動となります。",
        statement="With the batch holding the whole data set (and a reset before each test prediction), "
        "a stateful LSTM behaves almost exactly like a stateless one.",
        check="Same seed: each accuracy of the stateful model (shuffle, test_every_reset) is within a margin "
        "of the stateless model's.",
        bounds=tuple(
            _bound("within", ("E4/lstm_ful+shuffle+test-reset", e), ("E4/lstm", e))
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
        bounds=(_bound("at_least", ("E4/lstm_ful+shuffle+test-reset", "in_order")),),
    ),
    Claim(
        id="E4.full-batch-shuffled-matches-unshuffled",
        group="E4",
        trained=True,
        quote="lstm_ful True True 96% … lstm_ful False False 96%(実験4の表)",
        statement="With the whole data set in one batch, shuffling does no harm: "
        "the shuffled model scores in order like the unshuffled one.",
        check="Same seed: the shuffled stateful model's in-order accuracy is within a margin of the unshuffled one's.",
        bounds=(_bound("within", ("E4/lstm_ful+shuffle+test-reset", "in_order"), ("E4/lstm_ful", "in_order")),),
    ),
    Claim(
        id="E4.no-test-reset-batch-in-order-works",
        group="E4",
        trained=True,
        quote="lstm_ful False False 96% 4% 4%(実験4の表)",
        statement="Without resets, the full-batch stateful model still predicts the whole data set in order, "
        "as one batch from a reset.",
        check="Without test_every_reset: in order (one batch of all windows, from a reset) stays high.",
        bounds=(_bound("at_least", ("E4/lstm_ful", "in_order")),),
    ),
    Claim(
        id="E4.no-test-reset-single-predictions-fail",
        group="E4",
        trained=True,
        quote="テスト時に reset_state をしないと正確に予測できない点より合っていると思います。",
        statement="Without a reset before each test prediction the full-batch stateful model cannot predict correctly.",
        check="Without test_every_reset: reverse and loop (one window at a time, the state carried) fail.",
        bounds=(
            _bound("at_most", ("E4/lstm_ful", "reverse")),
            _bound("at_most", ("E4/lstm_ful", "loop")),
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
        bounds=(_bound("at_least", (TRANSPLANT_KEY, "transplant_from_abc")),),
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
            _bound("at_most", (TRANSPLANT_KEY, "reset_from_abc")),
            _bound("at_most", (TRANSPLANT_KEY, "reset_from_lmn")),
        ),
    ),
    Claim(
        id="E5.warmup-state-is-reproducible",
        group="E5",
        trained=True,
        by_construction="the warm-up is a fixed sequence of predictions of one fixed model from a reset: "
        "on one setup it is the same computation every time",
        quote="# まず K まで model の短期記憶を進める。 model.reset_states() … # hidden state を取得",
        statement="The warm-up state read before each of the 500 epochs is the same every time: "
        "the writes are writes of one state.",
        check="Two warm-ups of the trained source model (reset, then ABC .. KLM) give bit-identical (h, c).",
        bounds=(
            _bound(
                "at_least",
                (TRANSPLANT_KEY, WARMUP_REPRODUCIBLE),
                fixed=True,
                reason="a yes/no measure (1: bit-identical): it must be yes",
            ),
        ),
    ),
)

#: The trained claims with their calibrated bound values and stated rates (``calibrated.json``).
