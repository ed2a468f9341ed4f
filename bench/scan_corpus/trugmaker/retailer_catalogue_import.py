"""Imports product photo packs uploaded by retailers.

Stockists who list trugs in their own online shops upload a zip of
their lifestyle photos so the workshop can reuse them (with permission)
on the retailer map. Each pack is unpacked into the retailer's media
folder and thumbnailed.
"""
from __future__ import annotations

import logging
import os
import shutil
import zipfile
from pathlib import Path

from PIL import Image

log = logging.getLogger("trug.catalogue")

MEDIA_ROOT = Path(os.environ.get("TRUG_MEDIA_ROOT", "/srv/trug/media/retailers"))
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}
MAX_MEMBERS = 500
THUMB_SIZE = (480, 480)


def unpack_photo_pack(retailer_code: str, archive_path: str) -> list[str]:
    dest = MEDIA_ROOT / retailer_code
    dest.mkdir(parents=True, exist_ok=True)
    written: list[str] = []
    with zipfile.ZipFile(archive_path) as zf:
        members = [m for m in zf.infolist() if not m.is_dir()]
        if len(members) > MAX_MEMBERS:
            raise ValueError("photo pack has too many files")
        for member in members:
            if Path(member.filename).suffix.lower() not in IMAGE_SUFFIXES:
                continue
            target = os.path.join(dest, member.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(member) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            written.append(target)
    log.info("unpacked %d photos for %s", len(written), retailer_code)
    return written


def make_thumbnails(paths: list[str]) -> list[str]:
    thumbs = []
    for path in paths:
        thumb_path = str(Path(path).with_suffix("")) + ".thumb.jpg"
        with Image.open(path) as img:
            img = img.convert("RGB")
            img.thumbnail(THUMB_SIZE)
            img.save(thumb_path, "JPEG", quality=85)
        thumbs.append(thumb_path)
    return thumbs


def import_pack(retailer_code: str, archive_path: str) -> dict:
    photos = unpack_photo_pack(retailer_code, archive_path)
    thumbs = make_thumbnails(photos)
    return {"retailer": retailer_code, "photos": len(photos), "thumbnails": len(thumbs)}
