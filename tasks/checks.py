"""Running a task's hidden checks (and its visible tests) against a worktree.

Hidden checks import and run the code in the worktree. For a model's edit that code is untrusted, so
by default it runs inside the sandbox (`suite.sandbox`); only trusted code (the reference solutions,
the starting repositories) may run unconfined, with `sandbox=False`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from suite.sandbox import Limits, require_sandbox, run_sandboxed, sandbox_available
from tasks.model import Task

_OUTPUT_CHARS = 6000


@dataclass(frozen=True)
class CheckRun:
    passed: bool
    summary: str  # pytest's closing line, or why it did not run
    output: str


# Plugins a task's tests never use, kept out because they load on every run: hypothesis's alone adds
# about 1.7 s of start-up to each pytest process, one per sample's hidden checks.
_UNUSED_PLUGINS = ("cacheprovider", "randomly", "hypothesispytest", "xdist", "xdist.looponfail")


def _pytest_argv(target: Path) -> list[str]:
    blocked = [arg for name in _UNUSED_PLUGINS for arg in ("-p", f"no:{name}")]
    return [sys.executable, "-m", "pytest", "-q", *blocked, str(target)]


def _closing_line(output: str, fallback: str) -> str:
    lines = [line for line in output.strip().splitlines() if line.strip()]
    return lines[-1] if lines else fallback


def _pytest(target: Path, cwd: Path, timeout: float) -> CheckRun:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": str(cwd)}
    try:
        proc = subprocess.run(_pytest_argv(target), cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return CheckRun(False, f"timed out after {timeout:.0f}s", "")
    return CheckRun(proc.returncode == 0, _closing_line(proc.stdout, f"exit {proc.returncode}"),
                    proc.stdout[-4000:] + proc.stderr[-2000:])


def _pytest_sandboxed(target: Path, cwd: Path, timeout: float) -> CheckRun:
    limits = Limits(wall_seconds=timeout, cpu_seconds=max(1, int(timeout)))
    readonly = () if target.is_relative_to(cwd) else (target,)  # checks outside the worktree are bound in
    result = run_sandboxed(_pytest_argv(target), cwd, limits, readonly=readonly, env={"PYTHONPATH": str(cwd)})
    if result.timed_out:
        return CheckRun(False, f"timed out after {timeout:.0f}s (sandbox)", result.output[-_OUTPUT_CHARS:])
    passed = result.returncode == 0
    summary = _closing_line(result.output, result.reason)
    if result.returncode is not None and result.returncode < 0:
        summary = f"{result.reason} (sandbox): {summary}"
    return CheckRun(passed, summary, result.output[-_OUTPUT_CHARS:])


def _confined(sandbox: bool, unsafe: bool) -> bool:
    """Whether to run in the sandbox; refuses untrusted code without one unless `unsafe` says otherwise."""
    if sandbox and not sandbox_available():
        require_sandbox(unsafe)  # raises SuiteError unless the caller accepted the risk
        return False
    return sandbox


def run_hidden_checks(task: Task, worktree: Path, timeout: float = 180, sandbox: bool = True,
                      unsafe: bool = False) -> CheckRun:
    """The task's checks/ copied beside (not into) the worktree and run with the worktree as cwd.

    With `sandbox` (the default) they run confined, and the worktree is handed to the sandbox: pass
    a copy. Without a working sandbox this raises SuiteError, unless `unsafe` accepts running them
    unconfined. `sandbox=False` is for trusted code only (reference solutions, starting repositories)."""
    confined = _confined(sandbox, unsafe)
    with tempfile.TemporaryDirectory(prefix="suite-checks-") as tmp:
        checks = Path(tmp) / "checks"
        shutil.copytree(task.checks_dir, checks, ignore=shutil.ignore_patterns("__pycache__"))
        (checks / "pytest.ini").write_text("[pytest]\n")  # root here: the suite's own pytest settings stay out
        return _pytest_sandboxed(checks, worktree, timeout) if confined else _pytest(checks, worktree, timeout)


def run_visible_tests(worktree: Path, timeout: float = 180, sandbox: bool = True, unsafe: bool = False) -> CheckRun:
    """The repository's own tests/ (an edit may have changed them too): confined like the hidden checks."""
    if not (worktree / "tests").is_dir():
        return CheckRun(True, "no tests/ directory", "")
    if _confined(sandbox, unsafe):
        return _pytest_sandboxed(worktree / "tests", worktree, timeout)
    return _pytest(worktree / "tests", worktree, timeout)
