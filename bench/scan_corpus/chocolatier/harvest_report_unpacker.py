"""Unpacks harvest and fermentation report archives from origin partners.

Partner co-operatives upload a .tar.gz at the end of each harvest with
per-farm yield sheets and fermentation box temperature logs.
"""
from __future__ import annotations

import logging
import tarfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("chocolatier.origin")

MAX_MEMBERS = 5_000
MAX_TOTAL_BYTES = 500 * 1024 * 1024


@dataclass
class UnpackSummary:
    season: str
    cooperative: str
    files: int
    total_bytes: int


def _checked_members(archive: tarfile.TarFile, dest: Path) -> list[tarfile.TarInfo]:
    members = archive.getmembers()
    if len(members) > MAX_MEMBERS:
        raise ValueError("archive has too many entries")
    total = 0
    for member in members:
        if not (member.isfile() or member.isdir()):
            raise ValueError(f"unsupported entry type: {member.name}")
        target = (dest / member.name).resolve()
        if not target.is_relative_to(dest):
            raise ValueError(f"entry escapes destination: {member.name}")
        total += member.size
    if total > MAX_TOTAL_BYTES:
        raise ValueError("archive expands beyond size limit")
    return members


def unpack_harvest_report(archive_path: Path, root: Path, cooperative: str, season: str) -> UnpackSummary:
    dest = (root / cooperative / season).resolve()
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive_path, mode="r:gz") as archive:
        members = _checked_members(archive, dest)
        archive.extractall(dest, members=members, filter="data")
    files = [m for m in members if m.isfile()]
    log.info("unpacked %d harvest files for %s %s", len(files), cooperative, season)
    return UnpackSummary(season, cooperative, len(files), sum(m.size for m in files))
