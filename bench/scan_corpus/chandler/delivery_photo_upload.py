"""Proof-of-delivery photos taken by launch crews when stores are swung
aboard, attached to the delivery note for disputes over shortages.
"""
from datetime import date
from pathlib import Path

import aiofiles
from fastapi import APIRouter, File, Form, HTTPException, UploadFile

from chandler.config import settings
from chandler.deliveries import notes

router = APIRouter(prefix="/deliveries")

ALLOWED_TYPES = {"image/jpeg", "image/png", "image/heic"}
CHUNK = 1024 * 1024


def _target_dir(delivery_id: int) -> Path:
    folder = Path(settings.pod_photo_root) / f"{date.today():%Y/%m}" / str(delivery_id)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@router.post("/{delivery_id}/photos")
async def upload_photo(
    delivery_id: int, photo: UploadFile = File(...), caption: str = Form("")
):
    if photo.content_type not in ALLOWED_TYPES:
        raise HTTPException(status_code=415, detail="unsupported image type")
    note = await notes.get(delivery_id)
    if note is None:
        raise HTTPException(status_code=404, detail="unknown delivery")
    destination = _target_dir(delivery_id) / photo.filename
    size = 0
    async with aiofiles.open(destination, "wb") as out:
        while chunk := await photo.read(CHUNK):
            size += len(chunk)
            if size > settings.pod_photo_max_bytes:
                raise HTTPException(status_code=413, detail="photo too large")
            await out.write(chunk)
    await notes.attach_photo(delivery_id, path=str(destination), caption=caption, size=size)
    return {"delivery_id": delivery_id, "stored_as": destination.name, "bytes": size}
