"""Unpack harvest photo archives uploaded by estate field officers."""
from __future__ import annotations

import logging
import tarfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("sourcing.photos")

PHOTO_ROOT = Path("/srv/sourcing/harvest-photos")
ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic", ".json"}
MAX_MEMBER_BYTES = 50 * 1024 * 1024


@dataclass
class PhotoUpload:
    estate_code: str
    flush: str
    archive: Path


def _photo_filter(member: tarfile.TarInfo, dest: str) -> tarfile.TarInfo | None:
    member = tarfile.data_filter(member, dest)
    if member.isdir():
        return member
    if Path(member.name).suffix.lower() not in ALLOWED_SUFFIXES:
        return None
    if member.size > MAX_MEMBER_BYTES:
        return None
    return member


def extract_photos(upload: PhotoUpload) -> Path:
    dest = PHOTO_ROOT / upload.estate_code / upload.flush
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(upload.archive, mode="r:*") as tar:
        tar.extractall(path=dest, filter=_photo_filter)
    count = sum(1 for p in dest.rglob("*") if p.is_file())
    log.info("extracted %d photos for %s %s", count, upload.estate_code, upload.flush)
    return dest


def index_photos(dest: Path) -> list[dict[str, str]]:
    return [
        {"file": str(p.relative_to(dest)), "kind": p.suffix.lstrip(".").lower()}
        for p in sorted(dest.rglob("*"))
        if p.is_file() and p.suffix.lower() != ".json"
    ]
