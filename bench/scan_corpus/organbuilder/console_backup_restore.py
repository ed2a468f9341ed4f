"""Restores combination-action backups onto the service laptop.

Modern consoles export their piston memories and sequencer as a tar.gz;
tuners restore them after a controller replacement.  Archives come from the
console via USB stick, so members are checked before anything is written.
"""
from __future__ import annotations

import logging
import os
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)

RESTORE_ROOT = Path("/var/lib/organworks/console-backups")


class UnsafeArchive(ValueError):
    pass


def _safe_members(archive: tarfile.TarFile, dest: Path) -> list[tarfile.TarInfo]:
    dest = dest.resolve()
    safe = []
    for member in archive.getmembers():
        if member.issym() or member.islnk() or member.isdev():
            raise UnsafeArchive(f"links and devices are not allowed: {member.name}")
        target = (dest / member.name).resolve()
        if not target.is_relative_to(dest):
            raise UnsafeArchive(f"member escapes restore folder: {member.name}")
        safe.append(member)
    return safe


def restore_backup(archive_path: Path, console_serial: str) -> Path:
    serial = "".join(ch for ch in console_serial if ch.isalnum())
    if not serial:
        raise ValueError("console serial required")
    dest = RESTORE_ROOT / serial
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive_path, "r:gz") as archive:
        members = _safe_members(archive, dest)
        archive.extractall(dest, members=members)
    log.info("restored %d files for console %s", len(members), serial)
    return dest


def list_levels(dest: Path) -> list[str]:
    levels = dest / "memories"
    if not levels.is_dir():
        return []
    return sorted(p.stem for p in levels.iterdir() if p.suffix == ".lvl")


if __name__ == "__main__":
    import sys

    restored = restore_backup(Path(sys.argv[1]), sys.argv[2])
    print(os.linesep.join(list_levels(restored)))
