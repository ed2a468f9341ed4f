"""Serve stored photo files to the parent app."""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .auth import parent_claims
from .settings import settings

router = APIRouter(prefix="/children/{child_id}/photos")

MEDIA_ROOT = Path(settings.media_root).resolve()


def _resolve_photo(child_id: int, filename: str) -> Path:
    child_dir = (MEDIA_ROOT / str(child_id)).resolve()
    candidate = (child_dir / filename).resolve()
    if not candidate.is_relative_to(child_dir) or not candidate.is_file():
        raise HTTPException(status_code=404)
    return candidate


@router.get("/{filename}")
def get_photo(child_id: int, filename: str, claims: dict = Depends(parent_claims)):
    if child_id not in claims.get("children", []):
        raise HTTPException(status_code=403)
    path = _resolve_photo(child_id, filename)
    return FileResponse(path, media_type="image/jpeg")
