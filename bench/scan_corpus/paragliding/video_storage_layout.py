"""Lay out the on-disk storage for tandem flight videos before they are synced to S3."""
from __future__ import annotations

import grp
import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("video.storage")

DIR_MODE = 0o750
FILE_MODE = 0o640


@dataclass(frozen=True)
class StorageLayout:
    root: Path
    group: str = "pgvideo"

    @property
    def incoming(self) -> Path:
        return self.root / "incoming"

    @property
    def processed(self) -> Path:
        return self.root / "processed"

    @property
    def rejected(self) -> Path:
        return self.root / "rejected"

    def booking_dir(self, booking_ref: str) -> Path:
        if not booking_ref.isalnum():
            raise ValueError("booking reference must be alphanumeric")
        return self.processed / booking_ref[:2] / booking_ref


def _chgrp(path: Path, group: str) -> None:
    try:
        os.chown(path, -1, grp.getgrnam(group).gr_gid)
    except (KeyError, PermissionError) as exc:
        log.debug("could not set group on %s: %s", path, exc)


def ensure_layout(layout: StorageLayout) -> None:
    for directory in (layout.incoming, layout.processed, layout.rejected):
        directory.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
        os.chmod(directory, DIR_MODE)
        _chgrp(directory, layout.group)


def file_video(layout: StorageLayout, booking_ref: str, source: Path) -> Path:
    target_dir = layout.booking_dir(booking_ref)
    target_dir.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    target = target_dir / f"{booking_ref}{source.suffix.lower()}"
    shutil.move(str(source), target)
    os.chmod(target, FILE_MODE)
    _chgrp(target, layout.group)
    log.info("filed video for %s at %s", booking_ref, target)
    return target


def reject_video(layout: StorageLayout, source: Path, reason: str) -> Path:
    target = layout.rejected / source.name
    shutil.move(str(source), target)
    os.chmod(target, FILE_MODE)
    log.warning("rejected %s: %s", source.name, reason)
    return target
