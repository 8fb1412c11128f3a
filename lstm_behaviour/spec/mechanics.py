"""The untrained claims: state mechanics, data and protocol (exact, checked on every run).

Their tests call Keras directly on small inputs; no claim here reads a trained row.
"""

from __future__ import annotations

from .claim_types import Claim

__all__ = ["DATA", "MECHANICS", "MECHANICS_CLAIMS", "PROTOCOL"]

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
            "(lstm_behaviour.engine.reference), for constant and seeded weights."
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
