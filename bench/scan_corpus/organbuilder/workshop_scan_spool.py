"""Spool directory for the large-format scanner in the drawing office.

Scans of historic pipe-scaling drawings and soundboard layouts land here,
get renamed per commission and are then picked up by the plotter service.
"""
from __future__ import annotations

import logging
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("scan_spool")

SPOOL_DIR_MODE = 0o777


@dataclass
class SpoolSettings:
    root: Path = Path("/srv/organworks/scan-spool")
    incoming: str = "incoming"
    filed: str = "filed"
    poll_seconds: float = 5.0


class ScanSpool:
    def __init__(self, settings: SpoolSettings | None = None) -> None:
        self.settings = settings or SpoolSettings()
        self.incoming = self.settings.root / self.settings.incoming
        self.filed = self.settings.root / self.settings.filed

    def prepare(self) -> None:
        for folder in (self.incoming, self.filed):
            folder.mkdir(parents=True, exist_ok=True)
            os.chmod(folder, SPOOL_DIR_MODE)

    def _destination(self, commission_ref: str, scan: Path) -> Path:
        stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(scan.stat().st_mtime))
        safe_ref = "".join(ch for ch in commission_ref if ch.isalnum() or ch in "-_")
        return self.filed / safe_ref / f"{stamp}{scan.suffix.lower()}"

    def file_scan(self, scan: Path, commission_ref: str) -> Path:
        target = self._destination(commission_ref, scan)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(scan), target)
        log.info("filed %s as %s", scan.name, target)
        return target

    def pending(self) -> list[Path]:
        return sorted(p for p in self.incoming.iterdir() if p.suffix.lower() in {".tif", ".pdf"})

    def run_forever(self, default_ref: str = "UNSORTED") -> None:
        self.prepare()
        while True:
            for scan in self.pending():
                ref = scan.stem.split("_", 1)[0] or default_ref
                self.file_scan(scan, ref)
            time.sleep(self.settings.poll_seconds)
