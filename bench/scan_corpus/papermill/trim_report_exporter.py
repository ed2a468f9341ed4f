"""Exports daily trim-loss reports for the winder to the planning team's share."""
from __future__ import annotations

import csv
import os
import stat
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable


@dataclass
class TrimRecord:
    set_number: int
    deckle_mm: int
    used_mm: int

    @property
    def trim_pct(self) -> float:
        return round(100.0 * (self.deckle_mm - self.used_mm) / self.deckle_mm, 2)


class ExportPermissions:
    FILE_MODE = stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP
    DIR_MODE = 0o750


class TrimReportExporter:
    HEADER = ("set_number", "deckle_mm", "used_mm", "trim_pct")

    def __init__(self, export_root: Path, perms: type[ExportPermissions] = ExportPermissions) -> None:
        self.export_root = export_root
        self.perms = perms

    def _day_dir(self, day: date) -> Path:
        folder = self.export_root / day.strftime("%Y") / day.strftime("%m")
        folder.mkdir(parents=True, exist_ok=True)
        os.chmod(folder, self.perms.DIR_MODE)
        return folder

    def export(self, machine: str, day: date, records: Iterable[TrimRecord]) -> Path:
        target = self._day_dir(day) / f"trim_{machine}_{day.isoformat()}.csv"
        with target.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(self.HEADER)
            for r in records:
                writer.writerow((r.set_number, r.deckle_mm, r.used_mm, r.trim_pct))
        os.chmod(target, self.perms.FILE_MODE)
        return target
