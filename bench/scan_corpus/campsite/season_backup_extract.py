"""Unpack an end-of-season backup tarball (bookings export, rota, shop stock) onto the archive host."""
from __future__ import annotations

import logging
import tarfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("ops.season_backup")

MAX_MEMBER_BYTES = 512 * 1024 * 1024


@dataclass
class ExtractReport:
    season: str
    destination: Path
    members: int


def _checked_members(archive: tarfile.TarFile, destination: Path):
    root = destination.resolve()
    for member in archive.getmembers():
        if not (member.isfile() or member.isdir()):
            log.warning("skipping non-regular member %s", member.name)
            continue
        if member.size > MAX_MEMBER_BYTES:
            raise ValueError(f"member too large: {member.name}")
        target = (root / member.name).resolve()
        if not target.is_relative_to(root):
            raise ValueError(f"member escapes destination: {member.name}")
        yield member


def extract_season_backup(tar_path: Path, archive_root: Path, season: str) -> ExtractReport:
    destination = archive_root / season
    destination.mkdir(parents=True, exist_ok=True)
    with tarfile.open(tar_path, mode="r:gz") as archive:
        members = list(_checked_members(archive, destination))
        archive.extractall(destination, members=members, filter="data")
    log.info("extracted %d members from %s into %s", len(members), tar_path.name, destination)
    return ExtractReport(season=season, destination=destination, members=len(members))


def newest_backup(incoming: Path) -> Path | None:
    candidates = sorted(incoming.glob("season-*.tar.gz"), key=lambda p: p.stat().st_mtime)
    return candidates[-1] if candidates else None
