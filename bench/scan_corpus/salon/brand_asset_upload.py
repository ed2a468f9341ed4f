"""Unpack zip archives of marketing assets (posters, price cards) sent by brands."""
from __future__ import annotations

import zipfile
from pathlib import Path, PurePosixPath

ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".pdf", ".svg"}
MAX_MEMBERS = 500
MAX_TOTAL_BYTES = 200 * 1024 * 1024


class ArchiveRejected(ValueError):
    pass


def _safe_target(dest: Path, member: zipfile.ZipInfo) -> Path | None:
    name = PurePosixPath(member.filename)
    if member.is_dir() or name.suffix.lower() not in ALLOWED_SUFFIXES:
        return None
    if name.is_absolute() or ".." in name.parts:
        raise ArchiveRejected(f"refusing member outside archive root: {member.filename}")
    target = (dest / Path(*name.parts)).resolve()
    if not target.is_relative_to(dest):
        raise ArchiveRejected(f"refusing member outside archive root: {member.filename}")
    return target


def unpack_assets(archive_path: Path, dest: Path) -> list[Path]:
    dest = dest.resolve()
    dest.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    with zipfile.ZipFile(archive_path) as zf:
        members = zf.infolist()
        if len(members) > MAX_MEMBERS:
            raise ArchiveRejected("too many files in archive")
        if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
            raise ArchiveRejected("archive expands beyond the size limit")

        for member in members:
            target = _safe_target(dest, member)
            if target is None:
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(member) as src, open(target, "wb") as out:
                out.write(src.read())
            written.append(target)
    return written
