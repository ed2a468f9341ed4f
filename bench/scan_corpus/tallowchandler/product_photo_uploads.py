"""Stores product photographs uploaded by staff for the online catalogue."""
import uuid
from pathlib import Path

import aiofiles
from fastapi import APIRouter, Depends, HTTPException, UploadFile

from tallow.auth import require_staff
from tallow.catalogue import set_product_image
from tallow.config import settings

router = APIRouter(prefix="/catalogue/photos", dependencies=[Depends(require_staff)])

PHOTO_ROOT = Path(settings.PRODUCT_PHOTO_DIR)
EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp"}
MAX_BYTES = 8 * 1024 * 1024


def stored_name(content_type: str) -> str:
    ext = EXTENSIONS.get(content_type)
    if ext is None:
        raise HTTPException(status_code=415, detail="photos must be JPEG, PNG or WebP")
    return f"{uuid.uuid4().hex}{ext}"


@router.post("/{sku}", status_code=201)
async def upload_photo(sku: str, photo: UploadFile):
    name = stored_name(photo.content_type)
    destination = PHOTO_ROOT / name
    written = 0
    async with aiofiles.open(destination, "wb") as out:
        while chunk := await photo.read(1 << 16):
            written += len(chunk)
            if written > MAX_BYTES:
                await out.close()
                destination.unlink(missing_ok=True)
                raise HTTPException(status_code=413, detail="photo too large")
            await out.write(chunk)
    await set_product_image(sku, name, original_name=photo.filename)
    return {"sku": sku, "image": name}
