"""``pytest --claims-report``: a small suite run under xdist with the installed plugin writes a
valid, complete report; an interrupted run keeps the last complete one."""

from __future__ import annotations

import json
import signal

import pytest

from lstm_behaviour.reports.claims_report import validate

SUITE = """
import pytest


@pytest.mark.claim("D.timeseries-windows")
def test_holds():
    pass


@pytest.mark.claim("S.gate-equations")
def test_fails():
    assert False, "on purpose"


def _rows(seed):
    # what one run trains: each row once per seed, read alike by every claim
    return {key: {"in_order": 0.8, "reverse": 0.8 - seed / 25, "loop": 0.04} for key in ("E1/dense", "E1/lstm")}


@pytest.mark.trained
@pytest.mark.claim("E1.stateless-order-free")
def test_order_free(claim_over_seeds):
    verdict = claim_over_seeds(_rows)
    assert verdict.passes, verdict.message()


@pytest.mark.trained
@pytest.mark.claim("E1.stateless-loop-fails")
def test_loop(claim_over_seeds):
    verdict = claim_over_seeds(_rows)
    assert verdict.passes, verdict.message()
"""


def test_claims_report_under_xdist(nested_pytest, pytester, tmp_path):
    pytester.makepyfile(test_suite=SUITE)
    out = tmp_path / "nested" / "report.json"
    result = nested_pytest("-n", "2", "--seeds", "0-1", f"--claims-report={out}", xdist=True)
    result.assert_outcomes(passed=2, failed=2)
    result.stdout.fnmatch_lines([f"claims report: {out}"])
    report = json.loads(out.read_text(encoding="utf-8"))
    assert validate(report) == []
    claims = report["claims"]
    statuses = {
        i: claims[i]["status"]
        for i in ("D.timeseries-windows", "S.gate-equations", "E1.stateless-order-free", "E1.stateless-loop-fails")
    }
    assert statuses == {
        "D.timeseries-windows": "holds",
        "S.gate-equations": "fails",
        "E1.stateless-order-free": "fails",
        "E1.stateless-loop-fails": "holds",
    }
    assert report["environment"]["articles"] == ["qiita"], "the run tested the Qiita article's trained claims only"
    assert sum(c["status"] == "not run" for c in claims.values()) == len(claims) - 4
    order_free = claims["E1.stateless-order-free"]
    assert (order_free["seeds"], order_free["held"], order_free["rate"], order_free["critical"]) == (
        [0, 1],
        [0],
        1.0,
        1,
    )
    assert [m["seed"] for m in order_free["measured"]] == [0, 1]
    assert [m["bounds"][0]["measured"] for m in order_free["measured"]] == [0.0, 0.04]
    assert report["environment"]["seeds"] == [0, 1] and report["environment"]["keras"]
    assert all("@" not in t["test"] for c in claims.values() for t in c["tests"]), "xdist group suffixes left in ids"


def test_interrupted_run_keeps_the_last_complete_report(nested_pytest, pytester, tmp_path):
    pytester.makepyfile(
        test_suite="""
import pytest


@pytest.mark.claim("D.timeseries-windows")
def test_stops():
    raise KeyboardInterrupt
"""
    )
    out = tmp_path / "report.json"
    earlier = '{"schema": "lstm-behaviour/claims-report/3", "complete": "earlier run"}'
    out.write_text(earlier, encoding="utf-8")
    handler = signal.getsignal(signal.SIGINT)  # the nested run installs the plugin's second-Ctrl-C handler
    try:
        result = nested_pytest(f"--claims-report={out}", no_reraise_ctrlc=True)
    finally:
        signal.signal(signal.SIGINT, handler)
    assert result.ret == 2  # interrupted
    assert out.read_text(encoding="utf-8") == earlier, "an interrupted run wrote the report"
    result.stdout.fnmatch_lines(["*claims report: not written (the run did not finish)*"])


def test_unwritable_report_path_is_refused_before_the_run(nested_pytest, pytester, tmp_path):
    pytester.makepyfile(test_suite="def test_x():\n    pass\n")
    blocker = tmp_path / "afile"
    blocker.write_text("x", encoding="utf-8")
    result = nested_pytest(f"--claims-report={blocker}/out.json")
    assert result.ret == 4  # usage error: nothing ran
    result.stderr.fnmatch_lines(["*--claims-report: *afile/out.json lies under *afile, which is a file*"])


def test_a_results_error_lists_its_problems_and_an_output_may_not_be_an_input(tmp_path):
    from lstm_behaviour.reports.claims_report import ResultsError, check_output_path

    error = ResultsError("r.json", ["first", "second"])
    assert str(error) == "r.json: first; second" and error.problems == ["first", "second"]
    report = tmp_path / "r.json"
    report.write_text("{}", encoding="utf-8")
    assert check_output_path(tmp_path / "out.json", [report]) == tmp_path / "out.json"
    with pytest.raises(ValueError, match="is also an input of this command"):
        check_output_path(report, [report])


def test_a_setup_error_report_keeps_the_last_six_lines_of_the_error():
    from lstm_behaviour.reports.claims_report import SCHEMA, setup_error_report

    message = "\n".join(f"line {i}" for i in range(10)) + "\n\n"
    report = setup_error_report("tf-2.13", "install", message)
    assert report == {
        "schema": SCHEMA,
        "setup_error": {
            "setup": "tf-2.13",
            "stage": "install",
            "message": "\n".join(f"line {i}" for i in range(4, 10)),
        },
    }
    assert setup_error_report("s", "import", "  \n")["setup_error"]["message"] == "(no message)"
    assert len(setup_error_report("s", "import", "x" * 3000)["setup_error"]["message"]) == 2000
