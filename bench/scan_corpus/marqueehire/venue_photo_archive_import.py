"""Import of venue photo archives sent by venue managers.

Venues send a zip of photos of the lawn or hardstanding where the marquee
will stand. The importer unpacks it into the booking's venue folder,
keeping only image files and refusing members that point outside it.
"""
from __future__ import annotations

import logging
import shutil
import zipfile
from pathlib import Path
from typing import List

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic"}
MAX_MEMBERS = 300
MAX_TOTAL_BYTES = 300 * 1024 * 1024


class UnsafeArchive(ValueError):
    pass


def _safe_target(root: Path, member_name: str) -> Path:
    target = (root / member_name).resolve()
    if not target.is_relative_to(root):
        raise UnsafeArchive(f"member escapes folder: {member_name!r}")
    return target


def import_venue_photos(archive_path: str, dest: str) -> List[str]:
    root = Path(dest).resolve()
    root.mkdir(parents=True, exist_ok=True)
    saved: List[str] = []
    with zipfile.ZipFile(archive_path) as archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS or sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
            raise UnsafeArchive("archive too large")
        for info in infos:
            if info.is_dir() or Path(info.filename).suffix.lower() not in IMAGE_SUFFIXES:
                continue
            target = _safe_target(root, info.filename)
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(info) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)
            saved.append(str(target.relative_to(root)))
    log.info("imported %d venue photos into %s", len(saved), root)
    return saved


if __name__ == "__main__":
    import sys

    for name in import_venue_photos(sys.argv[1], sys.argv[2]):
        print(name)
