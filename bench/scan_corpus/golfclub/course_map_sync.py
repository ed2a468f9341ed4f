"""Pushes updated course map tiles to the buggy GPS base station on the maintenance network."""
from __future__ import annotations

import logging
import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass
class SyncTarget:
    host: str = field(default_factory=lambda: os.environ["BASE_STATION_HOST"])
    user: str = field(default_factory=lambda: os.environ.get("BASE_STATION_USER", "mapsync"))
    remote_dir: str = "/opt/gps/maps"
    ssh_key: Path = field(default_factory=lambda: Path(os.environ["BASE_STATION_SSH_KEY"]))


class MapSync:
    def __init__(self, target: SyncTarget | None = None, rsync: str = "rsync") -> None:
        self._target = target or SyncTarget()
        self._rsync = rsync

    def _argv(self, local_dir: Path, course_code: str) -> list[str]:
        t = self._target
        return [
            self._rsync,
            "-az",
            "--delete",
            "-e",
            f"ssh -i {t.ssh_key} -o BatchMode=yes",
            "--",
            f"{local_dir}/",
            f"{t.user}@{t.host}:{t.remote_dir}/{course_code}/",
        ]

    def push(self, local_dir: Path, course_code: str) -> None:
        if not course_code.isalnum():
            raise ValueError("course code must be alphanumeric")
        completed = subprocess.run(self._argv(local_dir, course_code), capture_output=True, text=True, timeout=600)
        if completed.returncode != 0:
            log.error("Map sync for %s failed: %s", course_code, completed.stderr.strip())
            raise RuntimeError(f"rsync exited with {completed.returncode}")
        log.info("Map tiles for %s pushed to %s", course_code, self._target.host)
