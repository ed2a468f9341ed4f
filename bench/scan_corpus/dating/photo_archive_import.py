"""Celery task that imports a photo archive a member exported from another app.

The member uploads a .zip from the onboarding screen; the photos land in a
staging folder and then go through the normal moderation pipeline.
"""
from __future__ import annotations

import os
import shutil
import zipfile

from celery import shared_task

from photos.moderation import enqueue_for_moderation
from photos.storage import staging_dir_for

ALLOWED_EXT = (".jpg", ".jpeg", ".png", ".heic", ".webp")
MAX_PHOTO_BYTES = 15 * 1024 * 1024
MAX_PHOTOS = 30


def unpack_photo_archive(archive_path: str, dest_dir: str) -> list[str]:
    written: list[str] = []
    with zipfile.ZipFile(archive_path) as zf:
        for info in zf.infolist():
            if info.is_dir() or not info.filename.lower().endswith(ALLOWED_EXT):
                continue
            if info.file_size > MAX_PHOTO_BYTES:
                continue
            target = os.path.join(dest_dir, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)
            written.append(target)
            if len(written) >= MAX_PHOTOS:
                break
    return written


@shared_task(bind=True, max_retries=2)
def import_photo_archive(self, member_id: int, archive_path: str) -> int:
    dest = staging_dir_for(member_id)
    try:
        paths = unpack_photo_archive(archive_path, dest)
    except zipfile.BadZipFile:
        return 0
    finally:
        os.remove(archive_path)
    for path in paths:
        enqueue_for_moderation(member_id, path)
    return len(paths)
