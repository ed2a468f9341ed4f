"""Shared fixtures: run the real CLI in a subprocess, build replay files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Under pytest-xdist each worker (and every CLI process it starts) gets one compute thread: two
# workers each running torch with a thread per core would oversubscribe the cores several times over.
if os.environ.get("PYTEST_XDIST_WORKER"):
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")


def run_cli(*args: str, cwd: Path | None = None, timeout: float = 600, env: dict | None = None) -> subprocess.CompletedProcess:
    """`suite ARGS...` as a user runs it, in a fresh process."""
    full_env = {**os.environ, "COLUMNS": "200", "SEMGREP_ENABLE_VERSION_CHECK": "0", **(env or {})}
    return subprocess.run([sys.executable, "-m", "suite", *args], cwd=cwd or ROOT, capture_output=True, text=True,
                          timeout=timeout, env=full_env)


def write_replay(path: Path, rows: list[tuple[str, str]]) -> Path:
    path.write_text("".join(json.dumps({"task": t, "output": o}) + "\n" for t, o in rows))
    return path


@pytest.fixture
def cli():
    return run_cli
