"""Running a task's hidden checks (and its visible tests) against a worktree."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tasks.model import Task


@dataclass(frozen=True)
class CheckRun:
    passed: bool
    summary: str  # pytest's closing line, or why it did not run
    output: str


def _pytest(target: Path, cwd: Path, timeout: float) -> CheckRun:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": str(cwd)}
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly", str(target)]
    try:
        proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return CheckRun(False, f"timed out after {timeout:.0f}s", "")
    lines = [l for l in proc.stdout.strip().splitlines() if l.strip()]
    return CheckRun(proc.returncode == 0, lines[-1] if lines else f"exit {proc.returncode}", proc.stdout[-4000:] + proc.stderr[-2000:])


def run_hidden_checks(task: Task, worktree: Path, timeout: float = 180) -> CheckRun:
    """The task's checks/ copied beside (not into) the worktree and run with the worktree as cwd.
    These execute model-written code: call only on trusted code or inside a sandbox."""
    with tempfile.TemporaryDirectory(prefix="suite-checks-") as tmp:
        checks = Path(tmp) / "checks"
        shutil.copytree(task.checks_dir, checks, ignore=shutil.ignore_patterns("__pycache__"))
        (checks / "pytest.ini").write_text("[pytest]\n")  # root here: the suite's own pytest settings stay out
        return _pytest(checks, worktree, timeout)


def run_visible_tests(worktree: Path, timeout: float = 180) -> CheckRun:
    if not (worktree / "tests").is_dir():
        return CheckRun(True, "no tests/ directory", "")
    return _pytest(worktree / "tests", worktree, timeout)
