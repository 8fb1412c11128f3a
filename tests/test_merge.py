"""``python -m lstm_behaviour merge``: shards of one setup over disjoint seeds join into what one
run over all their seeds writes, byte for byte; mixed setups and overlapping seeds are refused.
And ``--seeds auto`` end to end on a small suite whose claims read made-up measures (no
training): every trained claim decided, a claim that fails on every other seed caught."""

from __future__ import annotations

import json

import pytest

from lstm_behaviour.cli import main
from lstm_behaviour.files import write_json
from lstm_behaviour.spec.calibration import run_order
from tools.generated_docs import CALIBRATION_DIR

SUITE = """
import pytest


@pytest.mark.claim("D.timeseries-windows")
def test_untrained():
    pass


def _rows(seed):
    # what one run trains: each row once per seed, read alike by every claim; the loop is
    # right on seeds 3 and 8 only
    loop = 0.92 if seed in (3, 8) else 0.04
    return {key: {"in_order": 0.8, "reverse": 0.8, "loop": loop} for key in ("E1/dense", "E1/lstm")}


@pytest.mark.trained
@pytest.mark.claim("E1.stateless-loop-fails")
def test_loop(claim_over_seeds):
    # fails on seeds 3 and 8 only: within the claim's stated rate on ten seeds
    verdict = claim_over_seeds(_rows)
    assert verdict.passes, verdict.message()


@pytest.mark.trained
@pytest.mark.claim("E1.stateless-matches-mlp")
def test_matches(claim_over_seeds):
    verdict = claim_over_seeds(_rows)
    assert verdict.passes, verdict.message()
"""


@pytest.fixture(autouse=True)
def _backend_loaded_once():
    """Each nested run writes its report with the backend's versions; pytester forgets modules
    first imported inside a nested run, and TensorFlow cannot be imported twice in a process."""
    import lstm_behaviour.engine.compat  # noqa: F401


def _run(nested_pytest, out, *args):
    return nested_pytest(*args, f"--claims-report={out}")


def test_merged_shards_equal_one_run_over_their_seeds_byte_for_byte(nested_pytest, pytester, tmp_path):
    pytester.makepyfile(test_suite=SUITE)
    for name, seeds in (("a", "0-4"), ("b", "5-9"), ("whole", "0-9")):
        _run(nested_pytest, tmp_path / f"{name}.json", "--seeds", seeds).assert_outcomes(passed=3)
    assert main(["merge", str(tmp_path / "b.json"), str(tmp_path / "a.json"), "--out", str(tmp_path / "m.json")]) == 0
    assert (tmp_path / "m.json").read_bytes() == (tmp_path / "whole.json").read_bytes()


def test_merge_refuses_overlapping_seeds_other_setups_and_sequential_runs(nested_pytest, pytester, tmp_path, capsys):
    pytester.makepyfile(test_suite=SUITE)
    _run(nested_pytest, tmp_path / "a.json", "--seeds", "0-2").assert_outcomes(passed=3)
    _run(nested_pytest, tmp_path / "b.json", "--seeds", "2-3").assert_outcomes(passed=3)
    out = tmp_path / "m.json"
    assert main(["merge", str(tmp_path / "a.json"), str(tmp_path / "b.json"), "--out", str(out)]) == 1
    assert "share seeds [2]: shards must not overlap" in capsys.readouterr().err and not out.exists()
    other = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    other["environment"]["seeds"] = [5, 6]
    other["environment"]["platform"] = "elsewhere"
    for entry in other["claims"].values():
        for m in entry["measured"]:
            m["seed"] += 3
        entry["seeds"] = [s + 3 for s in entry["seeds"]]
        entry["held"] = [s + 3 for s in entry["held"]]
    write_json(tmp_path / "c.json", other)
    assert main(["merge", str(tmp_path / "a.json"), str(tmp_path / "c.json"), "--out", str(out)]) == 1
    assert "are claims reports of different setups (platform:" in capsys.readouterr().err and not out.exists()
    _run(nested_pytest, tmp_path / "auto.json", "--seeds", "auto").assert_outcomes(passed=3)
    assert main(["merge", str(tmp_path / "a.json"), str(tmp_path / "auto.json"), "--out", str(out)]) == 1
    assert "decided sequentially (--seeds auto)" in capsys.readouterr().err and not out.exists()
    assert main(["merge", str(tmp_path / "a.json"), "--out", str(out)]) == 1
    assert "merge joins two or more shards; got 1" in capsys.readouterr().err


def test_seeds_auto_decides_each_trained_claim_and_says_how(nested_pytest, pytester, tmp_path):
    from lstm_behaviour.reports.claims_report import validate

    pytester.makepyfile(test_suite=SUITE)
    out = tmp_path / "auto.json"
    result = _run(nested_pytest, out, "--seeds", "auto")
    result.assert_outcomes(passed=3)
    result.stdout.fnmatch_lines(
        [
            "trained claims, --seeds auto: each decided sequentially*",
            "  E1.stateless-loop-fails: */* seeds; held on * at or above the hold boundary *",
            "  E1.stateless-matches-mlp: 5/5 seeds; held on 5 of 5: at or above the hold boundary 5",
        ]
    )
    report = json.loads(out.read_text(encoding="utf-8"))
    assert validate(report) == [] and report["environment"]["seeds"] == "auto"
    entry = report["claims"]["E1.stateless-loop-fails"]
    assert entry["seeds"] == list(range(len(entry["seeds"]))) and entry["decision"]["rule"] == "sequential"
    assert {3} <= set(entry["seeds"]) - set(entry["held"]), "seed 3 failed and the run went on past it"


def test_seeds_auto_catches_a_claim_that_fails_on_every_other_seed(nested_pytest, pytester, tmp_path):
    """The planted break of the sequential-verdicts issue: a claim that holds on seeds 0, 2, 4, ...
    only. A 3-seed run passes it; --seeds auto fails it."""
    pytester.makepyfile(
        test_suite="""
import pytest


@pytest.mark.trained
@pytest.mark.claim("E1.stateless-loop-fails")
def test_loop(claim_over_seeds):
    loop = lambda seed: 0.04 if seed % 2 == 0 else 0.92  # noqa: E731
    verdict = claim_over_seeds(lambda seed: {key: {"in_order": 0.8, "reverse": 0.8, "loop": loop(seed)}
                                             for key in ("E1/dense", "E1/lstm")})
    assert verdict.passes, verdict.message()
"""
    )
    _run(nested_pytest, tmp_path / "fixed.json", "--seeds", "0-2").assert_outcomes(passed=1)
    result = _run(nested_pytest, tmp_path / "auto.json", "--seeds", "auto")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*decided sequentially: held on * at or below the fail boundary *"])


@pytest.fixture
def calibration():
    path = sorted(CALIBRATION_DIR.glob("tf-2.21-onednn-off.json"))[0]
    return json.loads(path.read_text(encoding="utf-8"))


def test_merged_calibration_shards_equal_the_file_over_their_seeds(tmp_path, calibration):
    versions, records = calibration["versions"], calibration["records"]
    whole = {"versions": versions, "records": sorted((r for r in records if r["seed"] < 10), key=run_order)}
    write_json(tmp_path / "whole.json", whole)
    write_json(tmp_path / "a.json", {"versions": versions, "records": [r for r in records if r["seed"] < 5]})
    write_json(tmp_path / "b.json", {"versions": versions, "records": [r for r in records if 5 <= r["seed"] < 10]})
    out = tmp_path / "m.json"
    assert main(["merge", str(tmp_path / "b.json"), str(tmp_path / "a.json"), "--out", str(out)]) == 0
    assert out.read_bytes() == (tmp_path / "whole.json").read_bytes()


def test_merge_refuses_calibrations_of_two_setups_and_mixed_kinds(tmp_path, calibration, capsys):
    versions, records = calibration["versions"], calibration["records"]
    write_json(tmp_path / "a.json", {"versions": versions, "records": [r for r in records if r["seed"] < 2]})
    write_json(
        tmp_path / "b.json",
        {"versions": {**versions, "onednn": not versions["onednn"]}, "records": [r for r in records if r["seed"] == 3]},
    )
    out = tmp_path / "m.json"
    assert main(["merge", str(tmp_path / "a.json"), str(tmp_path / "b.json"), "--out", str(out)]) == 1
    assert "are calibration files of different setups (onednn:" in capsys.readouterr().err
    write_json(tmp_path / "c.json", {"schema": "lstm-behaviour/claims-report/3"})
    assert main(["merge", str(tmp_path / "a.json"), str(tmp_path / "c.json"), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "all of one kind" in err and "c.json" in err, err
    assert not out.exists()


def test_seeds_auto_from_a_start_seed_runs_held_out_seeds(nested_pytest, pytester, tmp_path):
    from lstm_behaviour.reports.claims_report import validate

    pytester.makepyfile(test_suite=SUITE)
    out = tmp_path / "held-out.json"
    _run(nested_pytest, out, "--seeds", "auto:100").assert_outcomes(passed=3)
    report = json.loads(out.read_text(encoding="utf-8"))
    assert validate(report) == [] and report["environment"]["seeds"] == "auto:100"
    assert report["claims"]["E1.stateless-matches-mlp"]["seeds"] == [100, 101, 102, 103, 104]
    shifted = json.loads(out.read_text(encoding="utf-8"))
    shifted["environment"]["seeds"] = "auto"
    assert any("a sequential run adds seeds 0, 1, 2, ... in order" in p for p in validate(shifted))
    result = _run(nested_pytest, tmp_path / "x.json", "--seeds", "auto:x")
    assert result.ret == 4
    result.stderr.fnmatch_lines(["*--seeds: seeds must be numbers or ranges*(or 'auto', 'auto:100')"])


def _shards(tmp_path, calibration, versions=None):
    versions, records = versions or calibration["versions"], calibration["records"]
    write_json(tmp_path / "a.json", {"versions": versions, "records": [r for r in records if r["seed"] < 2]})
    write_json(tmp_path / "b.json", {"versions": versions, "records": [r for r in records if r["seed"] == 2]})
    return [str(tmp_path / "a.json"), str(tmp_path / "b.json")]


def test_merge_does_not_replace_a_file_of_the_other_kind_or_another_setup(tmp_path, calibration, capsys):
    """A claims report, or a calibration of another setup, at --out stays as it was unless --force."""
    shards = _shards(tmp_path, calibration)
    report = tmp_path / "report.json"
    report.write_bytes((CALIBRATION_DIR.parent.parent / "docs" / "results" / "tf-2.21.json").read_bytes())
    before = report.read_bytes()
    assert main(["merge", *shards, "--out", str(report)]) == 1
    assert "is a claims report and the merge is a calibration file; give a new path, or --force" in (
        capsys.readouterr().err
    )
    assert report.read_bytes() == before
    other = tmp_path / "other.json"
    write_json(other, {"versions": {**calibration["versions"], "keras": "3.0.0"}, "records": []})
    assert main(["merge", *shards, "--out", str(other)]) == 1
    assert "is a calibration file of another setup (keras differ)" in capsys.readouterr().err
    assert main(["merge", *shards, "--out", str(other), "--force"]) == 0
    assert json.loads(other.read_text())["versions"] == calibration["versions"]


@pytest.mark.parametrize(
    ("target", "message"),
    [("-", "- (standard output) is not an output here"), ("/dev/null", "exists and is not a regular file")],
)
def test_merge_refuses_targets_that_are_not_files(tmp_path, calibration, capsys, target, message):
    assert main(["merge", *_shards(tmp_path, calibration), "--out", target]) == 1
    assert message in capsys.readouterr().err


def test_a_fifo_or_a_link_is_not_replaced(tmp_path, calibration, capsys):
    import os

    os.mkfifo(tmp_path / "fifo")
    (tmp_path / "link").symlink_to(tmp_path / "elsewhere.json")
    for target in ("fifo", "link"):
        assert main(["merge", *_shards(tmp_path, calibration), "--out", str(tmp_path / target)]) == 1
        assert "exists and is not a regular file" in capsys.readouterr().err
    assert not (tmp_path / "elsewhere.json").exists()
    from lstm_behaviour.files import write_text

    with pytest.raises(FileExistsError):
        write_text(tmp_path / "fifo", "x")


def test_a_calibration_value_too_large_to_be_finite_is_one_line(tmp_path, calibration, capsys):
    shards = _shards(tmp_path, calibration)
    text = (tmp_path / "a.json").read_text()
    (tmp_path / "a.json").write_text(text.replace('"fit_s": ', '"fit_s": 1e999, "was": ', 1))
    assert main(["merge", *shards, "--out", str(tmp_path / "m.json")]) == 1
    err = capsys.readouterr().err
    assert "1e999 is too large for a number (it reads as infinity)" in err and "Traceback" not in err


@pytest.mark.parametrize("seed", [2.5, 2**40, -1])
def test_seeds_of_a_calibration_record_are_whole_and_in_range(tmp_path, calibration, capsys, seed):
    shards = _shards(tmp_path, calibration)
    data = json.loads((tmp_path / "b.json").read_text())
    data["records"][0]["seed"] = seed
    write_json(tmp_path / "b.json", data)
    assert main(["merge", *shards, "--out", str(tmp_path / "m.json")]) == 1
    assert "seed must be a whole number from 0 to" in capsys.readouterr().err


def test_a_record_twice_in_a_large_shard_is_named(tmp_path, calibration, capsys):
    versions, records = calibration["versions"], calibration["records"]
    shard = [r for r in records if r["seed"] < 50]
    write_json(tmp_path / "a.json", {"versions": versions, "records": [*shard, shard[-1]]})
    write_json(tmp_path / "b.json", {"versions": versions, "records": [r for r in records if r["seed"] == 60]})
    assert main(["merge", str(tmp_path / "a.json"), str(tmp_path / "b.json"), "--out", str(tmp_path / "m.json")]) == 1
    assert f"holds {shard[-1]['row']} seed {shard[-1]['seed']} twice" in capsys.readouterr().err


def test_an_unknown_key_of_a_record_is_not_carried(tmp_path, calibration, capsys):
    shards = _shards(tmp_path, calibration)
    data = json.loads((tmp_path / "b.json").read_text())
    data["records"][0]["note"] = "[x](javascript:alert(1))"
    write_json(tmp_path / "b.json", data)
    assert main(["merge", *shards, "--out", str(tmp_path / "m.json")]) == 1
    assert "unknown key 'note' (a record holds fit_s, in_order, loop," in capsys.readouterr().err
