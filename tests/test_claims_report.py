"""``pytest --claims-report``: a small suite run under xdist writes a valid, complete report."""

from __future__ import annotations

import json
from pathlib import Path

from lstm_behaviour.claims import CLAIMS
from lstm_behaviour.results import validate

ROOT_CONFTEST = Path(__file__).resolve().parent.parent / "conftest.py"

SUITE = '''
import pytest

from lstm_behaviour.claims import claim


@pytest.mark.claim("D.timeseries-windows")
def test_holds():
    pass


@pytest.mark.claim("S.gate-equations")
def test_fails():
    assert False, "on purpose"


@pytest.mark.claim("S.state-read-write")
@pytest.mark.xfail(reason="a known failure", strict=True)
def test_known_failure():
    assert False


@pytest.mark.claim("E1.stateless-order-free")
def test_measured(seed, record_claim):
    c = claim("E1.stateless-order-free")
    record_claim(c, {key: {"in_order": 0.8, "reverse": 0.8 - seed / 25, "loop": 0.1} for key in c.rows}, seed)
'''


def test_claims_report_under_xdist(pytester, tmp_path):
    pytester.makeconftest(f'''
import importlib.util

_spec = importlib.util.spec_from_file_location("lstm_behaviour_root_conftest", {str(ROOT_CONFTEST)!r})
_root = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_root)
# the project's hooks and fixtures (not its autouse Keras session, which would load TensorFlow)
globals().update({{name: value for name, value in vars(_root).items() if not name.startswith("_")}})
''')
    pytester.makepyfile(test_suite=SUITE)
    out = tmp_path / "nested" / "report.json"
    result = pytester.runpytest_inprocess("-n", "2", "--seeds", "0-1", f"--claims-report={out}", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=3, failed=1, xfailed=1)
    result.stdout.fnmatch_lines([f"claims report: {out}"])
    report = json.loads(out.read_text(encoding="utf-8"))
    assert validate(report) == []
    claims = report["claims"]
    assert {i: claims[i]["status"] for i in ("D.timeseries-windows", "S.gate-equations", "S.state-read-write",
                                             "E1.stateless-order-free")} == {
        "D.timeseries-windows": "holds", "S.gate-equations": "fails", "S.state-read-write": "xfail",
        "E1.stateless-order-free": "holds"}
    assert sum(c["status"] == "not run" for c in claims.values()) == len(CLAIMS) - 4
    measured = claims["E1.stateless-order-free"]
    assert measured["seeds"] == [0, 1]
    assert [m["seed"] for m in measured["measured"]] == [0, 1]
    gaps = [m["bounds"][0]["measured"] for m in measured["measured"]]
    assert gaps == [0.0, 0.04]
    assert report["environment"]["seeds"] == [0, 1] and report["environment"]["tensorflow"]
