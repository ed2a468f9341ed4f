"""Stores photos technicians take of soundboards, actions and serial plates."""
from datetime import datetime, timezone
from pathlib import Path

import aiofiles
from fastapi import APIRouter, Depends, File, Form, UploadFile

from pianotuner.auth import current_technician
from pianotuner.settings import settings

router = APIRouter(prefix="/tech/photos", tags=["photos"])

ALLOWED_TYPES = {"image/jpeg", "image/png", "image/heic"}


class PhotoStore:
    def __init__(self, root: Path = settings.photo_root):
        self.root = Path(root)

    def folder_for(self, piano_id: int) -> Path:
        folder = self.root / f"piano-{piano_id}"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    async def save(self, piano_id: int, upload: UploadFile) -> Path:
        target = self.folder_for(piano_id) / upload.filename
        async with aiofiles.open(target, "wb") as out:
            while chunk := await upload.read(1 << 16):
                await out.write(chunk)
        return target


store = PhotoStore()


@router.post("/{piano_id}")
async def upload_photo(
    piano_id: int,
    caption: str = Form(""),
    photo: UploadFile = File(...),
    technician=Depends(current_technician),
):
    if photo.content_type not in ALLOWED_TYPES:
        return {"error": "unsupported image type"}
    saved = await store.save(piano_id, photo)
    return {
        "piano_id": piano_id,
        "stored_as": saved.name,
        "caption": caption,
        "by": technician.id,
        "at": datetime.now(timezone.utc).isoformat(),
    }
