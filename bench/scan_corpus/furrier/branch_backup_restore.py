"""Restores a branch shop's nightly export into the central records store.

Each branch ships a tar.gz of its day: intake CSVs, alteration tickets and
signed receipt PDFs. The restore runs on the central server from a queue.
"""
from __future__ import annotations

import logging
import tarfile
from datetime import date
from pathlib import Path

log = logging.getLogger("furrier.restore")

RESTORE_ROOT = Path("/var/lib/furrier/branch-restores").resolve()
INBOX = Path("/var/spool/furrier/branch-exports")
MAX_MEMBER_BYTES = 50 * 1024 * 1024


class ArchiveRejected(Exception):
    pass


def _checked_members(tar: tarfile.TarFile, dest: Path):
    for member in tar.getmembers():
        if not (member.isfile() or member.isdir()):
            raise ArchiveRejected(f"refusing link or device entry {member.name!r}")
        target = (dest / member.name).resolve()
        if not target.is_relative_to(dest):
            raise ArchiveRejected(f"entry escapes restore folder: {member.name!r}")
        if member.size > MAX_MEMBER_BYTES:
            raise ArchiveRejected(f"entry too large: {member.name!r}")
        yield member


def restore(archive_path: Path, branch_code: str, day: date) -> Path:
    dest = (RESTORE_ROOT / branch_code / day.isoformat()).resolve()
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive_path, "r:gz") as tar:
        members = list(_checked_members(tar, dest))
        tar.extractall(dest, members=members)
    log.info("restored %d entries for branch %s day %s", len(members), branch_code, day)
    return dest


def handle_message(message: dict) -> None:
    branch = str(message["branch"])
    if not branch.isalnum():
        raise ArchiveRejected("branch code must be alphanumeric")
    day = date.fromisoformat(message["day"])
    restore(INBOX / f"{branch}-{day:%Y%m%d}.tar.gz", branch, day)
