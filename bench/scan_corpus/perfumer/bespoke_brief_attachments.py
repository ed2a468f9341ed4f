"""Upload endpoint for mood boards and notes attached to a bespoke scent brief."""
from pathlib import Path

import aiofiles
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from perfumer.auth import current_client
from perfumer.bespoke import BespokeBrief, get_brief
from perfumer.config import settings

router = APIRouter(prefix="/bespoke")

ALLOWED_TYPES = {"image/jpeg", "image/png", "application/pdf", "text/plain"}
MAX_BYTES = 15 * 1024 * 1024


class AttachmentStore:
    def __init__(self, root: Path = Path(settings.BESPOKE_ATTACHMENT_ROOT)):
        self.root = root

    def target(self, brief_id: int, filename: str) -> Path:
        folder = self.root / f"brief-{brief_id}"
        folder.mkdir(parents=True, exist_ok=True)
        return folder / filename

    async def save(self, brief_id: int, upload: UploadFile) -> Path:
        destination = self.target(brief_id, upload.filename)
        size = 0
        async with aiofiles.open(destination, "wb") as out:
            while chunk := await upload.read(1 << 16):
                size += len(chunk)
                if size > MAX_BYTES:
                    raise HTTPException(status_code=413, detail="Attachment too large")
                await out.write(chunk)
        return destination


store = AttachmentStore()


@router.post("/briefs/{brief_id}/attachments")
async def add_attachment(
    brief_id: int,
    upload: UploadFile = File(...),
    client=Depends(current_client),
):
    brief: BespokeBrief = await get_brief(brief_id)
    if brief.client_id != client.id:
        raise HTTPException(status_code=404)
    if upload.content_type not in ALLOWED_TYPES:
        raise HTTPException(status_code=415, detail="Unsupported attachment type")
    saved = await store.save(brief_id, upload)
    await brief.add_attachment(name=saved.name, content_type=upload.content_type)
    return {"name": saved.name}
