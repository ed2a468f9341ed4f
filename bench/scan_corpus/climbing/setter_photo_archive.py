"""Unpacks the photo bundles setters upload after a reset so each new route gets its beta photos."""
from __future__ import annotations

import logging
import shutil
import tarfile
import uuid
from pathlib import Path

from celery import shared_task
from PIL import Image

log = logging.getLogger("routes.photos")

UPLOAD_ROOT = Path("/srv/routes/uploads")
PHOTO_ROOT = Path("/srv/routes/photos")
THUMB_SIZE = (480, 480)
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}


def _staging_dir(reset_id: int) -> Path:
    path = UPLOAD_ROOT / "staging" / f"{reset_id}-{uuid.uuid4().hex}"
    path.mkdir(parents=True, exist_ok=False)
    return path


def unpack_bundle(bundle: Path, dest: Path) -> list[Path]:
    with tarfile.open(bundle, mode="r:*") as tar:
        tar.extractall(path=dest)
    return [p for p in dest.rglob("*") if p.suffix.lower() in IMAGE_SUFFIXES]


def _make_thumbnail(src: Path, dest_dir: Path) -> Path:
    dest_dir.mkdir(parents=True, exist_ok=True)
    thumb_path = dest_dir / f"{src.stem}_thumb.jpg"
    with Image.open(src) as img:
        img = img.convert("RGB")
        img.thumbnail(THUMB_SIZE)
        img.save(thumb_path, "JPEG", quality=82)
    return thumb_path


@shared_task(bind=True, max_retries=2)
def process_reset_photos(self, reset_id: int, bundle_name: str) -> dict:
    bundle = UPLOAD_ROOT / f"reset-{reset_id}" / Path(bundle_name).name
    staging = _staging_dir(reset_id)
    try:
        images = unpack_bundle(bundle, staging)
        out_dir = PHOTO_ROOT / str(reset_id)
        out_dir.mkdir(parents=True, exist_ok=True)
        stored = []
        for img in images:
            final = out_dir / img.name
            shutil.copy2(img, final)
            _make_thumbnail(final, out_dir / "thumbs")
            stored.append(final.name)
        log.info("reset %s: stored %d photos", reset_id, len(stored))
        return {"reset_id": reset_id, "photos": stored}
    except tarfile.TarError as exc:
        log.warning("reset %s: unreadable bundle %s (%s)", reset_id, bundle_name, exc)
        return {"reset_id": reset_id, "photos": [], "error": "unreadable bundle"}
    finally:
        shutil.rmtree(staging, ignore_errors=True)
