"""The GitHub Actions workflow passes actionlint and runs the same TensorFlow matrix as nox."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from nox_matrix import nox_setups

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "claims.yml"


def _actionlint() -> str:
    beside = Path(sys.executable).with_name("actionlint")
    found = str(beside) if beside.exists() else shutil.which("actionlint")
    assert found, "actionlint not found: install the test extra (pip install -e '.[test]')"
    return found


def test_workflow_passes_actionlint():
    result = subprocess.run([_actionlint(), "-no-color", str(WORKFLOW)], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, f"actionlint:\n{result.stdout}{result.stderr}"


def test_workflow_matrix_is_the_nox_matrix():
    workflow = re.search(r"^\s+setup: \[(.*)\]$", WORKFLOW.read_text(encoding="utf-8"), re.M)
    assert workflow, "claims.yml must list the setups as setup: [...]"
    in_nox = nox_setups()
    in_workflow = re.findall(r'"([^"]+)"', workflow.group(1))
    assert in_workflow == in_nox, f"workflow matrix {in_workflow} != noxfile.py {in_nox}"
