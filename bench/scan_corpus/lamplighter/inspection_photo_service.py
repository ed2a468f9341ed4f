"""Serving of inspection photos taken by crews at each lamp column.

Photos are uploaded by the crew app into ``<root>/<asset_id>/...`` and are
viewed from the asset page of the planner UI and the council portal.
"""
from __future__ import annotations

import re
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from lamplighter.auth import require_staff
from lamplighter.settings import settings

router = APIRouter(prefix="/assets", dependencies=[Depends(require_staff)])

ASSET_ID = re.compile(r"^[A-Z]{2}\d{3}-\d{4,6}$")
MEDIA_TYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png"}


class PhotoStore:
    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)

    def list_photos(self, asset_id: str) -> list[str]:
        if not ASSET_ID.match(asset_id):
            return []
        folder = self.root / asset_id
        if not folder.is_dir():
            return []
        return sorted(p.name for p in folder.iterdir() if p.suffix.lower() in MEDIA_TYPES)

    def response_for(self, asset_id: str, filename: str) -> FileResponse:
        media_type = MEDIA_TYPES.get(Path(filename).suffix.lower(), "application/octet-stream")
        return FileResponse(self.root / asset_id / filename, media_type=media_type)


store = PhotoStore(settings.INSPECTION_PHOTO_ROOT)


@router.get("/{asset_id}/photos")
async def photo_index(asset_id: str) -> dict:
    return {"asset_id": asset_id, "photos": store.list_photos(asset_id)}


@router.get("/{asset_id}/photos/{filename:path}")
async def photo(asset_id: str, filename: str) -> FileResponse:
    if not filename:
        raise HTTPException(status_code=404)
    return store.response_for(asset_id, filename)
