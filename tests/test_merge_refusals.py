"""Every refusal of ``merge``, each with its whole message: what it names (the files, the seeds
in common, the keys that differ, the claim) is what a user acts on, so each is pinned here."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path

import pytest

from lstm_behaviour.cli import main
from lstm_behaviour.files import write_json
from lstm_behaviour.reports.merge import (
    MergeError,
    check_merge_output,
    check_replaces,
    merge_calibrations,
    merge_files,
    merge_reports,
)

ROOT = Path(__file__).resolve().parent.parent
CALIBRATION = json.loads((ROOT / "data" / "calibration" / "tf-2.21-onednn-off.json").read_text("utf-8"))
VERSIONS = CALIBRATION["versions"]
REPORT = json.loads((ROOT / "docs" / "results" / "tf-2.21.json").read_text("utf-8"))
FIRST = "S.stateless-independent-batches"  # the first claim of the registry, untrained: merged first


def _records(seeds) -> list[dict]:
    return [r for r in CALIBRATION["records"] if r["seed"] in set(seeds)]


def _shard(seeds, **versions) -> dict:
    return {"versions": {**VERSIONS, **versions}, "records": _records(seeds)}


def _report(seeds) -> dict:
    data = copy.deepcopy(REPORT)
    data["environment"]["seeds"] = list(seeds)
    return data


@pytest.mark.parametrize(
    ("common", "named"),
    [
        (range(9), "[0, ..., 8] (9 seeds)"),
        (range(8), "[0, 1, 2, 3, 4, 5, 6, 7]"),
        ([7], "[7]"),
    ],
)
def test_overlapping_seeds_name_both_files_and_the_seeds_as_every_message_does(common, named):
    a, b = _shard(range(10)), _shard(common)
    with pytest.raises(MergeError) as error:
        merge_calibrations([("a.json", a), ("b.json", b), ("c.json", _shard([12]))])
    assert str(error.value) == f"a.json and b.json share seeds {named}: shards must not overlap"
    with pytest.raises(MergeError) as error:  # the file named is the one that first held the seed
        merge_calibrations([("c.json", _shard([12])), ("a.json", a), ("b.json", b)])
    assert str(error.value).startswith("a.json and b.json share seeds")


def test_setups_that_differ_name_at_most_three_keys_and_both_values():
    other = {**VERSIONS, "keras": "3.0.0", "backend": "jax", "python": "3.9.0", "tensorflow": None}
    del other["onednn"]  # a key one side lacks differs too
    with pytest.raises(MergeError) as error:
        merge_calibrations([("a.json", _shard([0])), ("b.json", {"versions": other, "records": _records([1])})])
    assert str(error.value) == (
        "a.json and b.json are calibration files of different setups "
        "(backend: 'tensorflow' against 'jax'; keras: '3.15.1' against '3.0.0'; onednn: False against None)"
    )


def test_a_record_twice_names_its_shard():
    shard = _shard([0])
    shard["records"].append(dict(shard["records"][0]))
    with pytest.raises(MergeError, match=r"^b\.json holds E1/dense seed 0 twice; a calibration file holds each once$"):
        merge_calibrations([("a.json", _shard([1])), ("b.json", shard)])


def test_merge_files_names_each_file_and_its_kind(tmp_path):
    paths = [tmp_path / name for name in ("a.json", "r.json", "n.json")]
    write_json(paths[0], _shard([0]))
    write_json(paths[1], {"schema": "lstm-behaviour/claims-report/3"})
    write_json(paths[2], [1, 2])
    with pytest.raises(MergeError) as error:
        merge_files(paths)
    assert str(error.value) == (
        "merge joins claims reports or calibration files, all of one kind; got "
        f"{paths[0]} (calibration), {paths[1]} (report), {paths[2]} (neither)"
    )
    paths[2].write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match=rf"^{paths[2]}: not a claims report or a calibration file: "):
        merge_files(paths)


def test_shards_are_named_by_their_paths(tmp_path):
    """A refusal inside the join names the shard's file as given."""
    write_json(tmp_path / "a.json", _shard([0]))
    shard = _shard([1])
    shard["records"].append(dict(shard["records"][0]))
    write_json(tmp_path / "b.json", shard)
    with pytest.raises(MergeError, match=rf"^{tmp_path / 'b.json'} holds E1/dense seed 1 twice"):
        merge_files([tmp_path / "a.json", tmp_path / "b.json"])


def test_an_output_that_is_not_a_regular_file_is_refused_naming_what_it_should_be(tmp_path):
    os.mkfifo(tmp_path / "fifo")
    want = (
        f"{tmp_path / 'fifo'} exists and is not a regular file; "
        "give a new path or a claims report or a calibration file to replace"
    )
    with pytest.raises(MergeError) as error:
        check_merge_output(tmp_path / "fifo")
    assert str(error.value) == want
    with pytest.raises(ValueError) as error:
        check_replaces(tmp_path / "fifo", _shard([0]))
    assert str(error.value) == want


def test_replacing_needs_force_for_a_file_of_another_kind_or_setup(tmp_path):
    """Called as the library is (``force`` left out), then with ``force``."""
    out = tmp_path / "out.json"
    write_json(out, [1, 2])
    with pytest.raises(MergeError) as error:
        check_replaces(out, _shard([0]))
    assert str(error.value) == (
        f"{out} is a file of another kind and the merge is a calibration file; "
        "give a new path, or --force to replace it"
    )
    write_json(out, {"versions": {**VERSIONS, "keras": "3.0.0", "extra": 1}, "records": []})
    with pytest.raises(MergeError) as error:
        check_replaces(out, _shard([0]))
    assert str(error.value) == (
        f"{out} is a calibration file of another setup (extra, keras differ); give a new path, or --force to replace it"
    )
    check_replaces(out, _shard([0]), force=True)
    write_json(out, _shard([5]))  # the same setup over other seeds: an earlier join, replaced
    check_replaces(out, _shard([0]))


def test_a_report_of_the_same_setup_is_replaced_and_of_another_is_not(tmp_path):
    out = tmp_path / "out.json"
    write_json(out, _report([7, 8]))
    check_replaces(out, _report([0, 1]))  # other seeds, same setup
    other = _report([0, 1])
    other["environment"]["platform"] = "Darwin-arm64"
    with pytest.raises(MergeError) as error:
        check_replaces(out, other)
    assert str(error.value) == (
        f"{out} is a claims report of another setup (platform differ); give a new path, or --force to replace it"
    )


def test_a_setup_error_report_is_nothing_to_merge():
    from lstm_behaviour.reports.claims_report import setup_error_report

    failed = setup_error_report("tf-nightly", "install", "no wheel for Python 3.11")
    with pytest.raises(MergeError) as error:
        merge_reports([("a.json", _report([0])), ("e.json", failed)])
    assert str(error.value) == "e.json records a setup that did not install: nothing to merge"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda e: e.update(known_failure="a finding"),
            f"{FIRST}: the shards give it different known failures: ['None', 'a finding']",
        ),
        (
            lambda e: e["tests"].append({"test": "tests/x.py::t", "outcome": "passed"}),
            f"{FIRST}: the shards ran different tests: ",
        ),
        (
            lambda e: e.update(status="fails", tests=[{**t, "outcome": "failed"} for t in e["tests"]]),
            f"{FIRST}: its tests' outcomes differ between shards; a run cannot give both",
        ),
    ],
    ids=["known-failure", "tests", "outcomes"],
)
def test_shards_that_disagree_on_a_claim_name_it(change, message):
    b = _report([1])
    change(b["claims"][FIRST])
    with pytest.raises(MergeError) as error:
        merge_reports([("a.json", _report([0])), ("b.json", b)])
    assert str(error.value).startswith(message)
    if "different tests" in message:
        names = {tuple(t["test"] for t in s["claims"][FIRST]["tests"]) for s in (_report([0]), b)}
        assert str(error.value) == message + str(sorted(names))


def test_the_cli_says_the_refusal_in_one_line_and_writes_nothing(tmp_path, capsys):
    write_json(tmp_path / "a.json", _shard([0, 1]))
    write_json(tmp_path / "b.json", _shard([1]))
    out = tmp_path / "m.json"
    assert main(["merge", str(tmp_path / "a.json"), str(tmp_path / "b.json"), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    assert err == f"lstm-behaviour merge: error: {a} and {b} share seeds [1]: shards must not overlap\n"
    assert not out.exists()
