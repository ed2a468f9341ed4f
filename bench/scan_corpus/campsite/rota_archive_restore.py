"""Restore a staff-rota archive (zip exported from the old rota tool) into the rota data dir.

Site managers upload the zip from the back-office when migrating a park; it contains one
CSV per week plus any attached availability forms.
"""
from __future__ import annotations

import logging
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

log = logging.getLogger("rota.restore")


@dataclass
class RestoreResult:
    written: list[Path]
    skipped: list[str]


class RotaArchiveRestorer:
    allowed_suffixes = {".csv", ".pdf", ".json"}

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    def _destination(self, park_code: str) -> Path:
        dest = self.data_dir / park_code / "rota"
        dest.mkdir(parents=True, exist_ok=True)
        return dest

    def restore(self, park_code: str, upload: BinaryIO) -> RestoreResult:
        dest = self._destination(park_code)
        written: list[Path] = []
        skipped: list[str] = []
        with zipfile.ZipFile(upload) as archive:
            for member in archive.infolist():
                if member.is_dir():
                    continue
                if Path(member.filename).suffix.lower() not in self.allowed_suffixes:
                    skipped.append(member.filename)
                    continue
                target = dest / member.filename
                target.parent.mkdir(parents=True, exist_ok=True)
                with archive.open(member) as src, open(target, "wb") as out:
                    shutil.copyfileobj(src, out)
                written.append(target)
        log.info("restored %d rota files for %s (%d skipped)", len(written), park_code, len(skipped))
        return RestoreResult(written=written, skipped=skipped)
