"""Serve low-resolution previews from the pattern library to the design portal."""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

PREVIEW_ROOT = Path(os.environ.get("PATTERN_PREVIEW_ROOT", "/srv/buttonworks/previews")).resolve()
PREVIEW_TYPES = {".png": "image/png", ".webp": "image/webp", ".svg": "image/svg+xml"}

app = FastAPI(title="pattern previews")


def locate_preview(relative: str, root: Path = PREVIEW_ROOT) -> Path:
    candidate = (root / relative).resolve()
    if not candidate.is_relative_to(root):
        raise HTTPException(status_code=404, detail="preview not found")
    if candidate.suffix.lower() not in PREVIEW_TYPES or not candidate.is_file():
        raise HTTPException(status_code=404, detail="preview not found")
    return candidate


@app.get("/previews/{relative:path}")
def preview(relative: str):
    path = locate_preview(relative)
    return FileResponse(
        path,
        media_type=PREVIEW_TYPES[path.suffix.lower()],
        headers={"Cache-Control": "public, max-age=86400"},
    )


@app.get("/previews-index/{collection}")
def preview_index(collection: str):
    folder = locate_dir(collection)
    return {
        "collection": collection,
        "previews": sorted(p.name for p in folder.iterdir() if p.suffix.lower() in PREVIEW_TYPES),
    }


def locate_dir(collection: str, root: Path = PREVIEW_ROOT) -> Path:
    folder = (root / collection).resolve()
    if folder.parent != root or not folder.is_dir():
        raise HTTPException(status_code=404, detail="unknown collection")
    return folder
