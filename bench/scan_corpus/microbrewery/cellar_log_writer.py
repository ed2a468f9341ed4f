"""Writes daily cellar temperature and cask-conditioning logs for the environmental health file."""
from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Iterable

LOG_ROOT = Path(os.environ.get("CELLAR_LOG_ROOT", "/var/log/brewery/cellar"))
DIR_MODE = 0o750
FILE_MODE = 0o640
FIELDS = ["timestamp", "cellar", "temp_c", "humidity_pct", "cask_id", "note"]


@dataclass
class CellarReading:
    timestamp: datetime
    cellar: str
    temp_c: float
    humidity_pct: float
    cask_id: str = ""
    note: str = ""

    def as_row(self) -> dict[str, str]:
        return {
            "timestamp": self.timestamp.isoformat(timespec="seconds"),
            "cellar": self.cellar,
            "temp_c": f"{self.temp_c:.1f}",
            "humidity_pct": f"{self.humidity_pct:.0f}",
            "cask_id": self.cask_id,
            "note": self.note,
        }


class CellarLogWriter:
    def __init__(self, root: Path = LOG_ROOT) -> None:
        self.root = root

    def _day_file(self, day: date) -> Path:
        folder = self.root / f"{day:%Y}" / f"{day:%m}"
        os.makedirs(folder, mode=DIR_MODE, exist_ok=True)
        return folder / f"cellar-{day.isoformat()}.csv"

    def append(self, readings: Iterable[CellarReading]) -> int:
        count = 0
        by_day: dict[date, list[CellarReading]] = {}
        for r in readings:
            by_day.setdefault(r.timestamp.date(), []).append(r)
        for day, rows in by_day.items():
            path = self._day_file(day)
            new_file = not path.exists()
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
            with os.fdopen(fd, "a", newline="") as fh:
                writer = csv.DictWriter(fh, fieldnames=FIELDS)
                if new_file:
                    writer.writeheader()
                for r in rows:
                    writer.writerow(r.as_row())
                    count += 1
        return count

    def out_of_range(self, day: date, low: float = 10.0, high: float = 14.0) -> list[dict]:
        path = self._day_file(day)
        if not path.exists():
            return []
        with path.open(newline="") as fh:
            return [row for row in csv.DictReader(fh) if not low <= float(row["temp_c"]) <= high]
