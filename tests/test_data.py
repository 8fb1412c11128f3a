"""The article's alphabet windows, checked against Keras's own window builders."""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest

from lstm_behaviour.engine.compat import keras
from lstm_behaviour.engine.data import ALPHABET, decode, encode, windows


def _keras2_timeseries_generator():
    sequence = getattr(getattr(keras, "preprocessing", None), "sequence", None)
    return getattr(sequence, "TimeseriesGenerator", None)  # Keras 2 only; gone in Keras 3


@pytest.mark.claim("D.timeseries-windows")
@pytest.mark.parametrize("seq_length", range(1, 26))
def test_windows_match_keras_timeseries_builders(claim, seq_length):
    ints = np.arange(26)
    data = windows(seq_length, (seq_length, 1))
    if importlib.util.find_spec("tensorflow") is not None:  # Keras builds its windows with tf.data
        ((x, y),) = keras.utils.timeseries_dataset_from_array(
            ints, ints[seq_length:], sequence_length=seq_length, batch_size=100
        ).as_numpy_iterator()
    else:  # the article's definition: window i holds letters i .. i+L-1 and is followed by letter i+L
        x = np.stack([ints[i : i + seq_length] for i in range(26 - seq_length)])
        y = ints[seq_length:]
    assert len(data) == 26 - seq_length == len(x), f"{claim.id}: {len(data)} windows for L={seq_length}"
    assert np.array_equal(np.rint(data.x[..., 0] * 26), x), f"{claim.id}: windows differ for L={seq_length}"
    assert np.array_equal(data.targets, y), f"{claim.id}: targets differ for L={seq_length}"
    assert data.y.shape == (26 - seq_length, 26) and np.all(data.y.sum(axis=1) == 1), f"{claim.id}: y is not one-hot"
    generator = _keras2_timeseries_generator()
    if generator is not None:
        gx, gy = generator(list(ints), list(ints), length=seq_length, batch_size=128)[0]
        assert np.array_equal(np.rint(data.x[..., 0] * 26), gx) and np.array_equal(data.targets, gy), (
            f"{claim.id}: windows differ from TimeseriesGenerator's for L={seq_length}"
        )
    for shape in {(seq_length, 1), (1, seq_length), (seq_length,)}:
        reshaped = windows(seq_length, shape)
        assert reshaped.x.shape == (26 - seq_length,) + shape, f"{claim.id}: shape {reshaped.x.shape} for {shape}"
        assert np.array_equal(reshaped.x.reshape(len(x), -1), data.x.reshape(len(x), -1)), (
            f"{claim.id}: reshaping to {shape} changed the values"
        )
    lines = [f"{data.text(i)} -> {ALPHABET[t]}" for i, t in enumerate(data.targets)]
    assert lines[0] == f"{ALPHABET[:seq_length]} -> {ALPHABET[seq_length]}", f"{claim.id}: first window {lines[0]}"
    assert lines[-1] == f"{ALPHABET[-1 - seq_length : -1]} -> Z", f"{claim.id}: last window {lines[-1]}"
    assert data.x.max() == pytest.approx(24 / 26) and data.x.min() == 0, f"{claim.id}: x is not scaled by 26"


def test_decode_rounds_where_the_article_truncated():
    # The article decodes with int(c * 26): 15 / 26 * 26 is 14.999... in float64, so "P" came out
    # as "O" and its transcripts read "NOO", "OOQ", "OQR" for NOP, OPQ, PQR.
    assert int(15 / 26.0 * 26) == 14
    assert decode(np.array([13, 14, 15]) / 26.0) == "NOP"
    assert decode(encode("NOP")) == "NOP"
    assert [decode(encode(c)) for c in ALPHABET] == list(ALPHABET)


def test_encode_gives_float32_and_names_every_bad_letter():
    assert encode("AZ").dtype == np.float32
    assert encode("AZ").tolist() == [0.0, np.float32(25 / 26)]
    with pytest.raises(ValueError, match=r"^letters must be capitals A-Z, got 'b1' in 'AbC1'$"):
        encode("AbC1")


@pytest.mark.parametrize(("seq_length", "shape"), [(1, (1, 1)), (3, (1, 3)), (3, (3, 1))])
def test_windows_are_float32_and_remember_their_length_and_shape(seq_length, shape):
    """Models are fed float32 (float64 windows would be cast, or fail on some backends); the
    record keeps the seq_length and shape it was built with."""
    data = windows(seq_length, list(shape))
    assert (data.x.dtype, data.y.dtype) == (np.float32, np.float32)
    assert data.seq_length == seq_length and data.shape == shape and isinstance(data.shape, tuple)
    assert data.x.shape == (26 - seq_length, *shape) and data.y.shape == (26 - seq_length, 26)
