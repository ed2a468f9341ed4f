"""Unpacks media bundles delivered by the show photographers.

Photographers upload a ZIP per performance through the asset portal; the
images are unpacked into the asset library for captioning and review.
"""
from __future__ import annotations

import logging
import os
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger("media.bundles")

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff", ".dng"}
LIBRARY_ROOT = Path(os.environ.get("ASSET_LIBRARY_ROOT", "/srv/assets/library"))


@dataclass
class UnpackReport:
    bundle: str
    extracted: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def _wanted(info: zipfile.ZipInfo) -> bool:
    if info.is_dir():
        return False
    return Path(info.filename).suffix.lower() in IMAGE_SUFFIXES


def _copy_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, dest: str) -> str:
    target = os.path.join(dest, info.filename)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with zf.open(info) as src, open(target, "wb") as out:
        shutil.copyfileobj(src, out, length=1024 * 1024)
    return target


def unpack_bundle(bundle_path: Path, performance_id: str) -> UnpackReport:
    dest = LIBRARY_ROOT / performance_id / "incoming"
    dest.mkdir(parents=True, exist_ok=True)
    report = UnpackReport(bundle=bundle_path.name)
    with zipfile.ZipFile(bundle_path) as zf:
        for info in zf.infolist():
            if not _wanted(info):
                report.skipped.append(info.filename)
                continue
            report.extracted.append(_copy_member(zf, info, str(dest)))
    log.info("bundle %s: %d images, %d skipped",
             bundle_path.name, len(report.extracted), len(report.skipped))
    return report


if __name__ == "__main__":
    import sys

    result = unpack_bundle(Path(sys.argv[1]), sys.argv[2])
    print(f"{len(result.extracted)} extracted, {len(result.skipped)} skipped")
