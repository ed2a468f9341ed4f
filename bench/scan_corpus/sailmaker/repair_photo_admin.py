"""Manage damage photos attached to repair tickets."""
import os
from pathlib import Path
from typing import List

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from loft.auth import require_staff

PHOTO_ROOT = Path(os.environ.get("REPAIR_PHOTO_DIR", "/srv/loft/repair-photos"))
router = APIRouter(prefix="/repairs", dependencies=[Depends(require_staff)])


class PhotoInfo(BaseModel):
    name: str
    size: int


def ticket_dir(ticket_id: int) -> Path:
    return PHOTO_ROOT / str(ticket_id)


@router.get("/{ticket_id}/photos", response_model=List[PhotoInfo])
def list_photos(ticket_id: int):
    folder = ticket_dir(ticket_id)
    if not folder.is_dir():
        return []
    return [PhotoInfo(name=p.name, size=p.stat().st_size)
            for p in sorted(folder.iterdir()) if p.is_file()]


@router.delete("/{ticket_id}/photos/{photo_name:path}", status_code=204)
def delete_photo(ticket_id: int, photo_name: str):
    target = ticket_dir(ticket_id) / photo_name
    if not target.exists():
        raise HTTPException(404, "photo not found")
    target.unlink()


@router.delete("/{ticket_id}/photos", status_code=204)
def clear_photos(ticket_id: int):
    folder = ticket_dir(ticket_id)
    for p in folder.glob("*"):
        if p.is_file():
            p.unlink()
