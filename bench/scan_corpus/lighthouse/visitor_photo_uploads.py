"""Accept visitor photo uploads for the seasonal lighthouse photography competition."""
from __future__ import annotations

import hashlib
import os
from datetime import datetime, timezone
from pathlib import Path

from fastapi import FastAPI, File, Form, HTTPException, UploadFile

PHOTO_ROOT = Path(os.environ.get("PHOTO_ROOT", "/srv/lighthouse/photos"))
MAX_BYTES = 15 * 1024 * 1024
IMAGE_TYPES = {"image/jpeg", "image/png", "image/webp"}

app = FastAPI(title="Photo competition")


class PhotoStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def album_dir(self, season: str, entrant: str) -> Path:
        path = self.root / season / entrant
        path.mkdir(parents=True, exist_ok=True)
        return path

    def save(self, season: str, entrant: str, filename: str, data: bytes) -> Path:
        target = self.album_dir(season, entrant) / filename
        target.write_bytes(data)
        return target


store = PhotoStore(PHOTO_ROOT)


@app.post("/competitions/{season}/entries")
async def submit_entry(
    season: str,
    entrant: str = Form(...),
    caption: str = Form(""),
    photo: UploadFile = File(...),
) -> dict:
    if photo.content_type not in IMAGE_TYPES:
        raise HTTPException(status_code=415, detail="unsupported image type")
    data = await photo.read()
    if len(data) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="photo too large")
    if not entrant.isalnum():
        raise HTTPException(status_code=422, detail="entrant id must be alphanumeric")
    if not season.isdigit():
        raise HTTPException(status_code=404, detail="unknown season")
    saved = store.save(season, entrant, photo.filename or "upload.jpg", data)
    return {
        "stored_as": saved.name,
        "sha256": hashlib.sha256(data).hexdigest(),
        "caption": caption[:280],
        "received_at": datetime.now(timezone.utc).isoformat(),
    }
