"""FastAPI endpoint for field tablets uploading right-of-way inspection photos."""
from __future__ import annotations

import logging
import os
from datetime import date
from pathlib import Path

from fastapi import APIRouter, Depends, File, Form, HTTPException, UploadFile

from .auth import current_technician

log = logging.getLogger("tablet.photos")
router = APIRouter(prefix="/api/inspections")

PHOTO_ROOT = Path(os.environ.get("ROW_PHOTO_ROOT", "/srv/gaspipe/row-photos"))
ACCEPTED_TYPES = {"image/jpeg", "image/png", "image/heic"}
MAX_BYTES = 25 * 1024 * 1024


def _inspection_dir(work_order: str, when: date) -> Path:
    if not work_order.isalnum():
        raise HTTPException(status_code=400, detail="invalid work order")
    folder = PHOTO_ROOT / f"{when:%Y/%m}" / work_order
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@router.post("/{work_order}/photos", status_code=201)
async def upload_photo(
    work_order: str,
    photo: UploadFile = File(...),
    caption: str = Form(""),
    tech=Depends(current_technician),
) -> dict:
    if photo.content_type not in ACCEPTED_TYPES:
        raise HTTPException(status_code=415, detail="unsupported image type")
    data = await photo.read()
    if len(data) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="photo too large")
    destination = _inspection_dir(work_order, date.today()) / photo.filename
    destination.write_bytes(data)
    log.info("technician %s stored %s (%d bytes)", tech.badge_id, destination.name, len(data))
    return {"work_order": work_order, "stored_as": destination.name, "caption": caption}
