"""Before/after photo gallery for mail-in customers.

Customers see photos of their blades from the tracking page; the
front-end requests each image by its relative path under the order.
"""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from knifegrinder.orders.access import order_for_tracking_session
from knifegrinder.settings import get_settings

router = APIRouter(prefix="/track")

IMAGE_TYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".webp": "image/webp"}


class OrderPhotoDirectory:
    def __init__(self, root: Path, order_id: int):
        self.base = (root / "mail_in" / str(order_id)).resolve()

    def resolve(self, relative: str) -> Path:
        candidate = (self.base / relative).resolve()
        if not candidate.is_relative_to(self.base):
            raise HTTPException(status_code=404, detail="photo not found")
        return candidate

    def listing(self) -> list[str]:
        if not self.base.is_dir():
            return []
        return sorted(str(p.relative_to(self.base)) for p in self.base.rglob("*") if p.suffix.lower() in IMAGE_TYPES)


@router.get("/photos")
async def list_photos(order=Depends(order_for_tracking_session)):
    directory = OrderPhotoDirectory(Path(get_settings().photo_root), order.id)
    return {"photos": directory.listing()}


@router.get("/photos/{relative:path}")
async def get_photo(relative: str, order=Depends(order_for_tracking_session)):
    directory = OrderPhotoDirectory(Path(get_settings().photo_root), order.id)
    path = directory.resolve(relative)
    media_type = IMAGE_TYPES.get(path.suffix.lower())
    if media_type is None or not path.is_file():
        raise HTTPException(status_code=404, detail="photo not found")
    return FileResponse(path, media_type=media_type)
