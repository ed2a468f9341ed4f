"""Runs the photogrammetry tool on specimen scans and reports job status.

For reproduction work (fish replicas, skull casts) the studio photographs a
specimen from many angles and builds a mesh with a command-line tool.  The
tool reads its licence and GPU settings from the environment, so it is
started with the worker's environment plus a thread limit.
"""
from __future__ import annotations

import logging
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

import requests

log = logging.getLogger(__name__)


@dataclass
class ScanJob:
    job_id: str
    specimen_tag: str
    image_dir: Path
    output_dir: Path


class ScanProcessingRunner:
    def __init__(self, tool_path: str, status_url: str, status_token: str, threads: int = 8) -> None:
        self._tool = tool_path
        self._status_url = status_url.rstrip("/")
        self._status_token = status_token
        self._threads = threads

    def _child_env(self) -> dict[str, str]:
        return {**os.environ, "OMP_NUM_THREADS": str(self._threads)}

    def _report(self, job: ScanJob, state: str, detail: str = "") -> None:
        requests.post(
            f"{self._status_url}/scan-jobs/{job.job_id}/status",
            json={"specimen": job.specimen_tag, "state": state, "detail": detail[-2000:]},
            headers={"Authorization": f"Bearer {self._status_token}"},
            timeout=10,
        ).raise_for_status()

    def run(self, job: ScanJob) -> bool:
        job.output_dir.mkdir(parents=True, exist_ok=True)
        self._report(job, "running")
        proc = subprocess.run(
            [self._tool, "reconstruct", "--images", str(job.image_dir), "--out", str(job.output_dir)],
            env=self._child_env(),
            capture_output=True,
            text=True,
            timeout=6 * 3600,
        )
        if proc.returncode != 0:
            log.error("reconstruction for %s failed with exit code %d", job.specimen_tag, proc.returncode)
            self._report(job, "failed", proc.stderr)
            return False
        mesh = job.output_dir / "mesh.obj"
        self._report(job, "done", f"mesh size {mesh.stat().st_size if mesh.exists() else 0} bytes")
        log.info("reconstruction for %s finished", job.specimen_tag)
        return True
