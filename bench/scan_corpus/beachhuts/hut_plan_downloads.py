"""Downloadable site plans, hut regulations and byelaw PDFs for licence holders."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .auth import CurrentOwner, current_owner
from .settings import settings

router = APIRouter(prefix="/downloads", tags=["downloads"])

PUBLIC_ROOT = Path(settings.public_documents_dir).resolve()
MEDIA_TYPES = {".pdf": "application/pdf", ".png": "image/png", ".jpg": "image/jpeg"}


def resolve_download(relative: str) -> Path:
    candidate = (PUBLIC_ROOT / relative).resolve()
    if not candidate.is_relative_to(PUBLIC_ROOT):
        raise HTTPException(status_code=404, detail="Document not found.")
    if not candidate.is_file() or candidate.suffix.lower() not in MEDIA_TYPES:
        raise HTTPException(status_code=404, detail="Document not found.")
    return candidate


@router.get("")
def index(owner: CurrentOwner = Depends(current_owner)) -> list[dict]:
    items = []
    for path in sorted(PUBLIC_ROOT.rglob("*")):
        if path.is_file() and path.suffix.lower() in MEDIA_TYPES:
            items.append(
                {
                    "path": path.relative_to(PUBLIC_ROOT).as_posix(),
                    "size": path.stat().st_size,
                }
            )
    return items


@router.get("/{relative:path}")
def download(relative: str, owner: CurrentOwner = Depends(current_owner)) -> FileResponse:
    path = resolve_download(relative)
    return FileResponse(path, media_type=MEDIA_TYPES[path.suffix.lower()], filename=path.name)
