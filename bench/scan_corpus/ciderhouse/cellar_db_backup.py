"""Nightly dump of the cellar records database (tanks, blends, duty ledger) to object storage."""
from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import boto3

_DB_NAME = re.compile(r"^[a-z][a-z0-9_]{0,62}$")


@dataclass
class BackupJob:
    database: str
    work_dir: Path
    bucket: str = field(default_factory=lambda: os.environ["CELLAR_BACKUP_BUCKET"])
    pg_dump: str = "/usr/bin/pg_dump"

    def __post_init__(self) -> None:
        if not _DB_NAME.match(self.database):
            raise ValueError(f"unexpected database name {self.database!r}")

    @property
    def dump_path(self) -> Path:
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        return self.work_dir / f"{self.database}-{stamp}.dump"


class BackupRunner:
    def __init__(self, s3=None) -> None:
        self._s3 = s3 or boto3.client("s3")

    @staticmethod
    def _argv(job: BackupJob, target: Path) -> list[str]:
        return [job.pg_dump, "--format=custom", "--no-owner", f"--file={target}", job.database]

    def run(self, job: BackupJob) -> str:
        target = job.dump_path
        env = {**os.environ, "PGAPPNAME": "cellar-backup"}
        subprocess.run(self._argv(job, target), check=True, env=env, timeout=3600)
        key = f"cellar/{job.database}/{target.name}"
        self._s3.upload_file(str(target), job.bucket, key)
        target.unlink()
        return key
