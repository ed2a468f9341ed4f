"""Customers attach photos of faulty socks (dropped stitches, holes at the toe seam) to a return."""
from datetime import datetime, timezone
from pathlib import Path

import aiofiles
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from returns.deps import current_rma

router = APIRouter(prefix="/returns")

PHOTO_ROOT = Path("/srv/hosier/return-photos")
MAX_BYTES = 8 * 1024 * 1024
ALLOWED_TYPES = {"image/jpeg", "image/png", "image/heic"}


async def _store(rma_id: int, upload: UploadFile) -> Path:
    folder = PHOTO_ROOT / str(rma_id)
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / upload.filename
    written = 0
    async with aiofiles.open(dest, "wb") as out:
        while chunk := await upload.read(64 * 1024):
            written += len(chunk)
            if written > MAX_BYTES:
                await out.close()
                dest.unlink(missing_ok=True)
                raise HTTPException(413, "photo larger than 8 MB")
            await out.write(chunk)
    return dest


@router.post("/{rma_id}/photos", status_code=201)
async def add_photo(rma_id: int, photo: UploadFile = File(...), rma=Depends(current_rma)):
    if rma.id != rma_id:
        raise HTTPException(404)
    if photo.content_type not in ALLOWED_TYPES:
        raise HTTPException(415, "please upload a JPEG, PNG or HEIC photo")
    path = await _store(rma_id, photo)
    rma.photos.append({"name": path.name, "uploaded": datetime.now(timezone.utc).isoformat()})
    await rma.save()
    return {"photo": path.name, "count": len(rma.photos)}


@router.get("/{rma_id}/photos")
async def list_photos(rma_id: int, rma=Depends(current_rma)):
    if rma.id != rma_id:
        raise HTTPException(404)
    return [p["name"] for p in rma.photos]
