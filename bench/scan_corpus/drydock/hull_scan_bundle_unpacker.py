"""Unpacks laser hull-scan bundles delivered by the survey contractor."""
from __future__ import annotations

import logging
import os
import shutil
import zipfile
from dataclasses import dataclass, field

log = logging.getLogger("hullscan.unpack")


@dataclass
class UnpackOptions:
    keep_suffixes: tuple[str, ...] = (".las", ".laz", ".e57", ".json")
    chunk_size: int = 1 << 20
    skipped: list[str] = field(default_factory=list)


class ScanBundleUnpacker:
    def __init__(self, staging_root: str, options: UnpackOptions | None = None) -> None:
        self.staging_root = staging_root
        self.options = options or UnpackOptions()

    def _wanted(self, info: zipfile.ZipInfo) -> bool:
        return not info.is_dir() and info.filename.lower().endswith(self.options.keep_suffixes)

    def _target_for(self, dest: str, info: zipfile.ZipInfo) -> str:
        return os.path.join(dest, info.filename)

    def _copy_member(self, zf: zipfile.ZipFile, info: zipfile.ZipInfo, target: str) -> None:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with zf.open(info) as src, open(target, "wb") as dst:
            shutil.copyfileobj(src, dst, self.options.chunk_size)

    def unpack(self, bundle_path: str, vessel_imo: str) -> list[str]:
        dest = os.path.join(self.staging_root, vessel_imo)
        written = []
        with zipfile.ZipFile(bundle_path) as zf:
            for info in zf.infolist():
                if not self._wanted(info):
                    self.options.skipped.append(info.filename)
                    continue
                target = self._target_for(dest, info)
                self._copy_member(zf, info, target)
                written.append(target)
        log.info("unpacked %d scan files for %s (%d skipped)", len(written), vessel_imo, len(self.options.skipped))
        return written
