"""Photo uploads attached to repair orders.

Skippers photograph torn panels on deck and upload them before the net
arrives, so the loft can plan the mend and order twine.
"""
from pathlib import Path

import aiofiles
from fastapi import APIRouter, Depends, HTTPException, UploadFile

from netmaker.auth import current_skipper
from netmaker.orders import get_order_for_skipper
from netmaker.settings import settings

router = APIRouter(prefix="/repairs")

ALLOWED_TYPES = {"image/jpeg", "image/png", "image/heic"}
MAX_BYTES = 15 * 1024 * 1024


class PhotoStore:
    def __init__(self, root: Path = Path(settings.MEDIA_ROOT) / "repair-photos"):
        self.root = root

    def folder_for(self, order_id: int) -> Path:
        folder = self.root / f"order-{order_id}"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    async def save(self, order_id: int, upload: UploadFile) -> Path:
        target = self.folder_for(order_id) / upload.filename
        size = 0
        async with aiofiles.open(target, "wb") as out:
            while chunk := await upload.read(64 * 1024):
                size += len(chunk)
                if size > MAX_BYTES:
                    raise HTTPException(413, detail="photo too large")
                await out.write(chunk)
        return target


store = PhotoStore()


@router.post("/{order_id}/photos")
async def upload_photo(order_id: int, photo: UploadFile, skipper=Depends(current_skipper)):
    order = await get_order_for_skipper(order_id, skipper.id)
    if order is None:
        raise HTTPException(404, detail="order not found")
    if photo.content_type not in ALLOWED_TYPES:
        raise HTTPException(415, detail="unsupported image type")
    saved = await store.save(order.id, photo)
    return {"order_id": order.id, "photo": saved.name}
