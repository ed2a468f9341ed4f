"""Nightly export of customer measurement records to the office NAS."""
from __future__ import annotations

import gzip
import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path


@dataclass(frozen=True)
class BackupTarget:
    directory: Path = Path(os.environ.get("MEASUREMENT_BACKUP_DIR", "/mnt/nas/atelier/backups"))
    file_mode: int = 0o600
    dir_mode: int = 0o700
    keep_days: int = 35


class MeasurementBackup:
    def __init__(self, db_path: str, target: BackupTarget = BackupTarget()) -> None:
        self.db_path = db_path
        self.target = target

    def _rows(self) -> list[dict]:
        conn = sqlite3.connect(self.db_path)
        conn.row_factory = sqlite3.Row
        try:
            cur = conn.execute(
                "SELECT customer_id, taken_on, bust, waist, hips, hollow_to_hem, notes FROM measurements"
            )
            return [dict(r) for r in cur]
        finally:
            conn.close()

    def write(self, day: date | None = None) -> Path:
        day = day or date.today()
        self.target.directory.mkdir(parents=True, exist_ok=True)
        os.chmod(self.target.directory, self.target.dir_mode)
        path = self.target.directory / f"measurements-{day.isoformat()}.json.gz"
        with gzip.open(path, "wt", encoding="utf-8") as fh:
            json.dump(self._rows(), fh, default=str)
        os.chmod(path, self.target.file_mode)
        return path

    def prune(self) -> list[Path]:
        backups = sorted(self.target.directory.glob("measurements-*.json.gz"))
        removed = backups[: max(0, len(backups) - self.target.keep_days)]
        for path in removed:
            path.unlink()
        return removed


if __name__ == "__main__":
    job = MeasurementBackup(os.environ.get("ATELIER_DB", "atelier.db"))
    print(job.write())
    print(len(job.prune()), "old backups removed")
