"""Serves avatar images for the web client."""

import mimetypes
import os
from pathlib import Path

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import FileResponse

AVATAR_ROOT = Path(os.environ.get("AVATAR_ROOT", "/srv/media/avatars"))
DEFAULT_AVATAR = AVATAR_ROOT / "_default.png"
CACHE_SECONDS = 86400

router = APIRouter()


def _headers() -> dict[str, str]:
    return {"Cache-Control": f"public, max-age={CACHE_SECONDS}"}


@router.get("/media/avatar")
def get_avatar(name: str = Query(..., min_length=1, max_length=255)):
    path = AVATAR_ROOT / name
    if not path.is_file():
        return FileResponse(DEFAULT_AVATAR, media_type="image/png", headers=_headers())
    media_type, _ = mimetypes.guess_type(path.name)
    if media_type not in {"image/png", "image/jpeg", "image/webp", "image/gif"}:
        raise HTTPException(status_code=415, detail="unsupported avatar type")
    return FileResponse(path, media_type=media_type, headers=_headers())
