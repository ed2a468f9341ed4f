"""Exports weighbridge calibration certificates and test-weight runs for the trading standards visit."""
from __future__ import annotations

import csv
import os
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path


@dataclass
class TestWeightRun:
    bridge: str
    run_date: date
    applied_kg: int
    indicated_kg: int

    @property
    def error_kg(self) -> int:
        return self.indicated_kg - self.applied_kg


class CalibrationExporter:
    header = ["bridge", "date", "applied_kg", "indicated_kg", "error_kg", "within_mpe"]

    def __init__(self, export_dir: Path, mpe_kg: int = 20) -> None:
        self.export_dir = export_dir
        self.mpe_kg = mpe_kg

    def _staging_file(self):
        return tempfile.NamedTemporaryFile(
            mode="w",
            newline="",
            suffix=".csv.part",
            dir=self.export_dir,
            delete=False,
        )

    def export(self, bridge: str, runs: list[TestWeightRun]) -> Path:
        self.export_dir.mkdir(parents=True, exist_ok=True)
        final = self.export_dir / f"calibration-{bridge}-{date.today():%Y%m%d}.csv"
        with self._staging_file() as tmp:
            writer = csv.writer(tmp)
            writer.writerow(self.header)
            for run in runs:
                writer.writerow(
                    [
                        run.bridge,
                        run.run_date.isoformat(),
                        run.applied_kg,
                        run.indicated_kg,
                        run.error_kg,
                        abs(run.error_kg) <= self.mpe_kg,
                    ]
                )
            tmp.flush()
            os.fsync(tmp.fileno())
        os.replace(tmp.name, final)
        return final
