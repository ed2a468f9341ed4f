"""Writes the nightly drying-yard moisture report that the yard foreman prints at 6am."""

from __future__ import annotations

import csv
import os
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable


@dataclass
class MoistureRow:
    stack_id: str
    probe: str
    moisture_pct: float
    ambient_rh: float


class ReportPublisher:
    """Builds the CSV beside its destination and swaps it in atomically."""

    columns = ("stack_id", "probe", "moisture_pct", "ambient_rh")
    file_mode = 0o640

    def __init__(self, report_dir: Path) -> None:
        self.report_dir = report_dir

    def _destination(self, day: date) -> Path:
        return self.report_dir / f"moisture_{day:%Y%m%d}.csv"

    def _scratch(self):
        return tempfile.NamedTemporaryFile(
            mode="w",
            newline="",
            encoding="utf-8",
            dir=self.report_dir,
            prefix=".moisture-",
            suffix=".tmp",
            delete=False,
        )

    def publish(self, day: date, rows: Iterable[MoistureRow]) -> Path:
        self.report_dir.mkdir(parents=True, exist_ok=True)
        target = self._destination(day)
        with self._scratch() as fh:
            writer = csv.writer(fh)
            writer.writerow(self.columns)
            for row in rows:
                writer.writerow([row.stack_id, row.probe, f"{row.moisture_pct:.1f}", f"{row.ambient_rh:.0f}"])
            scratch_path = Path(fh.name)
        os.chmod(scratch_path, self.file_mode)
        os.replace(scratch_path, target)
        return target


def nightly(report_dir: str, readings: Iterable[dict]) -> Path:
    rows = (MoistureRow(r["stack"], r["probe"], float(r["mc"]), float(r["rh"])) for r in readings)
    return ReportPublisher(Path(report_dir)).publish(date.today(), rows)
