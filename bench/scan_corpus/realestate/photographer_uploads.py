"""Unpack shoot archives uploaded by external photographers.

Archives are extracted with the "data" filter, which rejects absolute
paths, parent-directory members, links pointing outside the destination and
device files, and strips dangerous permission bits.
"""
from __future__ import annotations

import logging
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".heic"}
MAX_MEMBERS = 500


def unpack_shoot(archive: Path, listing_id: int, media_root: Path) -> list[Path]:
    dest = media_root / "listings" / str(int(listing_id)) / "shoot"
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, "r:*") as tar:
        members = tar.getmembers()
        if len(members) > MAX_MEMBERS:
            raise ValueError(f"archive has {len(members)} entries, limit is {MAX_MEMBERS}")
        tar.extractall(dest, filter="data")
    images = sorted(p for p in dest.rglob("*") if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES)
    log.info("listing %s: unpacked %d images from %s", listing_id, len(images), archive.name)
    return images
