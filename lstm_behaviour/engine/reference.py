"""A NumPy LSTM: the forget, input and output gates and the cell update, for checking Keras.

Keras packs the four gates in the order input, forget, cell candidate, output, in ``kernel``
(input_dim, 4u), ``recurrent_kernel`` (u, 4u) and ``bias`` (4u,); the recurrent activation is
the sigmoid and the activation tanh (the defaults of Keras 2 and Keras 3).
"""

from __future__ import annotations

import numpy as np

__all__ = ["lstm_forward"]


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def lstm_forward(x, kernel, recurrent_kernel, bias, h0=None, c0=None):
    """Run an LSTM over ``x`` (batch, time, input_dim) in float64; return (outputs, h, c).

    outputs is (batch, time, units): the hidden state after every time step.
    """
    x = np.asarray(x, dtype="float64")
    kernel, recurrent_kernel, bias = (np.asarray(a, dtype="float64") for a in (kernel, recurrent_kernel, bias))
    units = recurrent_kernel.shape[0]
    if kernel.shape != (x.shape[-1], 4 * units):
        raise ValueError(f"kernel must have shape {(x.shape[-1], 4 * units)}, got {kernel.shape}")
    batch = x.shape[0]
    h = np.zeros((batch, units)) if h0 is None else np.asarray(h0, dtype="float64")
    c = np.zeros((batch, units)) if c0 is None else np.asarray(c0, dtype="float64")
    outputs = []
    for t in range(x.shape[1]):
        z = x[:, t] @ kernel + h @ recurrent_kernel + bias
        i, f, g, o = np.split(z, 4, axis=-1)
        i, f, o = _sigmoid(i), _sigmoid(f), _sigmoid(o)  # input, forget and output gates
        c = f * c + i * np.tanh(g)  # forget part of the old cell, add part of the new input
        h = o * np.tanh(c)  # the output gate lets part of the cell into the hidden state
        outputs.append(h)
    return np.stack(outputs, axis=1), h, c
