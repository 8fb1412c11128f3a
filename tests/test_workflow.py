"""The GitHub Actions workflows pass actionlint and zizmor (the security linter: no finding at
medium or above), and run the same matrix as nox."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from nox_matrix import nox_setups

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
WORKFLOW = WORKFLOWS / "claims.yml"


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    assert found, f"{name} not found: install the test extra (pip install -e '.[test]')"
    return found


def test_workflows_pass_actionlint():
    files = sorted(map(str, WORKFLOWS.glob("*.yml")))
    assert len(files) >= 2, "the claims and calibration workflows"
    result = subprocess.run([_tool("actionlint"), "-no-color", *files], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, f"actionlint:\n{result.stdout}{result.stderr}"


def test_workflows_pass_zizmor_at_medium_and_above():
    """Actions pinned by hash, no token left on disk, no template injection, least permissions."""
    result = subprocess.run(
        [_tool("zizmor"), "--offline", "--no-progress", "--min-severity", "medium", str(WORKFLOWS)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, f"zizmor:\n{result.stdout}{result.stderr}"


def test_calibration_workflow_offers_every_nox_setup():
    text = (WORKFLOWS / "calibrate.yml").read_text(encoding="utf-8")
    options = re.search(r"^\s+options: \[(.*)\]$", text, re.M)
    assert options and re.findall(r'"([^"]+)"', options.group(1)) == nox_setups()


def test_workflow_matrix_is_the_nox_matrix():
    workflow = re.search(r"^\s+setup: \[(.*)\]$", WORKFLOW.read_text(encoding="utf-8"), re.M)
    assert workflow, "claims.yml must list the setups as setup: [...]"
    in_nox = nox_setups()
    in_workflow = re.findall(r'"([^"]+)"', workflow.group(1))
    assert in_workflow == in_nox, f"workflow matrix {in_workflow} != noxfile.py {in_nox}"
