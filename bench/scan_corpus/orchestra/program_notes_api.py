"""Programme notes service for the concert app and streaming player overlay."""
from pathlib import Path

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import FileResponse

from .config import settings

router = APIRouter(prefix="/programme-notes", tags=["programme"])

NOTES_ROOT = Path(settings.notes_dir)
MEDIA_TYPES = {".md": "text/markdown", ".pdf": "application/pdf", ".jpg": "image/jpeg"}


def notes_path(concert_id: int, name: str) -> Path:
    return NOTES_ROOT / str(concert_id) / name


@router.get("/{concert_id}/file")
async def get_notes_file(concert_id: int, name: str = Query(..., min_length=1)):
    """Serve a programme-notes asset, e.g. ?name=notes-en.md or ?name=portrait.jpg."""
    path = notes_path(concert_id, name)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="No such programme asset")
    return FileResponse(path, media_type=MEDIA_TYPES.get(path.suffix, "application/octet-stream"))
