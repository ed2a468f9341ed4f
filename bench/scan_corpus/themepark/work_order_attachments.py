"""Attachment handling for maintenance work orders.

Technicians attach phone photos of worn parts to work orders; we keep the
original and generate a small JPEG for the work-order list view.
"""
import logging
import os
import subprocess
import uuid
from pathlib import Path

from werkzeug.datastructures import FileStorage

log = logging.getLogger(__name__)

ATTACH_ROOT = Path(os.environ.get("WORK_ORDER_ATTACHMENTS", "/srv/cmms/attachments"))
MAGICK = os.environ.get("MAGICK_BIN", "/usr/bin/convert")
THUMB_GEOMETRY = "320x320>"
ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic"}


def _thumbnail(src: Path, dst: Path, geometry: str = THUMB_GEOMETRY) -> None:
    cmd = " ".join([MAGICK, f'"{src}"', "-auto-orient", "-thumbnail", f"'{geometry}'", f'"{dst}"'])
    subprocess.run(cmd, shell=True, check=True, timeout=60)


def store_attachment(work_order_id: int, upload: FileStorage) -> dict:
    suffix = Path(upload.filename or "").suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        raise ValueError(f"unsupported attachment type {suffix!r}")

    folder = ATTACH_ROOT / str(work_order_id)
    folder.mkdir(parents=True, exist_ok=True)
    stem = Path(upload.filename).stem
    original = folder / f"{uuid.uuid4().hex}_{stem}{suffix}"
    upload.save(original)

    thumb = original.with_name(original.stem + "_thumb.jpg")
    try:
        _thumbnail(original, thumb)
    except subprocess.CalledProcessError:
        log.exception("thumbnail failed for work order %s", work_order_id)
        thumb = None

    return {
        "original": original.name,
        "thumbnail": thumb.name if thumb else None,
        "size": original.stat().st_size,
    }
