"""Publish weekly settlement monitoring reports to the shared project drive.

The report PDF and the contour GeoJSON are written into the monitoring
share, which the reporting service account and the project group can read.
"""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path


@dataclass(frozen=True)
class ShareSettings:
    root: Path = Path("/mnt/projectshare/monitoring")
    file_mode: int = 0o640
    dir_mode: int = 0o750
    group: str = "tunnel-monitoring"


class ReportPublisher:
    def __init__(self, settings: ShareSettings = ShareSettings()) -> None:
        self.settings = settings

    def _week_dir(self, week_ending: date) -> Path:
        folder = self.settings.root / f"{week_ending:%Y}" / f"wk-{week_ending:%Y%m%d}"
        folder.mkdir(parents=True, exist_ok=True)
        os.chmod(folder, self.settings.dir_mode)
        shutil.chown(folder, group=self.settings.group)
        return folder

    def _place(self, source: Path, folder: Path) -> Path:
        target = folder / source.name
        shutil.copy2(source, target)
        os.chmod(target, self.settings.file_mode)
        shutil.chown(target, group=self.settings.group)
        return target

    def publish(self, week_ending: date, *files: Path) -> list[Path]:
        folder = self._week_dir(week_ending)
        return [self._place(f, folder) for f in files]
