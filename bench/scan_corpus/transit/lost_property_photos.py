"""Serves photos of found items to the lost property web form.

Counter staff photograph each item when it is logged; the photos are kept
under ``PHOTO_ROOT/<item id>/``. Customers browsing their possible matches
get thumbnails through this endpoint.
"""
import os
from pathlib import Path

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import FileResponse

router = APIRouter(prefix="/lost-property")

PHOTO_ROOT = Path(os.environ.get("LOST_PROPERTY_PHOTOS", "/srv/lostproperty/photos"))
ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}


def _photo_path(item_id: int, name: str) -> Path:
    return PHOTO_ROOT / str(item_id) / name


@router.get("/items/{item_id}/photo")
def item_photo(item_id: int, file: str = Query(..., max_length=200)):
    path = _photo_path(item_id, file)
    if path.suffix.lower() not in ALLOWED_SUFFIXES:
        raise HTTPException(400, "unsupported file type")
    if not path.is_file():
        raise HTTPException(404, "photo not found")
    return FileResponse(path, headers={"Cache-Control": "private, max-age=3600"})


@router.get("/items/{item_id}/photos")
def list_photos(item_id: int):
    folder = PHOTO_ROOT / str(item_id)
    if not folder.is_dir():
        return {"photos": []}
    return {"photos": sorted(p.name for p in folder.iterdir() if p.suffix.lower() in ALLOWED_SUFFIXES)}
