"""Unpacks zipped artwork packages uploaded through the portal."""
from __future__ import annotations

import logging
import shutil
import zipfile
from pathlib import Path

log = logging.getLogger(__name__)

MAX_MEMBERS = 2000
MAX_TOTAL_BYTES = 4 * 1024**3


class ArchiveRejected(Exception):
    pass


def _target_for(dest: Path, name: str) -> Path:
    target = (dest / name).resolve()
    if not target.is_relative_to(dest):
        raise ArchiveRejected(f"entry escapes workspace: {name!r}")
    return target


def unpack_package(upload: Path, dest: Path) -> list[Path]:
    dest = dest.resolve()
    dest.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with zipfile.ZipFile(upload) as zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise ArchiveRejected(f"too many entries ({len(infos)})")
        if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
            raise ArchiveRejected("package too large once unpacked")
        for info in infos:
            target = _target_for(dest, info.filename)
            if info.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            written.append(target)
    log.info("unpacked %d files from %s", len(written), upload.name)
    return written
