"""Export of sensor readings to the health authority's upload portal.

A monthly CSV of chlorine and pH readings per pool is staged in a temporary
file, then uploaded with the authority's client library.
"""
from __future__ import annotations

import csv
import os
import tempfile
from dataclasses import dataclass
from datetime import date
from typing import Iterable


@dataclass
class Reading:
    pool_id: str
    taken_on: date
    free_chlorine: float
    ph: float


class StagingArea:
    prefix = "aquapark-export-"
    suffix = ".csv"

    def __init__(self, directory: str | None = None) -> None:
        self.directory = directory

    def new_file(self) -> tuple[int, str]:
        return tempfile.mkstemp(prefix=self.prefix, suffix=self.suffix, dir=self.directory)


class MonthlyExport:
    def __init__(self, staging: StagingArea | None = None) -> None:
        self.staging = staging or StagingArea()

    def write(self, readings: Iterable[Reading]) -> str:
        fd, path = self.staging.new_file()
        with os.fdopen(fd, "w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["pool_id", "date", "free_chlorine_mg_l", "ph"])
            for r in readings:
                writer.writerow([r.pool_id, r.taken_on.isoformat(), f"{r.free_chlorine:.2f}", f"{r.ph:.2f}"])
        return path

    def run(self, readings: Iterable[Reading], upload) -> None:
        path = self.write(readings)
        try:
            upload(path)
        finally:
            os.unlink(path)
