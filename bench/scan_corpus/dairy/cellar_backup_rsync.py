"""Nightly backup of cellar controller logs to the plant file server.

Each cheese-aging cellar controller keeps turning and climate logs on
local disk; they are mirrored with rsync over SSH every night.
"""
from __future__ import annotations

import logging
import re
import subprocess
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

log = logging.getLogger("cellar_backup")

CELLAR_HOST = re.compile(r"^cellar-[a-z0-9-]{2,30}$")


@dataclass
class BackupJob:
    cellar_host: str
    remote_dir: str = "/var/log/cellarctl/"
    dest_root: Path = Path("/srv/backups/cellars")
    extra_args: list[str] = field(default_factory=lambda: ["--archive", "--compress", "--delete-after"])

    def destination(self) -> Path:
        return self.dest_root / self.cellar_host / date.today().isoformat()

    def command(self) -> list[str]:
        if not CELLAR_HOST.fullmatch(self.cellar_host):
            raise ValueError(f"unexpected cellar host name: {self.cellar_host!r}")
        return [
            "rsync",
            *self.extra_args,
            "-e", "ssh -o BatchMode=yes",
            f"backup@{self.cellar_host}:{self.remote_dir}",
            str(self.destination()) + "/",
        ]


def run_backup(job: BackupJob, timeout_s: int = 900) -> bool:
    job.destination().mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(job.command(), capture_output=True, text=True, timeout=timeout_s, check=False)
    if proc.returncode != 0:
        log.error("backup of %s failed rc=%s: %s", job.cellar_host, proc.returncode, proc.stderr.strip())
        return False
    log.info("backup of %s complete", job.cellar_host)
    return True


def run_all(hosts: list[str]) -> dict[str, bool]:
    return {host: run_backup(BackupJob(host)) for host in hosts}


if __name__ == "__main__":
    import sys

    outcome = run_all(sys.argv[1:])
    sys.exit(0 if all(outcome.values()) else 1)
