"""Restore kiln controller configuration backups uploaded by technicians.

A backup is a .tar.gz produced by the controller's "export settings" page:
segment programs, thermocouple offsets and relay wear counters.
"""
from __future__ import annotations

import logging
import tarfile
from pathlib import Path
from typing import Iterator

log = logging.getLogger("kilnctl.restore")

MAX_MEMBER_BYTES = 8 * 1024 * 1024


class BackupRejected(ValueError):
    """Raised when an archive member would land outside the restore dir."""


def _vetted_members(archive: tarfile.TarFile, dest: Path) -> Iterator[tarfile.TarInfo]:
    root = dest.resolve()
    for member in archive.getmembers():
        if member.issym() or member.islnk() or member.isdev():
            raise BackupRejected(f"link or device entry: {member.name}")
        if member.size > MAX_MEMBER_BYTES:
            raise BackupRejected(f"oversized entry: {member.name}")
        target = (root / member.name).resolve()
        if not target.is_relative_to(root):
            raise BackupRejected(f"entry escapes restore dir: {member.name}")
        yield member


def restore_backup(archive_path: Path, controller_id: str, restore_root: Path) -> list[str]:
    """Unpack a controller backup into restore_root/<controller_id>."""
    if not controller_id.isalnum():
        raise BackupRejected("controller id must be alphanumeric")
    dest = restore_root / controller_id
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive_path, mode="r:gz") as archive:
        members = list(_vetted_members(archive, dest))
        archive.extractall(dest, members=members, filter="data")
    names = sorted(m.name for m in members if m.isfile())
    log.info("restored %d config files for controller %s", len(names), controller_id)
    return names


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    for name in restore_backup(Path(sys.argv[1]), sys.argv[2], Path("/srv/kilnctl/restores")):
        print(name)
