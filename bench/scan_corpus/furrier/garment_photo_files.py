"""Serves intake photographs of garments to the staff app.

Photos are taken at the counter when a coat is checked in (front, back,
lining, any existing damage) and stored under a per-tag folder.
"""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .deps import require_staff
from .settings import settings

router = APIRouter(prefix="/staff/photos", dependencies=[Depends(require_staff)])

PHOTO_ROOT = Path(settings.photo_root).resolve()
ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic"}


def _resolve_photo(tag: str, name: str) -> Path:
    candidate = (PHOTO_ROOT / tag / name).resolve()
    if not candidate.is_relative_to(PHOTO_ROOT):
        raise HTTPException(status_code=404)
    if candidate.suffix.lower() not in ALLOWED_SUFFIXES:
        raise HTTPException(status_code=415)
    if not candidate.is_file():
        raise HTTPException(status_code=404)
    return candidate


@router.get("/{tag}")
def list_photos(tag: str) -> dict:
    folder = (PHOTO_ROOT / tag).resolve()
    if not folder.is_relative_to(PHOTO_ROOT) or not folder.is_dir():
        raise HTTPException(status_code=404)
    return {
        "tag": tag,
        "photos": sorted(
            p.name for p in folder.iterdir() if p.suffix.lower() in ALLOWED_SUFFIXES
        ),
    }


@router.get("/{tag}/{name}")
def get_photo(tag: str, name: str) -> FileResponse:
    path = _resolve_photo(tag, name)
    media = "image/png" if path.suffix.lower() == ".png" else "image/jpeg"
    return FileResponse(path, media_type=media)
