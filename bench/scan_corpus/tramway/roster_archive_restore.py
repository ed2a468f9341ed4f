"""Restores archived roster periods (tar.gz) into the roster planning workspace.

Archives are produced by the roster planning tool at period close and may be restored
by planners when a grievance needs the original published roster.
"""
from __future__ import annotations

import logging
import tarfile
from pathlib import Path
from typing import Iterator

log = logging.getLogger("roster.archive")


class ArchiveRejected(Exception):
    pass


def _vetted_members(tar: tarfile.TarFile, dest: Path) -> Iterator[tarfile.TarInfo]:
    root = dest.resolve()
    for member in tar.getmembers():
        if member.issym() or member.islnk() or member.isdev():
            raise ArchiveRejected(f"link or device entry {member.name!r}")
        target = (root / member.name).resolve()
        if not target.is_relative_to(root):
            raise ArchiveRejected(f"entry escapes workspace: {member.name!r}")
        yield member


def restore_period(archive: Path, workspace: Path) -> Path:
    period = archive.name.split(".")[0]
    dest = workspace / period
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, "r:gz") as tar:
        members = list(_vetted_members(tar, dest))
        tar.extractall(dest, members=members, filter="data")
    log.info("restored %s (%d entries) into %s", archive.name, len(members), dest)
    return dest


def list_periods(workspace: Path) -> list:
    return sorted(p.name for p in workspace.iterdir() if p.is_dir())
