"""Handles entries to the annual "Birds of Prey in Flight" photo competition.

Photographers upload a ZIP of up to ten images. Images are unpacked into the
entry's folder and thumbnails are generated for the judging panel.
"""
import os
import shutil
import zipfile

from PIL import Image

from falconer.config import settings

ENTRY_ROOT = settings.COMPETITION_ENTRY_DIR
ALLOWED_SUFFIXES = (".jpg", ".jpeg", ".png", ".tif")
MAX_IMAGES = 10
THUMB_SIZE = (480, 480)


def _unpack(archive_path: str, entry_dir: str) -> list[str]:
    saved = []
    with zipfile.ZipFile(archive_path) as archive:
        for info in archive.infolist():
            if info.is_dir() or not info.filename.lower().endswith(ALLOWED_SUFFIXES):
                continue
            destination = os.path.join(entry_dir, info.filename)
            os.makedirs(os.path.dirname(destination), exist_ok=True)
            with archive.open(info) as src, open(destination, "wb") as dst:
                shutil.copyfileobj(src, dst)
            saved.append(destination)
            if len(saved) >= MAX_IMAGES:
                break
    return saved


def _thumbnail(image_path: str) -> str:
    thumb_path = f"{os.path.splitext(image_path)[0]}.thumb.jpg"
    with Image.open(image_path) as img:
        img.thumbnail(THUMB_SIZE)
        img.convert("RGB").save(thumb_path, "JPEG", quality=85)
    return thumb_path


def accept_entry(entry_id: int, archive_path: str) -> dict:
    entry_dir = os.path.join(ENTRY_ROOT, f"entry-{entry_id:05d}")
    os.makedirs(entry_dir, exist_ok=True)
    images = _unpack(archive_path, entry_dir)
    thumbs = [_thumbnail(path) for path in images]
    return {"entry_id": entry_id, "images": len(images), "thumbnails": thumbs}
