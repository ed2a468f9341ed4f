"""Nightly CSV export of forge gas consumption per bay for the accountant."""
from __future__ import annotations

import csv
import os
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable


@dataclass(frozen=True)
class BayUsage:
    bay: str
    day: date
    cubic_metres: float
    kwh: float

    @classmethod
    def from_meter(cls, bay: str, day: date, m3: float, calorific_value: float = 39.5) -> "BayUsage":
        kwh = m3 * 1.02264 * calorific_value / 3.6
        return cls(bay=bay, day=day, cubic_metres=round(m3, 3), kwh=round(kwh, 2))


class UsageExporter:
    HEADER = ("bay", "date", "cubic_metres", "kwh")

    def __init__(self, export_dir: Path) -> None:
        self.export_dir = export_dir
        self.export_dir.mkdir(parents=True, exist_ok=True)

    def _staging_file(self):
        return tempfile.NamedTemporaryFile(
            mode="w", newline="", suffix=".csv.part", dir=self.export_dir, delete=False
        )

    def write(self, rows: Iterable[BayUsage], day: date) -> Path:
        final = self.export_dir / f"gas_usage_{day.isoformat()}.csv"
        with self._staging_file() as handle:
            writer = csv.writer(handle)
            writer.writerow(self.HEADER)
            for row in rows:
                writer.writerow((row.bay, row.day.isoformat(), row.cubic_metres, row.kwh))
            staging = handle.name
        os.replace(staging, final)
        return final


def export_yesterday(readings: dict[str, float], day: date, export_dir: str) -> Path:
    rows = [BayUsage.from_meter(bay, day, m3) for bay, m3 in sorted(readings.items())]
    return UsageExporter(Path(export_dir)).write(rows, day)
