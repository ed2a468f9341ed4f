"""Ingest camera-trap image bundles uploaded by the field conservation team.

Rangers upload a .tar.gz per SD card; images are unpacked into the staging
area and queued for the species classifier.
"""

import logging
import tarfile
import uuid
from pathlib import Path

from fastapi import APIRouter, File, HTTPException, UploadFile

from conservation.queue import enqueue_for_classification

router = APIRouter(prefix="/camera-traps")
log = logging.getLogger(__name__)

STAGING = Path("/srv/conservation/staging")
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png"}


def _unpack(archive_path: Path, dest: Path) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive_path, mode="r:gz") as tar:
        tar.extractall(path=dest)
    return [p for p in dest.rglob("*") if p.suffix.lower() in IMAGE_SUFFIXES]


@router.post("/{site_code}/bundles")
async def upload_bundle(site_code: str, bundle: UploadFile = File(...)):
    if not site_code.isalnum():
        raise HTTPException(400, "invalid site code")
    batch_id = uuid.uuid4().hex
    batch_dir = STAGING / site_code / batch_id
    batch_dir.mkdir(parents=True, exist_ok=True)
    archive_path = batch_dir / "upload.tar.gz"
    with archive_path.open("wb") as fh:
        while chunk := await bundle.read(1 << 20):
            fh.write(chunk)

    images = _unpack(archive_path, batch_dir / "images")
    for img in images:
        enqueue_for_classification(site_code, batch_id, img)
    log.info("site %s batch %s: %d images queued", site_code, batch_id, len(images))
    return {"batch_id": batch_id, "images": len(images)}
