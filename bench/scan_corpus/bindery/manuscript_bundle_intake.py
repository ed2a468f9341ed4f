"""Unpacks manuscript bundles (PDF interior, cover, fonts) uploaded by authors."""
from __future__ import annotations

import logging
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger("bindery.intake")

ACCEPTED_SUFFIXES = {".pdf", ".otf", ".ttf", ".tif", ".jpg", ".png", ".txt"}


@dataclass
class IntakeConfig:
    staging_root: Path = Path("/srv/bindery/intake")
    max_members: int = 500
    max_total_bytes: int = 2 * 1024**3


@dataclass
class BundleReport:
    order_ref: str
    files: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


class BundleUnpacker:
    def __init__(self, config: IntakeConfig | None = None) -> None:
        self.config = config or IntakeConfig()

    def _destination(self, order_ref: str) -> Path:
        dest = self.config.staging_root / order_ref
        dest.mkdir(parents=True, exist_ok=True)
        return dest

    def unpack(self, order_ref: str, bundle_path: Path) -> BundleReport:
        report = BundleReport(order_ref)
        dest = self._destination(order_ref)
        with zipfile.ZipFile(bundle_path) as archive:
            members = archive.infolist()
            if len(members) > self.config.max_members:
                raise ValueError("bundle has too many files")
            if sum(m.file_size for m in members) > self.config.max_total_bytes:
                raise ValueError("bundle is too large once expanded")
            for member in members:
                if member.is_dir():
                    continue
                if Path(member.filename).suffix.lower() not in ACCEPTED_SUFFIXES:
                    report.skipped.append(member.filename)
                    continue
                target = dest / member.filename
                target.parent.mkdir(parents=True, exist_ok=True)
                with archive.open(member) as src, open(target, "wb") as out:
                    shutil.copyfileobj(src, out)
                report.files.append(member.filename)
        log.info("order %s: %d files staged, %d skipped",
                 order_ref, len(report.files), len(report.skipped))
        return report
