"""Extracts drawing archives uploaded for church and civic stonework jobs.

Every member path is resolved against the destination folder and
rejected if it would land outside it, so a crafted archive cannot write
over files elsewhere on the drawing server.
"""
from __future__ import annotations

import logging
import shutil
import zipfile
from pathlib import Path

log = logging.getLogger(__name__)

MAX_MEMBERS = 5000
MAX_TOTAL_BYTES = 4 * 1024 ** 3


class UnsafeArchive(Exception):
    pass


def safe_target(dest: Path, member_name: str) -> Path:
    root = dest.resolve()
    target = (root / member_name).resolve()
    if not target.is_relative_to(root):
        raise UnsafeArchive(f"member escapes destination: {member_name!r}")
    return target


def extract_drawings(archive: Path, dest: Path) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    extracted: list[Path] = []
    with zipfile.ZipFile(archive) as zf:
        members = zf.infolist()
        if len(members) > MAX_MEMBERS:
            raise UnsafeArchive("too many members")
        if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
            raise UnsafeArchive("archive expands past size limit")
        for member in members:
            target = safe_target(dest, member.filename)
            if member.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(member) as src, target.open("wb") as out:
                shutil.copyfileobj(src, out)
            extracted.append(target)
    log.info("extracted %d files from %s", len(extracted), archive.name)
    return extracted


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    for path in extract_drawings(Path(sys.argv[1]), Path(sys.argv[2])):
        print(path)
