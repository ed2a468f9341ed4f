"""Programme-book assets (notes, portraits) for the concert app."""
from pathlib import Path

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import FileResponse

from .config import settings

router = APIRouter(prefix="/programme-assets", tags=["programme"])

ASSET_ROOT = Path(settings.notes_dir).resolve()
MEDIA_TYPES = {".md": "text/markdown", ".pdf": "application/pdf", ".jpg": "image/jpeg"}


def resolve_asset(concert_id: int, name: str) -> Path:
    concert_dir = ASSET_ROOT / str(concert_id)
    candidate = (concert_dir / name).resolve()
    if not candidate.is_relative_to(concert_dir):
        raise HTTPException(status_code=400, detail="Invalid asset name")
    return candidate


@router.get("/{concert_id}")
async def get_asset(concert_id: int, name: str = Query(..., min_length=1, max_length=120)):
    path = resolve_asset(concert_id, name)
    if path.suffix not in MEDIA_TYPES or not path.is_file():
        raise HTTPException(status_code=404, detail="No such programme asset")
    return FileResponse(path, media_type=MEDIA_TYPES[path.suffix])
