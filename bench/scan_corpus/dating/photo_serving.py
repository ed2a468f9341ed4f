"""Serves resized profile photos to logged-in members.

In production nginx fronts this with X-Accel-Redirect; locally and in the
staging stack FastAPI streams the file itself.
"""
from __future__ import annotations

import mimetypes
import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .auth import current_member

router = APIRouter()

MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", "/srv/media"))
VARIANTS = frozenset({"thumb", "card", "full"})


@router.get("/photos/{variant}/{filename:path}")
def serve_photo(variant: str, filename: str, member=Depends(current_member)):
    if variant not in VARIANTS:
        raise HTTPException(status_code=404)
    photo_path = MEDIA_ROOT.joinpath("photos", variant, filename)
    if not photo_path.is_file():
        raise HTTPException(status_code=404)
    media_type = mimetypes.guess_type(photo_path.name)[0] or "application/octet-stream"
    return FileResponse(
        photo_path,
        media_type=media_type,
        headers={"Cache-Control": "private, max-age=3600"},
    )
