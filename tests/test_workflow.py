"""The GitHub Actions workflows pass actionlint and zizmor (the security linter: no finding at
medium or above); the workflows, nox, .ci/run and the README read one list of setups (setups.toml)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tools.setup_matrix import load, main

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


def _released() -> list[str]:
    return [s.id for s in load().values() if not s.nightly]


def test_calibration_workflow_offers_every_setup():
    """Every released setup; a candidate patch is no release, and its thresholds are the released ones'."""
    text = (WORKFLOWS / "calibrate.yml").read_text(encoding="utf-8")
    options = re.search(r"^\s+options: \[(.*)\]$", text, re.M)
    assert options and re.findall(r'"([^"]+)"', options.group(1)) == [s for s in _released() if not load()[s].patch]


def test_claims_workflow_reads_its_matrix_from_setups_toml(capsys):
    text = WORKFLOW.read_text(encoding="utf-8")
    assert 'run: python -m tools.setup_matrix github-output >> "$GITHUB_OUTPUT"' in text
    matrices = re.findall(r"^\s+setup: (.*)$", text, re.M)
    assert matrices == [f"${{{{ fromJSON(needs.setups.outputs.{k}) }}}}" for k in ("claims", "canary", "long")]
    assert main(["github-output"]) == 0
    out = dict(line.split("=", 1) for line in capsys.readouterr().out.splitlines())
    assert json.loads(out["claims"]) == _released()
    assert json.loads(out["canary"]) == [s.id for s in load().values() if s.nightly] != []
    assert json.loads(out["long"]) == [s.id for s in load().values() if s.long] != []


def test_ci_legs_are_the_setups_with_ci_seeds():
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    legs = re.findall(r"^fresh (\S+)", run, re.M)
    assert legs == re.findall(r"^claims (\S+)$", run, re.M), ".ci/run: every leg writes its claims report"
    assert sorted(legs) == sorted(s.id for s in load().values() if s.ci)


@pytest.mark.parametrize(
    ("doc", "setup", "env"),
    [
        ("README.md", "tf-2.21", ""),
        ("docs/guide.md", "jax", "KERAS_BACKEND=jax "),
        ("docs/guide.md", "torch", "KERAS_BACKEND=torch "),
    ],
)
def test_documented_install_commands_are_the_setups(doc, setup, env):
    """The install command a reader copies is the one nox and .ci/run run for that setup."""
    install = " ".join(f'"{a}"' if "[" in a else a for a in load()[setup].install)
    assert f"pip install {install} && {env}pytest -n auto" in (ROOT / doc).read_text(encoding="utf-8")


def test_every_nightly_is_compared_with_a_released_setup_of_its_backend():
    setups = load()
    for s in setups.values():
        if s.nightly:
            release = setups[s.release]
            assert not release.nightly and release.env.get("KERAS_BACKEND") == s.env.get("KERAS_BACKEND"), s.id


def test_malformed_setups_are_refused(tmp_path):
    bad = tmp_path / "setups.toml"
    bad.write_text('[setup.x]\ninstal = ["a"]\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"\[setup.x\] needs install .* got instal"):
        load(bad)
    bad.write_text('[setups.x]\ninstall = ["a"]\n', encoding="utf-8")
    with pytest.raises(ValueError, match="expected tables setup and nightly, got setups"):
        load(bad)
    bad.write_text('[setup.x]\ninstall = ["a"]\n[nightly.x]\ninstall = ["a"]\nrelease = "x"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="'x' is listed twice"):
        load(bad)
    for nightly in ("", 'release = "y"\n'):
        bad.write_text(f'[setup.x]\ninstall = ["a"]\n[nightly.n]\ninstall = ["a"]\n{nightly}', encoding="utf-8")
        with pytest.raises(ValueError, match=r"\[nightly.n\] a nightly names the released setup"):
            load(bad)
    bad.write_text('[setup.x]\ninstall = ["a"]\nrelease = "x"\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"\[setup.x\] .* and only a nightly does; got 'x'"):
        load(bad)
    for long, kind in (('"yes"', "setup"), ("true", "nightly")):
        release = 'release = "x"\n' if kind == "nightly" else ""
        bad.write_text(
            f'[setup.x]\ninstall = ["a"]\n[{kind}.y]\ninstall = ["a"]\n{release}long = {long}\n', encoding="utf-8"
        )
        with pytest.raises(ValueError, match=rf"\[{kind}.y\] long must be true or false, on a released setup; got"):
            load(bad)
    with pytest.raises(SystemExit, match="setup must be one of"):
        main(["install", "nope"])


def test_a_patched_setup_names_a_patch_file_and_is_no_ci_leg(tmp_path):
    (tmp_path / "fix.patch").write_text("--- a/x\n+++ b/x\n", encoding="utf-8")
    bad = tmp_path / "setups.toml"
    for entry in ('patch = "missing.patch"', 'patch = "fix.patch"\nci = "auto"', "patch = 3"):
        bad.write_text(f'[setup.x]\ninstall = ["a"]\n{entry}\n', encoding="utf-8")
        with pytest.raises(ValueError, match=r"\[setup.x\] patch names a patch file of the checkout"):
            load(bad)
    bad.write_text('[setup.x]\ninstall = ["a"]\npatch = "fix.patch"\n', encoding="utf-8")
    assert load(bad)["x"].patch == "fix.patch"
    patched = [s for s in load().values() if s.patch]
    assert [s.id for s in patched] == ["jax-patched"] and all((ROOT / s.patch).is_file() for s in patched)
