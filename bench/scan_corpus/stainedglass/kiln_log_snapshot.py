"""Takes a consistent snapshot of the kiln log database for the nightly backup."""
from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from datetime import date
from pathlib import Path

import boto3

LOG_DB = Path("/srv/studio/data/kiln_logs.db")


class SnapshotSettings:
    bucket = os.environ.get("BACKUP_BUCKET", "studio-backups")
    prefix = "kiln-logs"
    scratch_dir = os.environ.get("SNAPSHOT_SCRATCH")


class KilnLogSnapshot:
    def __init__(self, settings: type[SnapshotSettings] = SnapshotSettings) -> None:
        self.settings = settings
        self.s3 = boto3.client("s3")

    def _scratch_file(self) -> str:
        fd, path = tempfile.mkstemp(prefix="kilnlog-", suffix=".db", dir=self.settings.scratch_dir)
        os.close(fd)
        return path

    def _copy_database(self, target: str) -> None:
        src = sqlite3.connect(LOG_DB)
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()

    def _compress(self, path: str) -> str:
        return shutil.make_archive(path, "gztar", root_dir=os.path.dirname(path), base_dir=os.path.basename(path))

    def run(self) -> str:
        snapshot = self._scratch_file()
        archive = None
        try:
            self._copy_database(snapshot)
            archive = self._compress(snapshot)
            key = f"{self.settings.prefix}/{date.today():%Y/%m/%d}/kiln_logs.tar.gz"
            self.s3.upload_file(archive, self.settings.bucket, key)
            return key
        finally:
            os.unlink(snapshot)
            if archive and os.path.exists(archive):
                os.unlink(archive)


if __name__ == "__main__":
    print(KilnLogSnapshot().run())
