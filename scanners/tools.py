"""Locating and running the external scanner programs."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path


class ScannerFailure(Exception):
    """A scanner could not give a verdict; the samples it covered are unscanned, never "secure"."""


def tool_path(name: str) -> str:
    """The program to run: $SUITE_<NAME> if set, else the one installed beside this Python, else PATH."""
    override = os.environ.get(f"SUITE_{name.upper()}")
    if override:
        return override
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    return shutil.which(name) or name


def cpu_count() -> int:
    """CPUs this process may use (a container's share, not the host's)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def read_lines(path: Path, start: int, end: int) -> str:
    try:
        lines = path.read_text(encoding="utf-8", errors="surrogateescape").splitlines()
    except OSError:
        return ""
    return "\n".join(lines[max(0, start - 1) : max(start, end)])


def run_tool(cmd: list[str], cwd: Path, timeout: float, env: dict[str, str] | None = None,
             preload: str | None = None) -> subprocess.CompletedProcess:
    """Run a scanner in its own process group; on timeout the whole group (semgrep's workers
    included) is killed, so nothing keeps running after the verdict "unscanned". `env` adds
    defaults that the caller's environment overrides; `preload` is a shared library loaded into
    the scanner before any the caller's LD_PRELOAD names."""
    full = {**(env or {}), **os.environ, "SEMGREP_ENABLE_VERSION_CHECK": "0", "SEMGREP_SEND_METRICS": "off"}
    if preload:
        full["LD_PRELOAD"] = " ".join(filter(None, [preload, os.environ.get("LD_PRELOAD")]))
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, env=full)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.communicate()
        raise
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err)
