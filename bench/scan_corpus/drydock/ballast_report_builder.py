"""Builds the end-of-docking ballast report (CSV + chart) for the vessel's chief officer."""
from __future__ import annotations

import csv
import os
import subprocess
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator


@dataclass
class TankSnapshot:
    tank: str
    sounding_m: float
    volume_m3: float
    taken_at: str


class BallastReportBuilder:
    work_prefix = "ballast-report-"

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir

    @contextmanager
    def _scratch_csv(self) -> Iterator[Path]:
        fd, name = tempfile.mkstemp(prefix=self.work_prefix, suffix=".csv")
        try:
            os.close(fd)
            yield Path(name)
        finally:
            Path(name).unlink(missing_ok=True)

    def _write_rows(self, path: Path, snapshots: list[TankSnapshot]) -> None:
        with path.open("w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["tank", "sounding_m", "volume_m3", "taken_at"])
            for s in snapshots:
                writer.writerow([s.tank, f"{s.sounding_m:.3f}", f"{s.volume_m3:.1f}", s.taken_at])

    def build(self, imo: str, snapshots: list[TankSnapshot]) -> Path:
        if not (imo.isdigit() and len(imo) == 7):
            raise ValueError(f"invalid IMO number: {imo!r}")
        chart = self.out_dir / f"{imo}-ballast.png"
        with self._scratch_csv() as csv_path:
            self._write_rows(csv_path, snapshots)
            subprocess.run(
                ["gnuplot", "-e", f"infile='{csv_path}'; outfile='{chart}'", "/opt/drydock/ballast.gp"],
                check=True,
                timeout=60,
            )
        return chart
