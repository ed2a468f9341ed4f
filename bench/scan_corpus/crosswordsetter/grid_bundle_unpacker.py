"""Unpack weekly grid bundles uploaded by setters.

A setter can upload a week's worth of puzzles as one ZIP: grids as ``.puz``
or ``.ipuz`` plus optional notes. The bundle is unpacked into the setter's
inbox folder where the editor's queue picks them up.
"""
from __future__ import annotations

import logging
import os
import shutil
import zipfile
from pathlib import Path

log = logging.getLogger(__name__)

MAX_MEMBERS = 200
MAX_TOTAL_BYTES = 50 * 1024 * 1024


class BundleError(Exception):
    pass


class GridBundleUnpacker:
    def __init__(self, inbox_root: Path) -> None:
        self.inbox_root = inbox_root

    def inbox_for(self, setter_id: int) -> Path:
        path = self.inbox_root / f"setter-{setter_id:06d}"
        path.mkdir(parents=True, exist_ok=True)
        return path

    def unpack(self, setter_id: int, bundle_path: Path) -> list[str]:
        dest = str(self.inbox_for(setter_id))
        written: list[str] = []
        with zipfile.ZipFile(bundle_path) as zf:
            infos = [i for i in zf.infolist() if not i.is_dir()]
            if len(infos) > MAX_MEMBERS:
                raise BundleError("too many files in bundle")
            if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
                raise BundleError("bundle too large when unpacked")
            for info in infos:
                target = os.path.join(dest, info.filename)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with zf.open(info) as src, open(target, "wb") as out:
                    shutil.copyfileobj(src, out)
                written.append(info.filename)
        log.info("unpacked %d files for setter %s", len(written), setter_id)
        return written
