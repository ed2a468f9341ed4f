"""Downloads from the archive of measured drawings (wheel plans, body elevations)."""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .auth import current_staff
from .settings import settings

router = APIRouter(prefix="/drawings", dependencies=[Depends(current_staff)])

ARCHIVE_ROOT = Path(settings.drawing_archive).resolve()
ALLOWED_SUFFIXES = {".pdf", ".dxf", ".svg", ".png"}


def locate(relative: str) -> Path:
    candidate = (ARCHIVE_ROOT / relative).resolve()
    if not candidate.is_relative_to(ARCHIVE_ROOT):
        raise HTTPException(status_code=404)
    if candidate.suffix.lower() not in ALLOWED_SUFFIXES or not candidate.is_file():
        raise HTTPException(status_code=404)
    return candidate


@router.get("/index/{collection}")
async def index(collection: str) -> dict:
    folder = locate_folder(collection)
    return {
        "collection": collection,
        "files": sorted(
            str(p.relative_to(ARCHIVE_ROOT))
            for p in folder.rglob("*")
            if p.suffix.lower() in ALLOWED_SUFFIXES
        ),
    }


def locate_folder(collection: str) -> Path:
    folder = (ARCHIVE_ROOT / collection).resolve()
    if not folder.is_relative_to(ARCHIVE_ROOT) or not folder.is_dir():
        raise HTTPException(status_code=404)
    return folder


@router.get("/file/{relative:path}")
async def download(relative: str) -> FileResponse:
    path = locate(relative)
    media = "application/pdf" if path.suffix.lower() == ".pdf" else None
    return FileResponse(path, media_type=media, filename=path.name)
