"""Merging the shards of a setup with known failures: JAX's (a claim that breaks there is a strict
xfail, one that holds a strict XPASS) and a Keras past torch's range (a claim that held there is
"fixed"). Each merge equals one run over the union of the shards' seeds, byte for byte, as on
TensorFlow (tests/test_merge.py); a shard whose outcomes do not follow from its verdicts is
refused. The nested runs read the versions of the committed JAX and torch reports, so their
known failures apply here, on whatever backend runs the suite."""

from __future__ import annotations

import json
from pathlib import Path

import numpy  # noqa: F401  (loaded here: a nested pytest run would load it again, which numpy refuses)
import pytest

import lstm_behaviour.engine.compat  # noqa: F401  (the backend, imported once, outside the nested runs)
from lstm_behaviour.cli import main
from lstm_behaviour.files import write_json

ROOT = Path(__file__).resolve().parent.parent

SUITE = """
import pytest


def _rows(seed):
    # one row, every evaluation right: the order is learned, the reverse is not refused
    return {"E1/lstm_ful": {"in_order": 1.0, "reverse": 1.0, "loop": 1.0}}


@pytest.mark.trained
@pytest.mark.claim("E1.stateful-learns-order")
def test_order(claim_over_seeds):
    verdict = claim_over_seeds(_rows)
    assert verdict.passes, verdict.message()


@pytest.mark.trained
@pytest.mark.claim("E1.stateful-reverse-fails")
def test_reverse(claim_over_seeds):
    verdict = claim_over_seeds(_rows)
    assert verdict.passes, verdict.message()
"""


def _versions(name: str) -> dict:
    env = json.loads((ROOT / "docs" / "results" / f"{name}.json").read_text("utf-8"))["environment"]
    return {k: v for k, v in env.items() if k != "seeds"}


@pytest.fixture
def as_setup(monkeypatch):
    """Run nested suites as if on the setup of a committed report (its recorded versions)."""
    import lstm_behaviour.engine.compat as compat

    def use(name: str) -> None:
        monkeypatch.setattr(compat, "versions_record", lambda: _versions(name))

    return use


def _run(nested_pytest, out, seeds):
    return nested_pytest("--seeds", seeds, f"--claims-report={out}")


@pytest.mark.parametrize(
    ("setup", "outcomes", "statuses"),
    [
        # JAX: learns-order holds where it is known to fail (a strict XPASS: failed, status fails);
        # reverse-fails fails as known (xfailed, status xfail)
        (
            "jax",
            {"failed": 1, "xfailed": 1},
            {"E1.stateful-learns-order": "fails", "E1.stateful-reverse-fails": "xfail"},
        ),
        # Keras past torch's range: learns-order holds (fixed), reverse-fails fails (a plain failure)
        (
            "keras-nightly-torch",
            {"passed": 1, "failed": 1},
            {"E1.stateful-learns-order": "fixed", "E1.stateful-reverse-fails": "fails"},
        ),
    ],
)
@pytest.mark.parametrize("split", [("0-2", "3-5", "0-5"), ("0", "1", "0-1")], ids=["six-seeds", "two-seeds"])
def test_shards_of_a_setup_with_known_failures_merge_into_one_run(
    pytester, nested_pytest, tmp_path, as_setup, setup, outcomes, statuses, split
):
    """On two seeds a claim at its stated rate has no critical count (any two seeds pass it), so
    only the known failure's rate fails reverse-fails there: the merge must decide at that rate."""
    as_setup(setup)
    pytester.makepyfile(test_suite=SUITE)
    for name, seeds in zip(("a", "b", "whole"), split):
        result = _run(nested_pytest, tmp_path / f"{name}.json", seeds)
        if len(split[0]) > 1:  # one or two seeds are too few to decide learns-order fixed on JAX
            result.assert_outcomes(**outcomes)
    whole = json.loads((tmp_path / "whole.json").read_text("utf-8"))
    if len(split[0]) > 1:
        assert {c: whole["claims"][c]["status"] for c in statuses} == statuses
    # the merge reads the setup from the shards, not from the environment it runs in (here one
    # with other known failures)
    as_setup("torch" if setup == "jax" else "jax")
    out = tmp_path / "m.json"
    assert main(["merge", str(tmp_path / "b.json"), str(tmp_path / "a.json"), "--out", str(out)]) == 0
    assert out.read_bytes() == (tmp_path / "whole.json").read_bytes()


def test_a_shard_whose_outcomes_its_verdicts_do_not_give_is_refused(
    pytester, nested_pytest, tmp_path, as_setup, capsys
):
    """An xfailed test turned into a plain failure (as another exception would make it): the shard
    names itself and is refused; so are shards giving a claim different known failures."""
    as_setup("jax")
    pytester.makepyfile(test_suite=SUITE)
    for name, seeds in (("a", "0-2"), ("b", "3-5")):
        _run(nested_pytest, tmp_path / f"{name}.json", seeds)
    b = json.loads((tmp_path / "b.json").read_text("utf-8"))
    entry = b["claims"]["E1.stateful-reverse-fails"]
    entry["tests"][0]["outcome"], entry["status"] = "failed", "fails"
    write_json(tmp_path / "c.json", b)
    out = tmp_path / "m.json"
    assert main(["merge", str(tmp_path / "a.json"), str(tmp_path / "c.json"), "--out", str(out)]) == 1
    assert (
        capsys.readouterr()
        .err.strip()
        .endswith(
            f"{tmp_path / 'c.json'}: E1.stateful-reverse-fails's test outcomes do not follow from its verdict "
            "(another failure?); re-run that shard"
        )
    )
    assert not out.exists()
