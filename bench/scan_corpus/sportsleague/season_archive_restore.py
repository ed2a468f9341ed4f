"""Restore a season's uploaded documents from a zip produced by the archive job
(or hand-assembled by a league secretary)."""
from __future__ import annotations

import logging
import re
import zipfile
from pathlib import Path

log = logging.getLogger(__name__)

MAX_TOTAL_BYTES = 2 * 1024**3
MAX_MEMBERS = 20_000


class ArchiveRejected(Exception):
    pass


def _checked_members(zf: zipfile.ZipFile, dest: Path) -> list[zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise ArchiveRejected(f"too many entries ({len(infos)})")
    total = 0
    for info in infos:
        target = (dest / info.filename).resolve()
        if not target.is_relative_to(dest):
            raise ArchiveRejected(f"entry escapes destination: {info.filename!r}")
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise ArchiveRejected("archive expands beyond the size limit")
    return infos


def restore_season(archive_path: Path, documents_root: Path, season: str) -> int:
    if not re.fullmatch(r"\d{4}-\d{2}", season):
        raise ValueError(f"season must look like 2024-25, got {season!r}")
    dest = (documents_root / season).resolve()
    dest.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(archive_path) as zf:
        members = _checked_members(zf, dest)
        for info in members:
            zf.extract(info, path=dest)
    files = sum(1 for i in members if not i.is_dir())
    log.info("restored %d files for season %s", files, season)
    return files
