"""Unpacks route bundles (GPX + road book + photos) uploaded by local tour partners."""
from __future__ import annotations

import logging
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

ALLOWED_SUFFIXES = {".gpx", ".pdf", ".jpg", ".jpeg", ".png", ".md"}
MAX_MEMBER_BYTES = 50 * 1024 * 1024


@dataclass
class UnpackReport:
    bundle: str
    written: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


class RouteBundleUnpacker:
    def __init__(self, library_root: Path):
        self.library_root = library_root

    def _destination(self, route_code: str) -> Path:
        dest = self.library_root / route_code
        dest.mkdir(parents=True, exist_ok=True)
        return dest

    @staticmethod
    def _target_for(dest: Path, member: zipfile.ZipInfo) -> Path:
        return dest / member.filename

    def unpack(self, bundle_path: Path, route_code: str) -> UnpackReport:
        if not route_code.isalnum():
            raise ValueError("route codes are alphanumeric")
        dest = self._destination(route_code)
        report = UnpackReport(bundle=bundle_path.name)
        with zipfile.ZipFile(bundle_path) as archive:
            for member in archive.infolist():
                if member.is_dir():
                    continue
                if Path(member.filename).suffix.lower() not in ALLOWED_SUFFIXES:
                    report.skipped.append(member.filename)
                    continue
                if member.file_size > MAX_MEMBER_BYTES:
                    report.skipped.append(member.filename)
                    continue
                target = self._target_for(dest, member)
                target.parent.mkdir(parents=True, exist_ok=True)
                with archive.open(member) as src, open(target, "wb") as out:
                    shutil.copyfileobj(src, out)
                report.written.append(member.filename)
        log.info(
            "bundle %s: %d files written, %d skipped",
            bundle_path.name,
            len(report.written),
            len(report.skipped),
        )
        return report
