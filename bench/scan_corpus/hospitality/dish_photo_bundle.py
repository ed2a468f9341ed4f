"""Unpack dish photo bundles that the design agency uploads for a menu refresh.

Bundles are .tar.gz files with one JPEG per PLU (``1001.jpg``); thumbnails
are generated for the online ordering site.
"""
from __future__ import annotations

import tarfile
from pathlib import Path

from PIL import Image

THUMB_SIZE = (480, 480)


def unpack_bundle(bundle_path: str, venue_id: int, media_root: str) -> list[str]:
    dest = Path(media_root) / "dishes" / str(venue_id)
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(bundle_path, "r:gz") as tar:
        tar.extractall(dest)

    imported = []
    for photo in sorted(dest.glob("*.jpg")):
        with Image.open(photo) as img:
            img.thumbnail(THUMB_SIZE)
            img.save(photo.with_name(f"{photo.stem}_thumb.jpg"), "JPEG", quality=85)
        imported.append(photo.stem)
    return imported
