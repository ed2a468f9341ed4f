"""Serve pitch photos to the booking site so guests can see each pitch before choosing it."""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse

router = APIRouter(prefix="/media/pitches")

PHOTO_ROOT = Path(os.environ.get("PITCH_PHOTO_ROOT", "/srv/booking/media/pitches")).resolve()
MEDIA_TYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".webp": "image/webp", ".png": "image/png"}


def _locate(park_code: str, filename: str) -> Path:
    candidate = (PHOTO_ROOT / park_code / filename).resolve()
    if not candidate.is_relative_to(PHOTO_ROOT):
        raise HTTPException(status_code=404)
    if candidate.suffix.lower() not in MEDIA_TYPES or not candidate.is_file():
        raise HTTPException(status_code=404)
    return candidate


@router.get("/{park_code}/{filename:path}")
def pitch_photo(park_code: str, filename: str) -> FileResponse:
    path = _locate(park_code, filename)
    return FileResponse(
        path,
        media_type=MEDIA_TYPES[path.suffix.lower()],
        headers={"Cache-Control": "public, max-age=86400"},
    )


@router.get("/{park_code}")
def list_photos(park_code: str) -> dict[str, list[str]]:
    folder = (PHOTO_ROOT / park_code).resolve()
    if not folder.is_relative_to(PHOTO_ROOT) or not folder.is_dir():
        raise HTTPException(status_code=404)
    names = sorted(p.name for p in folder.iterdir() if p.suffix.lower() in MEDIA_TYPES)
    return {"photos": names}
