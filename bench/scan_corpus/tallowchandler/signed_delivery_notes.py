"""Upload endpoint for photographed, signed delivery notes from the van tablets."""
from datetime import date
from pathlib import Path

import aiofiles
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from tallow.auth import tablet_device
from tallow.config import settings
from tallow.rounds import attach_delivery_note

router = APIRouter(prefix="/tablet/notes")

NOTES_ROOT = Path(settings.DELIVERY_NOTES_DIR)
ALLOWED_TYPES = {"image/jpeg", "image/png", "application/pdf"}


def day_folder(day: date) -> Path:
    folder = NOTES_ROOT / day.strftime("%Y/%m/%d")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@router.post("/{drop_id}", status_code=201)
async def upload_signed_note(
    drop_id: int,
    note: UploadFile = File(...),
    device=Depends(tablet_device),
):
    if note.content_type not in ALLOWED_TYPES:
        raise HTTPException(status_code=415, detail="unsupported file type")
    destination = day_folder(date.today()) / note.filename
    async with aiofiles.open(destination, "wb") as out:
        while chunk := await note.read(1 << 16):
            await out.write(chunk)
    await attach_delivery_note(drop_id, str(destination), uploaded_by=device.serial)
    return {"drop": drop_id, "stored": destination.name}
