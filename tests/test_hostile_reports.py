"""Reports that cannot be wiped or forged, and readers that never trace back: each case a hostile
user tried on the earlier code, now a test. Every case ends in one line (or a listed problem),
a non-zero exit where it is refused, and every existing file as it was."""

from __future__ import annotations

import copy
import json
import os
import re
import resource
import subprocess
import sys
from pathlib import Path

import numpy  # noqa: F401  (loaded here: a nested pytest run would load it again, which numpy refuses)
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lstm_behaviour.cli import main
from lstm_behaviour.files import whole_number
from lstm_behaviour.reports.claims_report import validate
from lstm_behaviour.reports.results_md import columns, render

ROOT = Path(__file__).resolve().parent.parent
REPORT_FILE = ROOT / "docs" / "results" / "tf-2.21.json"
REPORT = json.loads(REPORT_FILE.read_text("utf-8"))
TRAINED = "E1.stateless-matches-mlp"


def _forged(change) -> list[str]:
    data = copy.deepcopy(REPORT)
    change(data)
    return validate(data)


# -- data lost --------------------------------------------------------------------------------


@pytest.mark.parametrize("selection", [["--co"], ["-k", "nothing_is_called_this"], ["--claim", "D.timeseries-windows"]])
def test_a_run_that_ran_no_claim_leaves_the_report_byte_identical(nested_pytest, pytester, tmp_path, selection):
    pytester.makepyfile(test_suite="def test_plain():\n    pass\n")
    out = tmp_path / "report.json"
    out.write_bytes(REPORT_FILE.read_bytes())
    result = nested_pytest(*selection, f"--claims-report={out}")
    assert out.read_bytes() == REPORT_FILE.read_bytes()
    result.stdout.fnmatch_lines([f"claims report: not written (no claim's test ran); {out} is unchanged"])


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("/dev/null", "exists and is not a regular file (a device, a pipe, a link, ...); give a file name"),
        ("text", "exists and is not a claims report; it would be overwritten (give a new path)"),
        ("", "needs a file path, got ''"),
        ("-", "- (standard output) is not an output here; give a file name"),
    ],
)
def test_claims_report_refuses_special_files_other_files_and_an_empty_path(
    nested_pytest, pytester, tmp_path, target, message
):
    pytester.makepyfile(test_suite="def test_plain():\n    pass\n")
    if target == "text":
        target = str(tmp_path / "notes.txt")
        Path(target).write_text("my notes\n", encoding="utf-8")
    result = nested_pytest(f"--claims-report={target}")
    assert result.ret == 4  # usage error, before any test ran
    result.stderr.fnmatch_lines([f"*--claims-report: *{message}"])  # the whole message, to the end of its line
    if target.endswith("notes.txt"):
        assert Path(target).read_text(encoding="utf-8") == "my notes\n"
    assert Path("/dev/null").is_char_device()


# -- tracebacks -------------------------------------------------------------------------------


@pytest.mark.parametrize("command", [["validate"], ["matrix", "--out", "OUT/r.md", "--badge-dir", "OUT"], ["merge"]])
@pytest.mark.parametrize("special", ["/dev/zero", "fifo"])
def test_readers_refuse_special_files_by_type_before_reading(tmp_path, capsys, command, special):
    if special == "fifo":
        special = str(tmp_path / "pipe")
        os.mkfifo(special)  # opening it to read would wait forever for a writer
    args = [a.replace("OUT", str(tmp_path / "out")) for a in command]
    extra = [str(REPORT_FILE), "--out", str(tmp_path / "m.json")] if command == ["merge"] else []
    assert main([args[0], special, *extra, *args[1:]]) == 1
    err = capsys.readouterr().err
    assert "is a character device" in err or "is a pipe" in err
    assert not (tmp_path / "out").exists() and not (tmp_path / "m.json").exists()


def test_no_reader_takes_more_than_its_cap_from_an_endless_input(tmp_path):
    """A regular file larger than the cap is refused after reading the cap plus one byte: under a
    256 MiB address-space limit above what the process already holds, a 200 MiB file cannot
    make the reader run out of memory."""
    big = tmp_path / "big.json"
    with open(big, "wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: costs no disk
    script = (
        "import resource, sys\n"
        "from lstm_behaviour.cli import main\n"
        "soft, hard = resource.getrlimit(resource.RLIMIT_AS)\n"
        "used = int(open('/proc/self/statm').read().split()[0]) * resource.getpagesize()\n"
        "resource.setrlimit(resource.RLIMIT_AS, (used + 256 * 1024 * 1024, hard))\n"
        f"sys.exit(main(['validate', {str(big)!r}]))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    assert "larger than 64 MiB" in done.stderr and "MemoryError" not in done.stderr
    assert resource.getrlimit(resource.RLIMIT_AS)  # the limit applied to the child alone


@pytest.mark.parametrize("value", ["²", "٣", "１", "+2", "-1", " ", "1e3", "2.0", "99999999999999999999"])
def test_whole_numbers_from_outside_are_ascii_digits_only(value):
    with pytest.raises(ValueError, match=r"^X must be a whole number from 1 to 1024, got "):
        whole_number(value, "X", 1, 1024)
    assert whole_number(" 12 ", "X", 1, 1024) == 12


def test_a_superscript_thread_count_is_one_line_not_an_internal_error(nested_pytest, pytester, monkeypatch):
    monkeypatch.setenv("TF_NUM_INTRAOP_THREADS", "²")
    pytester.makepyfile(test_suite="def test_plain():\n    pass\n")
    result = nested_pytest()
    assert result.ret == 4
    result.stderr.fnmatch_lines(["*TF_NUM_INTRAOP_THREADS must be a whole number of threads from 1 to 1024, got '²'"])


def test_validate_reads_a_setup_error_report_in_one_line(tmp_path, capsys):
    from lstm_behaviour.files import write_json
    from lstm_behaviour.reports.claims_report import setup_error_report

    write_json(tmp_path / "e.json", setup_error_report("tf-nightly", "install", "no wheel for Python 3.11"))
    assert main(["validate", str(tmp_path / "e.json")]) == 0
    assert (
        capsys.readouterr().out == f"{tmp_path / 'e.json'}: valid: the setup tf-nightly did not install (no claims)\n"
    )


# -- forged reports ---------------------------------------------------------------------------


def test_a_forged_known_failure_is_refused():
    def change(d):
        d["claims"][TRAINED]["known_failure"] = "trust me"

    assert _forged(change) == [
        f"claims[{TRAINED!r}].known_failure: 'trust me' is not the registry's none for this setup; re-run the "
        "claims session if the report predates this version of the claim registry"
    ]


def test_a_forged_stated_rate_is_refused():
    def change(d):
        d["claims"][TRAINED]["rate"] = 0.05

    problems = _forged(change)
    assert (
        f"claims[{TRAINED!r}].rate: 0.05 is not the registry's stated rate 0.96; re-run the claims session "
        "if the report predates this version of the claim registry" in problems
    )


def test_forged_bounds_and_per_seed_values_are_refused():
    def threshold(d):
        for m in d["claims"][TRAINED]["measured"]:
            m["bounds"][0]["threshold"] = 0.9

    assert _forged(threshold)[0].startswith(f"claims[{TRAINED!r}].measured[0].bounds[0].threshold: 0.9 is not the")

    def value(d):
        d["claims"][TRAINED]["measured"][2]["bounds"][0]["measured"] = 0.12  # still within its bound

    assert _forged(value) == [
        f"claims[{TRAINED!r}].measured[2].bounds[0].measured: 0.12 is not what its accuracies give (0.0)"
    ]


def test_a_million_seeds_are_refused_before_the_schema():
    def change(d):
        d["environment"]["seeds"] = list(range(1_000_000))

    assert _forged(change) == ["environment.seeds: 1000000 entries; a run has at most 10000 seeds"]


# -- markdown injection -----------------------------------------------------------------------

HOSTILE = ["a|b", "x\n# heading", "`tick`", "<script>alert(1)</script>", "line\r\nbreak\u2028here"]


@pytest.mark.parametrize("field", ["platform", "file name"])
@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_text_cannot_break_the_matrix(tmp_path, field, hostile):
    data = copy.deepcopy(REPORT)
    name = "r.json"
    if field == "platform":
        data["environment"]["platform"] = hostile[:64]
    else:
        name = hostile.replace("/", "_") + ".json"
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    if validate(data):
        return  # refused: nothing reaches Markdown
    markdown = render(columns([path]), [str(path)])
    _one_row_per_claim(markdown, data)
    assert "<script>" not in markdown and "\n# heading" not in markdown


def _one_row_per_claim(markdown: str, data: dict) -> None:
    lines = markdown.splitlines()
    for claim_id in data["claims"]:
        rows = [line for line in lines if line.startswith(f"| `{claim_id}` |")]
        assert len(rows) == 1, claim_id
        header = next(line for line in reversed(lines[: lines.index(rows[0])]) if line.startswith("| claim |"))
        assert _cells(rows[0]) == _cells(header), rows[0]
    setup_row = next(line for line in lines if line.startswith("| run |"))
    data_row = lines[lines.index(setup_row) + 2]
    assert _cells(data_row) == _cells(setup_row), data_row


def _cells(row: str) -> int:
    return len(row.replace("\\|", "").split("|")) - 2


REACHED: list[bool] = []  # whether each example got as far as the rendered document


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    # any text but control characters (Cc) and lone surrogates (Cs): no run records those
    platform=st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=64),
    python=st.one_of(st.from_regex(r"3\.(9|1[0-4])\.[0-9]{1,2}", fullmatch=True), st.text(min_size=1, max_size=20)),
)
def test_any_report_validate_accepts_renders_one_row_per_claim(tmp_path, platform, python):
    """Any platform text, and a Python version (valid ones drawn half the time, or any text):
    what validate accepts renders one row per claim. Run with REACHED counted, 23 of 40 examples
    reached the document; the rest are refused by validate (an impossible Python, a bidirectional
    character), as they must be."""
    REACHED.append(False)
    data = copy.deepcopy(REPORT)
    data["environment"]["platform"] = platform
    data["environment"]["python"] = python
    try:
        raw = json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return  # a lone surrogate: no file holds it (the reader refuses the escaped form)
    path = tmp_path / "r.json"
    path.write_bytes(raw)
    if validate(data):
        return
    _one_row_per_claim(render(columns([path]), [str(path)]), data)
    REACHED[-1] = True


def test_the_property_test_reaches_the_document(tmp_path):
    """At least a quarter of the property test's examples reach the rendered document (its
    examples are run here again, so the count does not depend on the order of the tests)."""
    REACHED.clear()
    test_any_report_validate_accepts_renders_one_row_per_claim(tmp_path)
    assert sum(REACHED) >= len(REACHED) / 4, f"{sum(REACHED)} of {len(REACHED)} examples reached the document"


def test_a_lone_surrogate_is_refused_by_the_reader_naming_the_file(tmp_path, capsys):
    path = tmp_path / "r.json"
    path.write_text(REPORT_FILE.read_text("utf-8").replace('"platform": "', '"platform": "\\ud800', 1), "utf-8")
    assert main(["validate", str(path)]) == 1
    assert capsys.readouterr().err.strip() == f"{path}: holds a lone surrogate ('\\ud800'): not Unicode text"


@pytest.mark.parametrize("text", ["٣", "1-٣", "²", "auto:٣"])
def test_seed_lists_take_ascii_digits_only(text):
    from lstm_behaviour.stats.seeds import auto_start, parse_seeds

    assert auto_start(text) is None
    with pytest.raises(ValueError, match="seeds must be numbers or ranges"):
        parse_seeds(text)


# -- found by a hostile review of the new code ------------------------------------------------


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            lambda d: d["environment"].update(seeds="auto:999999999999"),
            "environment.seeds: a sequential run starts at a seed from 0 to 4294947295, got 999999999999",
        ),
        (lambda d: d["environment"].update(seeds="auto:0"), "environment.seeds: 'auto:0' is not how a run names"),
        (
            lambda d: d["environment"].update(keras="3.15.1\n"),
            "environment.keras: a version has no surrounding white space, got '3.15.1\\n'",
        ),
        (lambda d: d["environment"].update(keras_major=2), "environment.keras_major: 2 is not the major of Keras"),
        (
            lambda d: d["environment"].update(cpu_features=[*range(4000), "a"]),
            "environment.cpu_features: at most 64 names of CPU features",
        ),
        (lambda d: d["environment"].update(seeds=[*range(4000), "a"]), "environment.seeds: seeds are whole numbers"),
    ],
)
def test_environment_forgeries_are_one_problem_each_and_quick(change, problem):
    problems = _forged(change)
    assert len(problems) == 1 and problems[0].startswith(problem), problems


def test_merge_refuses_a_shard_with_a_record_twice_and_rows_that_are_not_names(tmp_path, capsys):
    from lstm_behaviour.files import write_json

    calibration = json.loads((ROOT / "data" / "calibration" / "tf-2.21-onednn-off.json").read_text("utf-8"))
    versions, records = calibration["versions"], calibration["records"]
    write_json(tmp_path / "a.json", {"versions": versions, "records": [r for r in records if r["seed"] == 0]})
    twice = [r for r in records if r["seed"] == 1]
    write_json(tmp_path / "b.json", {"versions": versions, "records": twice + twice[:1]})
    out = tmp_path / "m.json"
    assert main(["merge", str(tmp_path / "a.json"), str(tmp_path / "b.json"), "--out", str(out)]) == 1
    assert "holds E1/dense seed 1 twice" in capsys.readouterr().err and not out.exists()
    odd = [dict(twice[0], row=["E1/dense"])]
    write_json(tmp_path / "c.json", {"versions": versions, "records": odd})
    assert main(["merge", str(tmp_path / "a.json"), str(tmp_path / "c.json"), "--out", str(out)]) == 1
    assert "records[0]: unknown row ['E1/dense']" in capsys.readouterr().err


def test_merge_never_replaces_another_file_and_survives_odd_output_paths(tmp_path, capsys):
    mine = tmp_path / "mine.py"
    mine.write_text("x = 1\n", encoding="utf-8")
    loop = tmp_path / "loop"
    loop.symlink_to(tmp_path / "loop2")
    (tmp_path / "loop2").symlink_to(loop)
    shards = [str(REPORT_FILE), str(ROOT / "docs" / "results" / "tf-2.21-tf-keras.json")]
    for out, message in (
        (mine, "is neither a claims report nor a calibration file"),
        (loop, "exists and is not a regular file (a device, a pipe, a link, ...)"),
    ):
        assert main(["merge", *shards, "--out", str(out)]) == 1
        assert message in capsys.readouterr().err
    assert mine.read_text(encoding="utf-8") == "x = 1\n"
    assert main(["merge", *shards, "--out", str(tmp_path / ("x" * 300 + ".json"))]) == 1
    assert "File name too long" in capsys.readouterr().err


def test_a_claims_report_name_too_long_is_a_usage_error(nested_pytest, pytester, tmp_path):
    pytester.makepyfile(test_suite="def test_plain():\n    pass\n")
    result = nested_pytest(f"--claims-report={tmp_path / ('x' * 300)}.json")
    assert result.ret == 4
    result.stderr.fnmatch_lines(["*--claims-report: *File name too long*"])


def test_a_known_failure_is_expected_only_of_a_claim_that_ran():
    """On a setup with known failures (JAX), a partial run's claims that did not run carry none."""
    data = json.loads((ROOT / "docs" / "results" / "jax.json").read_text("utf-8"))
    claim_id = "S.predict-carries-state"
    assert data["claims"][claim_id]["known_failure"] and validate(data) == []
    data["claims"][claim_id].update(status="not run", tests=[], known_failure=None)
    assert validate(data) == []
    data["claims"][claim_id]["known_failure"] = "forged"
    assert validate(data)[0].startswith(f"claims[{claim_id!r}].known_failure: 'forged' is not the registry's none")


# -- a third round: links, images, autolinks, bidirectional text, impossible values ----------------


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"),
        ("![t](https://e.example/a.png)", "\\!\\[t\\](https\\://e.example/a.png)"),
        ("see https://e.example", "see https\\://e.example"),
        ("www.e.example", "www\\.e.example"),
        ("<https://e.example>", "&lt;https\\://e.example&gt;"),
        ("abc\u202edef", "abc&lt;U+202E&gt;def"),
        ("a\u2066b\u200fc", "a&lt;U+2066&gt;b&lt;U+200F&gt;c"),
    ],
)
def test_no_field_becomes_a_link_an_image_or_reordered_text(raw, shown):
    from lstm_behaviour.reports.markdown import code, text

    assert text(raw) == shown
    assert code(raw) in (f"<code>{shown}</code>", f"`{raw}`")  # a plain name is a code span: never a link


def _report_with(change):
    data = copy.deepcopy(REPORT)
    change(data)
    return validate(data)


def test_validate_refuses_bidirectional_text_impossible_versions_variants_and_twice_listed_tests():
    first = next(iter(REPORT["claims"]))
    assert _report_with(lambda d: d["environment"].update(platform="Linux\u202e-x86")) == [
        "environment.platform: holds a bidirectional control character (U+202E)"
    ]
    assert _report_with(lambda d: d["environment"].update(python="2.7.18")) == [
        "environment.python: '2.7.18' is not a Python this project runs on (3.9 or later)"
    ]
    assert _report_with(lambda d: d["environment"].update(variant="turbo")) == [
        "environment.variant: 'turbo' is not a known variant (no-cudnn)"
    ]
    twice = _report_with(lambda d: d["claims"][first]["tests"].append(dict(d["claims"][first]["tests"][0])))
    assert f"claims['{first}'].tests: {REPORT['claims'][first]['tests'][0]['test']!r} is listed twice" in twice[0]


def test_a_report_that_cannot_be_written_at_the_end_is_one_line(nested_pytest, pytester, tmp_path):
    """The report's folder is replaced by a file while the run goes on: at the end the report
    cannot be written; the run says so in a line and fails, without a traceback."""
    folder = tmp_path / "out"
    folder.mkdir()
    pytester.makepyfile(
        test_suite=f"""
import pytest, shutil


@pytest.mark.claim("S.reset-zeroes-state")
def test_plain():
    shutil.rmtree({str(folder)!r})
    open({str(folder)!r}, "w").close()
"""
    )
    result = nested_pytest(f"--claims-report={folder / 'r.json'}")
    assert result.ret != 0
    result.stdout.fnmatch_lines(["*claims report: not written (*Error: *); *r.json is unchanged"])
    assert "Traceback" not in result.stdout.str() + result.stderr.str()


def test_a_seed_rule_that_matches_no_form_says_which_forms_there_are():
    assert _report_with(lambda d: d["environment"].update(seeds="auto:abc")) == [
        "report['environment']['seeds']: expected 'auto', 'auto:START' or a list of whole seeds; got 'auto:abc'"
    ]


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            lambda r: r.update(in_order=0.5),
            "E1/dense in_order must be a whole number of its 25 windows over 25, got 0.5",
        ),
        (lambda r: r.update(reverse=-0.0), "E1/dense reverse must be an accuracy in [0, 1], got -0.0"),
        (lambda r: r.update(fit_s=1e308), "fit_s must be a number of seconds from 0 to 86400, got 1e+308"),
        (lambda r: r.update(predict_s=-0.0), "predict_s must be a number of seconds from 0 to 86400, got -0.0"),
    ],
)
def test_a_calibration_record_no_run_writes_is_refused(tmp_path, change, problem):
    """An accuracy is hits over the row's windows (25 for E1's rows), never -0.0; a time is at most
    a day; a file holds at least one record (hostile inputs 101-104)."""
    from lstm_behaviour.files import write_json
    from lstm_behaviour.spec.calibration import load_sets

    calibration = json.loads((ROOT / "data" / "calibration" / "tf-2.21-onednn-off.json").read_text("utf-8"))
    record = next(r for r in calibration["records"] if r["row"] == "E1/dense")
    change(record)
    write_json(tmp_path / "c.json", {"versions": calibration["versions"], "records": [record]})
    with pytest.raises(ValueError, match=re.escape(f"records[0]: {problem}")):
        load_sets([tmp_path / "c.json"])
    write_json(tmp_path / "e.json", {"versions": calibration["versions"], "records": []})
    with pytest.raises(ValueError, match=re.escape("records: expected at least one record; got none")):
        load_sets([tmp_path / "e.json"])
