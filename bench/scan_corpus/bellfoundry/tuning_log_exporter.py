"""Exports nightly tuning-machine logs to the shared drop folder read by the QA group."""
from __future__ import annotations

import csv
import os
import stat
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator, Sequence


@dataclass(frozen=True)
class ExportPermissions:
    file_mode: int = stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP
    dir_mode: int = 0o750
    process_umask: int = 0o027


@contextmanager
def restricted_umask(mask: int) -> Iterator[None]:
    previous = os.umask(mask)
    try:
        yield
    finally:
        os.umask(previous)


class TuningLogExporter:
    columns: Sequence[str] = ("bell_serial", "partial", "target_hz", "measured_hz", "cents", "operator")

    def __init__(self, drop_root: Path, perms: ExportPermissions = ExportPermissions()) -> None:
        self.drop_root = drop_root
        self.perms = perms

    def _day_dir(self, day: date) -> Path:
        path = self.drop_root / day.isoformat()
        path.mkdir(parents=True, exist_ok=True)
        os.chmod(path, self.perms.dir_mode)
        return path

    def export(self, day: date, rows: Iterable[dict]) -> Path:
        with restricted_umask(self.perms.process_umask):
            target = self._day_dir(day) / f"tuning-{day.isoformat()}.csv"
            with target.open("w", newline="", encoding="utf-8") as fh:
                writer = csv.DictWriter(fh, fieldnames=list(self.columns), extrasaction="ignore")
                writer.writeheader()
                for row in rows:
                    writer.writerow(row)
            os.chmod(target, self.perms.file_mode)
        return target


if __name__ == "__main__":
    sample = [
        {"bell_serial": "BF-2291", "partial": "hum", "target_hz": 146.8, "measured_hz": 146.6,
         "cents": -2.4, "operator": "tuning-2"},
        {"bell_serial": "BF-2291", "partial": "tierce", "target_hz": 349.2, "measured_hz": 349.5,
         "cents": 1.5, "operator": "tuning-2"},
    ]
    exporter = TuningLogExporter(Path(os.environ.get("QA_DROP", "/srv/qa/drop")))
    print(exporter.export(date.today(), sample))
