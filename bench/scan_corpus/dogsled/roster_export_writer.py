"""Writes the musher roster CSV that the payroll sync job picks up."""
from __future__ import annotations

import csv
import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterator


@dataclass
class RosterLine:
    musher_id: str
    name: str
    day: date
    hours: float
    tours: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ExportPermissions:
    file_mode: int = 0o640
    dir_mode: int = 0o750
    umask: int = 0o027


@contextmanager
def restricted_umask(mask: int) -> Iterator[None]:
    previous = os.umask(mask)
    try:
        yield
    finally:
        os.umask(previous)


class RosterExportWriter:
    def __init__(self, out_dir: Path, perms: ExportPermissions = ExportPermissions()) -> None:
        self.out_dir = out_dir
        self.perms = perms

    def _prepare_dir(self) -> None:
        self.out_dir.mkdir(parents=True, exist_ok=True)
        os.chmod(self.out_dir, self.perms.dir_mode)

    def write(self, week: str, lines: list[RosterLine]) -> Path:
        target = self.out_dir / f"roster-{week}.csv"
        with restricted_umask(self.perms.umask):
            self._prepare_dir()
            with target.open("w", newline="", encoding="utf-8") as fh:
                writer = csv.writer(fh)
                writer.writerow(["musher_id", "name", "day", "hours", "tours"])
                for line in lines:
                    writer.writerow([line.musher_id, line.name, line.day.isoformat(), line.hours, "|".join(line.tours)])
        os.chmod(target, self.perms.file_mode)
        return target


if __name__ == "__main__":
    RosterExportWriter(Path("/srv/payroll/inbox")).write(
        "2025-W03", [RosterLine("M-014", "Inga Solberg", date(2025, 1, 13), 7.5, ["AUR-N", "HUSKY-D"])]
    )
