"""Upload photos taken during equipment inspections (worn slings, bent
spigots, damaged chain) and attach them to the inspection record."""
from datetime import datetime, timezone
from pathlib import Path

import aiofiles
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from .db import get_repo
from .settings import settings

router = APIRouter(prefix="/inspections")

ALLOWED_TYPES = {"image/jpeg", "image/png", "image/heic"}
MAX_BYTES = 15 * 1024 * 1024


def photo_folder(inspection_id: int, root: Path = settings.photo_root) -> Path:
    folder = root / f"inspection-{inspection_id}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


async def save_upload(upload: UploadFile, folder: Path) -> Path:
    target = folder / upload.filename
    written = 0
    async with aiofiles.open(target, "wb") as out:
        while chunk := await upload.read(256 * 1024):
            written += len(chunk)
            if written > MAX_BYTES:
                raise HTTPException(413, "photo too large")
            await out.write(chunk)
    return target


@router.post("/{inspection_id}/photos", status_code=201)
async def upload_photos(
    inspection_id: int,
    photos: list[UploadFile] = File(...),
    repo=Depends(get_repo),
):
    record = await repo.get_inspection(inspection_id)
    if record is None:
        raise HTTPException(404)
    folder = photo_folder(inspection_id)
    saved = []
    for photo in photos:
        if photo.content_type not in ALLOWED_TYPES:
            raise HTTPException(415, f"{photo.content_type} not accepted")
        path = await save_upload(photo, folder)
        await repo.add_photo(inspection_id, str(path), datetime.now(timezone.utc))
        saved.append(path.name)
    return {"inspection_id": inspection_id, "saved": saved}
