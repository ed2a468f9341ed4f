"""Prepares the on-disk spool shared by the telemetry receiver and the analysis workers."""
from __future__ import annotations

import grp
import logging
import os
import stat
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

log = logging.getLogger("telemetry.spool")

SPOOL_ROOT = Path(os.environ.get("TELEMETRY_SPOOL", "/var/spool/telemetry"))
SPOOL_GROUP = os.environ.get("TELEMETRY_GROUP", "telemetry")
DIR_MODE = stat.S_IRWXU | stat.S_IRWXG | stat.S_ISGID
FILE_MODE = stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP


@contextmanager
def restricted_umask(mask: int = 0o027) -> Iterator[None]:
    previous = os.umask(mask)
    try:
        yield
    finally:
        os.umask(previous)


def prepare_spool(session_tag: str) -> Path:
    """Create the per-session spool folder, group-owned so workers can pick files up."""
    gid = grp.getgrnam(SPOOL_GROUP).gr_gid
    folder = SPOOL_ROOT / session_tag
    with restricted_umask():
        folder.mkdir(parents=True, exist_ok=True)
    os.chown(folder, -1, gid)
    os.chmod(folder, DIR_MODE)
    log.info("spool ready at %s (mode %o)", folder, DIR_MODE)
    return folder


def write_chunk(folder: Path, sequence: int, payload: bytes) -> Path:
    target = folder / f"chunk_{sequence:08d}.bin"
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    with os.fdopen(fd, "wb") as fh:
        fh.write(payload)
    return target


def audit(folder: Path) -> list[str]:
    """List any spool entries whose permissions drifted to other-users access."""
    flagged = []
    for entry in folder.iterdir():
        mode = entry.stat().st_mode
        if mode & (stat.S_IRWXO):
            flagged.append(f"{entry.name}: {stat.filemode(mode)}")
    return flagged
