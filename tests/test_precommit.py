"""The real pre-commit framework runs this repository's hooks on vague and on SMART documents.

``pre-commit try-repo`` installs the hook repository from its *committed* state into a fresh
virtualenv, so the working tree (with whatever is not committed yet) is copied into a temporary
git repository and committed there first. pip installs smartgoal and its dependencies into the
hook's environment with the machine's own pip configuration (package registry and any local
wheel folders). That is a full install — tens of seconds to minutes — and it is not skipped: if
pre-commit or pip cannot do their job, the test fails and says why.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 1200

VAGUE = """# Kwartaalplan

## Doelen

- Nieuwe leads verkrijgen
- Verkrijg 40 nieuwe leads uit online kanalen tegen 31 maart 2099
"""
SMART = """# Plan

## Goals

- Get 30 leads from LinkedIn by March 31, 2099
- Verkrijg 40 nieuwe leads uit online kanalen tegen 31 maart 2099
"""


def _git(*args: str, cwd: Path) -> None:
    subprocess.run(
        [
            "git",
            "-c",
            "user.name=smartgoal-test",
            "-c",
            "user.email=test@example.invalid",
            "-c",
            "commit.gpgsign=false",
            "-c",
            "init.defaultBranch=main",
            *args,
        ],
        cwd=cwd,
        check=True,
        capture_output=True,
        timeout=120,
    )


def _snapshot(dest: Path) -> Path:
    """The working tree as a fresh repository with one commit."""
    listed = (
        subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
            cwd=ROOT,
            check=True,
            capture_output=True,
            timeout=60,
        )
        .stdout.decode()
        .split("\0")
    )
    for rel in filter(None, listed):
        src = ROOT / rel
        if not src.is_file():
            continue  # deleted but still in the index
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, target)
    _git("init", "-q", cwd=dest)
    _git("add", "-A", cwd=dest)
    _git("commit", "-q", "-m", "snapshot", cwd=dest)
    return dest


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PRE_COMMIT", "GIT_"))}
    env["PRE_COMMIT_HOME"] = str(home / "cache")
    env["PRE_COMMIT_COLOR"] = "never"
    return env


def _pre_commit(*args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).parent / "pre-commit"
    cmd = [str(exe) if exe.exists() else "pre-commit", *args]
    try:
        return subprocess.run(
            cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT
        )
    except subprocess.TimeoutExpired as exc:  # pragma: no cover - a failure, said loudly
        pytest.fail(f"pre-commit {' '.join(args)} took over {TIMEOUT} s: {exc.stdout}{exc.stderr}")


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, str]]:
    base = tmp_path_factory.mktemp("precommit")
    hooks = _snapshot(base / "smartgoal")
    project = base / "project"
    project.mkdir()
    _git("init", "-q", cwd=project)
    (project / "vague.md").write_text(VAGUE, encoding="utf-8")
    (project / "smart.md").write_text(SMART, encoding="utf-8")
    (project / "goals.txt").write_text("Doelen:\nMeer klanten\n", encoding="utf-8")
    _git("add", "-A", cwd=project)
    return hooks, project, _env(base)


def test_hooks_fail_on_vague_goals_and_the_fix_hook_rewrites_them(
    setup: tuple[Path, Path, dict[str, str]],
) -> None:
    hooks, project, env = setup
    before = (project / "vague.md").read_text(encoding="utf-8")
    # no hook id: every hook of the manifest runs, sorted by id ('smartgoal' first, on the
    # original file; then 'smartgoal-fix'), in one installed environment
    run = _pre_commit(
        "try-repo", str(hooks), "--files", "vague.md", "goals.txt", cwd=project, env=env
    )
    log = run.stdout + run.stderr
    assert run.returncode == 1, log
    assert "vague.md:5:3: SG101" in log and "goals.txt:2:1: SG105" in log, log
    assert "vague.md:6" not in log, log  # the SMART goal is not reported
    assert "files were modified by this hook" in log, log
    after = (project / "vague.md").read_text(encoding="utf-8")
    assert after == before.replace(
        "- Nieuwe leads verkrijgen", "- Verkrijg [aantal] nieuwe leads uit [kanaal] tegen [datum]"
    )
    assert "SG106" in log  # the placeholders the fix wrote are reported until filled in


def test_hook_passes_on_smart_goals(setup: tuple[Path, Path, dict[str, str]]) -> None:
    hooks, project, env = setup
    run = _pre_commit(
        "try-repo", str(hooks), "smartgoal", "--files", "smart.md", cwd=project, env=env
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Passed" in run.stdout
