"""Unpacks timetable bundles delivered by the scheduling software vendor.

A bundle is a zip with GTFS text files plus per-line PDF posters for stop displays.
"""
from __future__ import annotations

import logging
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import List

log = logging.getLogger("timetable.bundles")

REQUIRED_FILES = {"agency.txt", "stops.txt", "routes.txt", "trips.txt", "stop_times.txt"}


@dataclass
class UnpackResult:
    bundle: str
    target: Path
    files: List[str] = field(default_factory=list)

    @property
    def missing(self) -> set:
        names = {Path(f).name for f in self.files}
        return REQUIRED_FILES - names


def _copy_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path) -> Path:
    out_path = target / info.filename
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with archive.open(info) as src, open(out_path, "wb") as dst:
        shutil.copyfileobj(src, dst, length=1 << 16)
    return out_path


def unpack_bundle(bundle_path: Path, staging_root: Path) -> UnpackResult:
    target = staging_root / bundle_path.stem
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    result = UnpackResult(bundle_path.name, target)
    with zipfile.ZipFile(bundle_path) as archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            _copy_member(archive, info, target)
            result.files.append(info.filename)
    if result.missing:
        log.warning("bundle %s missing %s", bundle_path.name, sorted(result.missing))
    else:
        log.info("bundle %s unpacked: %d files", bundle_path.name, len(result.files))
    return result
