"""Imports excursion photo packs delivered by local photographers.

Photographers upload a .tar.gz per excursion through the partner portal;
photos are unpacked into the guest-gallery staging area and then matched
to guests by the excursion ticket codes in the file names.
"""

import logging
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)

GALLERY_STAGING = Path("/srv/guest-gallery/staging")
PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic"}


def staging_dir_for(excursion_id: str) -> Path:
    target = GALLERY_STAGING / excursion_id
    target.mkdir(parents=True, exist_ok=True)
    return target


def unpack_photo_pack(archive_path: Path, excursion_id: str) -> list[Path]:
    dest = staging_dir_for(excursion_id)
    with tarfile.open(archive_path, mode="r:gz") as tar:
        tar.extractall(path=dest)
    photos = [p for p in dest.rglob("*") if p.suffix.lower() in PHOTO_SUFFIXES]
    log.info("unpacked %d photos for excursion %s", len(photos), excursion_id)
    return photos


def match_to_tickets(photos, tickets_by_code: dict) -> dict:
    matched = {}
    for photo in photos:
        code = photo.stem.split("_", 1)[0].upper()
        ticket = tickets_by_code.get(code)
        if ticket is not None:
            matched.setdefault(ticket.booking_ref, []).append(photo)
    return matched
