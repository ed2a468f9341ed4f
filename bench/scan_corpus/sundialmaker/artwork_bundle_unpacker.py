"""Unpacks zip bundles of customer artwork (crests, lettering) for the engraving queue."""

from __future__ import annotations

import logging
import os
import shutil
import uuid
import zipfile
from pathlib import Path

log = logging.getLogger(__name__)

MAX_MEMBERS = 200
MAX_TOTAL_BYTES = 200 * 1024 * 1024
ACCEPTED = {".svg", ".dxf", ".png", ".jpg", ".jpeg", ".pdf", ".txt"}


class BundleRejected(Exception):
    pass


class ArtworkBundleUnpacker:
    def __init__(self, staging_root: Path):
        self.staging_root = staging_root

    def _new_staging_dir(self, commission_id: int) -> Path:
        path = self.staging_root / str(commission_id) / uuid.uuid4().hex
        path.mkdir(parents=True, exist_ok=False, mode=0o750)
        return path

    @staticmethod
    def _check_sizes(zf: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
        members = [m for m in zf.infolist() if not m.is_dir()]
        if len(members) > MAX_MEMBERS:
            raise BundleRejected("too many files in bundle")
        if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
            raise BundleRejected("bundle too large when unpacked")
        return members

    def unpack(self, bundle_path: Path, commission_id: int) -> list[Path]:
        dest = self._new_staging_dir(commission_id)
        written: list[Path] = []
        with zipfile.ZipFile(bundle_path) as zf:
            for member in self._check_sizes(zf):
                if Path(member.filename).suffix.lower() not in ACCEPTED:
                    log.info("skipping %s in bundle for %s", member.filename, commission_id)
                    continue
                target = os.path.join(dest, member.filename)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with zf.open(member) as src, open(target, "wb") as dst:
                    shutil.copyfileobj(src, dst)
                written.append(Path(target))
        log.info("unpacked %d artwork files for commission %s", len(written), commission_id)
        return written
