"""Imports zipped logbook scans and GPS traces that pilots send after each season."""
from __future__ import annotations

import os
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import List

ALLOWED_SUFFIXES = {".pdf", ".jpg", ".png", ".igc", ".gpx", ".csv"}


@dataclass
class ImportReport:
    pilot_licence: str
    written: List[str] = field(default_factory=list)
    skipped: List[str] = field(default_factory=list)


class LogbookArchiveImporter:
    """Unpacks a pilot's season archive into their records folder."""

    def __init__(self, records_root: Path) -> None:
        self.records_root = records_root

    def _pilot_dir(self, licence: str) -> Path:
        folder = self.records_root / licence.replace("/", "-")
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    @staticmethod
    def _wanted(info: zipfile.ZipInfo) -> bool:
        return not info.is_dir() and Path(info.filename).suffix.lower() in ALLOWED_SUFFIXES

    def _write_member(self, zf: zipfile.ZipFile, info: zipfile.ZipInfo, dest: Path) -> str:
        target = os.path.join(dest, info.filename)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with zf.open(info) as src, open(target, "wb") as out:
            while chunk := src.read(64 * 1024):
                out.write(chunk)
        return target

    def import_archive(self, licence: str, archive: Path) -> ImportReport:
        report = ImportReport(licence)
        dest = self._pilot_dir(licence)
        with zipfile.ZipFile(archive) as zf:
            for info in zf.infolist():
                if self._wanted(info):
                    report.written.append(self._write_member(zf, info, dest))
                else:
                    report.skipped.append(info.filename)
        return report
