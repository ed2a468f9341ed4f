"""Writes the nightly sales CSV picked up by the accounting SFTP job."""
from __future__ import annotations

import csv
import os
import stat
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable


@dataclass(frozen=True)
class ExportSettings:
    export_dir: Path = Path("/srv/exports/sales")
    file_mode: int = stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP
    dir_mode: int = 0o750


@dataclass
class SaleRow:
    parlour_id: str
    category: str
    units: int
    gross_pence: int


class SalesExporter:
    header = ("parlour_id", "category", "units", "gross_pence")

    def __init__(self, settings: ExportSettings = ExportSettings()) -> None:
        self.settings = settings

    def _prepare_dir(self) -> Path:
        self.settings.export_dir.mkdir(parents=True, exist_ok=True)
        os.chmod(self.settings.export_dir, self.settings.dir_mode)
        return self.settings.export_dir

    def write(self, day: date, rows: Iterable[SaleRow]) -> Path:
        target = self._prepare_dir() / f"sales-{day:%Y%m%d}.csv"
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, self.settings.file_mode)
        with os.fdopen(fd, "w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(self.header)
            for r in rows:
                writer.writerow((r.parlour_id, r.category, r.units, r.gross_pence))
        os.chmod(target, self.settings.file_mode)
        return target
