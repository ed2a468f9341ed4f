"""Upload of attachments (dangerous goods declarations, draught surveys) to lock slot requests."""
from pathlib import Path

import aiofiles
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from bargeman.auth import current_skipper
from bargeman.locks import slot_owned_by
from bargeman.settings import settings

router = APIRouter(prefix="/lock-slots")

MAX_ATTACHMENT_BYTES = 15 * 1024 * 1024


def attachment_folder(slot_id: int) -> Path:
    folder = Path(settings.ATTACHMENT_DIR) / "slots" / str(slot_id)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@router.post("/{slot_id}/attachments")
async def upload_attachment(
    slot_id: int,
    upload: UploadFile = File(...),
    skipper=Depends(current_skipper),
):
    if not await slot_owned_by(slot_id, skipper.id):
        raise HTTPException(404, "slot not found")
    destination = attachment_folder(slot_id) / upload.filename
    written = 0
    async with aiofiles.open(destination, "wb") as out:
        while chunk := await upload.read(1024 * 1024):
            written += len(chunk)
            if written > MAX_ATTACHMENT_BYTES:
                raise HTTPException(413, "attachment too large")
            await out.write(chunk)
    return {"slot_id": slot_id, "stored_as": destination.name, "bytes": written}
