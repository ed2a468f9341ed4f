"""Launches local calibration workers for a scheduling block on the head node."""
from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class WorkerSpec:
    block_id: str
    measurement_set: Path
    threads: int = 8
    extra_env: dict[str, str] = field(default_factory=dict)


def _worker_environment(spec: WorkerSpec) -> dict[str, str]:
    env = os.environ.copy()
    env.update(spec.extra_env)
    env["OMP_NUM_THREADS"] = str(spec.threads)
    env["RT_BLOCK_ID"] = spec.block_id
    return env


def launch_worker(spec: WorkerSpec, log_dir: Path) -> subprocess.Popen:
    executable = shutil.which("rt-calibrate")
    if executable is None:
        raise FileNotFoundError("rt-calibrate not on PATH")
    log_dir.mkdir(parents=True, exist_ok=True)
    log_file = (log_dir / f"{spec.block_id}.log").open("ab")
    return subprocess.Popen(
        [executable, "--ms", str(spec.measurement_set), "--threads", str(spec.threads)],
        env=_worker_environment(spec),
        stdout=log_file,
        stderr=subprocess.STDOUT,
        cwd=spec.measurement_set.parent,
    )


def run_block(block_id: str, ms_paths: list[Path], log_dir: Path) -> list[int]:
    procs = [launch_worker(WorkerSpec(block_id, ms), log_dir) for ms in ms_paths]
    return [proc.wait() for proc in procs]
