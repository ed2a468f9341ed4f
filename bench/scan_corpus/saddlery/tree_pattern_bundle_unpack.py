"""Unpacks saddle tree pattern archives received from the tree maker."""

from __future__ import annotations

import logging
import shutil
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)

MAX_TOTAL_BYTES = 200 * 1024 * 1024


class UnsafeArchiveError(ValueError):
    pass


def _safe_target(dest: Path, member_name: str) -> Path:
    target = (dest / member_name).resolve()
    if not target.is_relative_to(dest):
        raise UnsafeArchiveError(f"member escapes destination: {member_name!r}")
    return target


def unpack_patterns(archive: Path, dest: Path) -> list[Path]:
    dest = dest.resolve()
    dest.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    total = 0
    with tarfile.open(archive, "r:*") as tar:
        for member in tar.getmembers():
            if member.issym() or member.islnk() or member.isdev():
                raise UnsafeArchiveError(f"links and devices not allowed: {member.name!r}")
            target = _safe_target(dest, member.name)
            if member.isdir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            total += member.size
            if total > MAX_TOTAL_BYTES:
                raise UnsafeArchiveError("archive too large")
            target.parent.mkdir(parents=True, exist_ok=True)
            src = tar.extractfile(member)
            if src is None:
                continue
            with src, target.open("wb") as out:
                shutil.copyfileobj(src, out)
            written.append(target)
    log.info("unpacked %d pattern files from %s", len(written), archive.name)
    return written
