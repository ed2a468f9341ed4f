"""Pulls heater controller logs from each cabin gateway into the central archive."""
from __future__ import annotations

import logging
import re
import subprocess
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import List, Sequence

log = logging.getLogger("heaters.archiver")

_HOST_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}(\.[a-z0-9][a-z0-9-]{0,62})*$")


@dataclass
class ArchiveTarget:
    gateway_host: str
    remote_dir: str = "/var/log/heaterd/"
    ssh_user: str = "archiver"

    def __post_init__(self) -> None:
        if not _HOST_RE.fullmatch(self.gateway_host):
            raise ValueError(f"invalid gateway host {self.gateway_host!r}")


@dataclass
class LogArchiver:
    archive_root: Path
    rsync_flags: Sequence[str] = field(default_factory=lambda: ("-az", "--partial", "--timeout=60"))

    def _argv(self, target: ArchiveTarget, dest: Path) -> List[str]:
        source = f"{target.ssh_user}@{target.gateway_host}:{target.remote_dir}"
        return ["rsync", *self.rsync_flags, "-e", "ssh -o BatchMode=yes", "--", source, str(dest)]

    def pull(self, target: ArchiveTarget, day: date) -> bool:
        dest = self.archive_root / target.gateway_host / day.isoformat()
        dest.mkdir(parents=True, exist_ok=True)
        proc = subprocess.run(self._argv(target, dest), capture_output=True, text=True, timeout=900)
        if proc.returncode != 0:
            log.error("rsync from %s failed: %s", target.gateway_host, proc.stderr.strip()[-500:])
            return False
        return True

    def pull_all(self, hosts: List[str], day: date | None = None) -> dict:
        day = day or date.today()
        return {h: self.pull(ArchiveTarget(h), day) for h in hosts}
