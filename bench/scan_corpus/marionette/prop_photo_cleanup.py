"""Workshop endpoint for removing outdated reference photos of props and puppets."""

from __future__ import annotations

import logging
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from .auth import require_workshop_staff

log = logging.getLogger(__name__)
router = APIRouter(prefix="/props")

PHOTO_ROOT = Path("/srv/marionette/prop-photos")
PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}


class PhotoDeleteRequest(BaseModel):
    photo_name: str
    reason: str = "replaced"


def _photo_dir(prop_id: int) -> Path:
    return PHOTO_ROOT / f"prop-{prop_id:06d}"


@router.get("/{prop_id}/photos")
def list_photos(prop_id: int, user=Depends(require_workshop_staff)) -> list[str]:
    folder = _photo_dir(prop_id)
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if p.suffix.lower() in PHOTO_SUFFIXES)


@router.post("/{prop_id}/photos/delete")
def delete_photo(prop_id: int, body: PhotoDeleteRequest, user=Depends(require_workshop_staff)) -> dict:
    if Path(body.photo_name).suffix.lower() not in PHOTO_SUFFIXES:
        raise HTTPException(status_code=400, detail="not a photo")
    target = _photo_dir(prop_id) / body.photo_name
    if not target.is_file():
        raise HTTPException(status_code=404, detail="no such photo")
    target.unlink()
    log.info("user %s removed photo %s of prop %d (%s)", user.username, target.name, prop_id, body.reason)
    return {"deleted": target.name}
