"""Upload endpoint for campaign page media (hero images, gallery, press kit)."""

from pathlib import Path

import aiofiles
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from .auth import CampaignOwner, require_campaign_owner
from .config import settings

router = APIRouter(prefix="/campaigns/{campaign_id}/media")

MEDIA_ROOT = Path(settings.media_root)
MAX_BYTES = 15 * 1024 * 1024
ALLOWED_TYPES = {"image/jpeg", "image/png", "image/webp", "application/pdf"}
CHUNK = 1024 * 1024


@router.post("", status_code=201)
async def upload_media(
    campaign_id: int,
    upload: UploadFile = File(...),
    owner: CampaignOwner = Depends(require_campaign_owner),
):
    if upload.content_type not in ALLOWED_TYPES:
        raise HTTPException(415, "unsupported media type")
    if not upload.filename:
        raise HTTPException(400, "missing filename")

    target_dir = MEDIA_ROOT / str(campaign_id)
    target_dir.mkdir(parents=True, exist_ok=True)
    written = 0
    async with aiofiles.open(target_dir / upload.filename, "wb") as out:
        while chunk := await upload.read(CHUNK):
            written += len(chunk)
            if written > MAX_BYTES:
                raise HTTPException(413, "file too large")
            await out.write(chunk)

    return {
        "campaign_id": campaign_id,
        "filename": upload.filename,
        "size": written,
        "url": f"{settings.media_url}/{campaign_id}/{upload.filename}",
    }
