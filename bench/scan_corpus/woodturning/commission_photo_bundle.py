"""Import a zip of progress photos that a tutor uploads for a commission.

The photos are unpacked into the commission's media folder and thumbnails are
made for the client-facing progress page.
"""
from __future__ import annotations

import logging
import os
import zipfile
from pathlib import Path

from PIL import Image

log = logging.getLogger("commissions.photos")

MEDIA_ROOT = Path(os.environ.get("COMMISSION_MEDIA_ROOT", "/srv/woodturning/media/commissions"))
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}
MAX_MEMBERS = 200
THUMB_SIZE = (480, 480)


def commission_folder(commission_id: int) -> Path:
    folder = MEDIA_ROOT / f"c{commission_id:06d}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def unpack_photos(archive_path: Path, commission_id: int) -> list[Path]:
    dest = commission_folder(commission_id)
    written: list[Path] = []
    with zipfile.ZipFile(archive_path) as zf:
        members = [m for m in zf.infolist() if not m.is_dir()]
        if len(members) > MAX_MEMBERS:
            raise ValueError("too many files in archive")
        for member in members:
            if Path(member.filename).suffix.lower() not in IMAGE_SUFFIXES:
                continue
            target = os.path.join(dest, member.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(member) as src, open(target, "wb") as out:
                out.write(src.read())
            written.append(Path(target))
    log.info("unpacked %d photos for commission %s", len(written), commission_id)
    return written


def make_thumbnails(photos: list[Path]) -> list[Path]:
    thumbs = []
    for photo in photos:
        thumb = photo.with_name(photo.stem + ".thumb.jpg")
        with Image.open(photo) as img:
            img = img.convert("RGB")
            img.thumbnail(THUMB_SIZE)
            img.save(thumb, "JPEG", quality=82)
        thumbs.append(thumb)
    return thumbs


def import_bundle(archive_path: Path, commission_id: int) -> dict:
    photos = unpack_photos(archive_path, commission_id)
    thumbs = make_thumbnails(photos)
    return {"commission_id": commission_id, "photos": len(photos), "thumbnails": len(thumbs)}
