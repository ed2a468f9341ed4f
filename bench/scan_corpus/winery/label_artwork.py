"""Routes for the design team to fetch approved label artwork by vintage."""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import FileResponse

router = APIRouter(prefix="/artwork", tags=["artwork"])

ARTWORK_ROOT = Path(os.environ.get("ARTWORK_ROOT", "/srv/winery/artwork"))
MEDIA_TYPES = {".pdf": "application/pdf", ".png": "image/png", ".svg": "image/svg+xml"}


@router.get("/vintages")
def list_vintages() -> list[int]:
    return sorted(int(p.name) for p in ARTWORK_ROOT.iterdir() if p.is_dir() and p.name.isdigit())


@router.get("/download")
def download_artwork(vintage: int = Query(..., ge=1990, le=2100),
                     file: str = Query(..., min_length=1, max_length=200)):
    target = ARTWORK_ROOT / str(vintage) / file
    if not target.is_file():
        raise HTTPException(status_code=404, detail="artwork not found")
    media_type = MEDIA_TYPES.get(target.suffix.lower(), "application/octet-stream")
    return FileResponse(target, media_type=media_type, filename=target.name)
