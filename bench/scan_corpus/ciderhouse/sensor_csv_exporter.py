"""Exports daily fermentation sensor readings to CSV for the quality lab's shared folder."""
from __future__ import annotations

import csv
import os
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Iterable


@dataclass
class Reading:
    tank_code: str
    recorded_at: datetime
    temperature_c: float
    specific_gravity: float


class DailyExporter:
    header = ("tank", "recorded_at", "temperature_c", "specific_gravity")

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir

    def target_for(self, day: date) -> Path:
        return self.out_dir / f"fermentation_{day:%Y%m%d}.csv"

    @staticmethod
    def _rows(readings: Iterable[Reading]) -> Iterable[tuple]:
        for r in readings:
            yield (r.tank_code, r.recorded_at.isoformat(), f"{r.temperature_c:.2f}",
                   f"{r.specific_gravity:.4f}")

    def write(self, day: date, readings: Iterable[Reading]) -> Path:
        target = self.target_for(day)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", newline="", dir=self.out_dir, prefix=".export-", suffix=".csv", delete=False
        ) as tmp:
            writer = csv.writer(tmp)
            writer.writerow(self.header)
            writer.writerows(self._rows(readings))
            tmp.flush()
            os.fsync(tmp.fileno())
        try:
            os.replace(tmp.name, target)
        except OSError:
            os.unlink(tmp.name)
            raise
        return target
