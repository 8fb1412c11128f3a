"""What a fixed seed fixes: the same software and oneDNN mode train the same rows, bit for bit.

- A row trained in this test process (an xdist worker under ``pytest -n auto``, one TensorFlow
  thread) and the same row trained by a separate serial pytest run (TensorFlow's default
  thread pools) measure identical accuracies.
- On a calibrated setup (same TensorFlow, Keras and oneDNN mode as a file in
  data/calibration/), the row reproduces the committed calibration record exactly.

The serial run also shows that loading the backend, building, training and predicting print
nothing on stderr (it runs without output capture), so ``reproduce`` prints its progress lines
and nothing else there.

Across oneDNN modes results may differ (docs/findings.md): the calibration is per mode.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lstm_behaviour.engine.environment import THREAD_VARIABLES
from lstm_behaviour.pytest_plugin import trained_groups
from lstm_behaviour.spec.calibration import SETUP_KEYS, load_sets, normalized
from lstm_behaviour.spec.experiments import window_count
from lstm_behaviour.spec.known_failures import expected_failure
from tools.generated_docs import CALIBRATION_DIR

CLAIM = "E4.no-test-reset-batch-in-order-works"  # reads E4/lstm_ful only: 1,000 steps, the cheapest row
ROW, SEED = "E4/lstm_ful", 0
# beside the claim's own test, so under xdist the row is trained once for both
pytestmark = [pytest.mark.trained, pytest.mark.xdist_group(trained_groups()[CLAIM])]

SUITE = f"""
import pytest


@pytest.mark.trained
@pytest.mark.claim("{CLAIM}")
def test_one_row(claim_over_seeds):
    claim_over_seeds()
"""


@pytest.fixture(scope="module")
def serial_process(tmp_path_factory) -> tuple[subprocess.CompletedProcess, Path] | None:
    """A serial pytest run of the row's claim in a fresh process with default thread pools and no
    output capture, and its claims report; None where the row does not train here."""
    known = expected_failure(CLAIM)
    if known is not None and known.always:  # e.g. stateful training raises: there is no row to compare
        return None
    folder = tmp_path_factory.mktemp("determinism")
    (folder / "test_row.py").write_text(SUITE, encoding="utf-8")
    out = folder / "report.json"
    env = {k: v for k, v in os.environ.items() if k not in (*THREAD_VARIABLES, "PYTEST_XDIST_WORKER")}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:xdist",
            "-p",
            "no:cacheprovider",
            # a measurement, not a test of asserts: skip rewriting and the plugins it does not use
            "--assert=plain",
            "-p",
            "no:hypothesispytest",
            "-p",
            "no:benchmark",
            "-q",
            # whatever the backend writes to stderr reaches this process
            "--capture=no",
            "--seeds",
            str(SEED),
            f"--claims-report={out}",
            "test_row.py",
        ],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return done, out


@pytest.fixture(scope="module")
def serial_run(serial_process) -> tuple[dict, dict]:
    """The row's windows right and the environment, as the serial run's claims report has them."""
    if serial_process is None:
        pytest.skip(f"{ROW} does not train here: {expected_failure(CLAIM).xfail_reason()}")
    report = json.loads(serial_process[1].read_text(encoding="utf-8"))
    (measured,) = report["claims"][CLAIM]["measured"]
    return _hits(measured["accuracies"][ROW]), report["environment"]


def _hits(accuracies: dict) -> dict:
    """Accuracies as windows right (the report rounds accuracies to 6 decimals)."""
    return {name: round(value * window_count(ROW, name)) for name, value in accuracies.items()}


def test_serial_and_xdist_processes_train_the_same_row(serial_run, trained_row):
    here = _hits(trained_row(ROW, SEED).accuracy)
    layout = f"xdist worker {os.environ['PYTEST_XDIST_WORKER']}" if "PYTEST_XDIST_WORKER" in os.environ else "serial"
    assert serial_run[0] == here, (
        f"{ROW} seed {SEED}: a serial run measured {serial_run[0]}, this {layout} process {here}"
    )


def test_a_row_reproduces_its_calibration_within_one_onednn_mode(serial_run):
    measured, env = serial_run
    same = [
        cal
        for cal in load_sets(sorted(CALIBRATION_DIR.glob("*.json")))
        if all(cal.versions.get(k) == normalized(env).get(k) for k in SETUP_KEYS)
    ]
    if not same:
        pytest.skip(f"no calibration file of this setup ({', '.join(f'{k} {env.get(k)}' for k in SETUP_KEYS)})")
    committed = _hits(same[0].per_seed()[SEED][ROW])
    assert measured == committed, f"{ROW} seed {SEED}: windows right {measured} here, {committed} in {same[0].label}"


PROBE = (
    "import numpy as np\n"
    "from lstm_behaviour.engine.models import build_model\n"
    "build_model('lstm_ful', (3, 1), batch_size=1, seed=0).predict_on_batch(np.zeros((1, 3, 1), 'float32'))\n"
)


def test_backend_start_up_is_quiet_unless_asked(serial_process):
    """Loading the backend, building, training and predicting print nothing on stderr (TensorFlow's
    CUDA probing is hidden). Where the row does not train, a build and a prediction show it."""
    if serial_process is None:
        done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-2000:]
    else:
        done = serial_process[0]
    assert done.stderr.strip() == "", f"start-up noise on stderr:\n{done.stderr}"
