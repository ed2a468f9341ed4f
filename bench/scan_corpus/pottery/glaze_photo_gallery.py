"""Serve glaze test-tile photos for the public glaze library pages."""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI(title="Glaze library")

PHOTO_ROOT = Path(os.environ.get("GLAZE_PHOTO_ROOT", "/srv/studio/glaze-photos")).resolve()
ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}


def resolve_photo(glaze_slug: str, filename: str) -> Path:
    candidate = (PHOTO_ROOT / glaze_slug / filename).resolve()
    if not candidate.is_relative_to(PHOTO_ROOT):
        raise HTTPException(status_code=404)
    if candidate.suffix.lower() not in ALLOWED_SUFFIXES or not candidate.is_file():
        raise HTTPException(status_code=404)
    return candidate


@app.get("/glazes/{glaze_slug}/photos")
def list_photos(glaze_slug: str) -> dict:
    folder = (PHOTO_ROOT / glaze_slug).resolve()
    if not folder.is_relative_to(PHOTO_ROOT) or not folder.is_dir():
        raise HTTPException(status_code=404)
    return {
        "glaze": glaze_slug,
        "photos": sorted(p.name for p in folder.iterdir() if p.suffix.lower() in ALLOWED_SUFFIXES),
    }


@app.get("/glazes/{glaze_slug}/photos/{filename:path}")
def get_photo(glaze_slug: str, filename: str) -> FileResponse:
    path = resolve_photo(glaze_slug, filename)
    return FileResponse(path, headers={"Cache-Control": "public, max-age=86400"})
