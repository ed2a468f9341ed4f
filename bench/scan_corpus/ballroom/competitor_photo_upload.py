"""Headshot uploads for competitor profiles shown on the big screen and in the programme."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from fastapi import Depends, FastAPI, File, HTTPException, UploadFile

from .auth import current_competitor
from .profiles import set_profile_photo

app = FastAPI(title="competitor-photos")

ALLOWED_TYPES = {"image/jpeg", "image/png", "image/webp"}
MAX_BYTES = 5 * 1024 * 1024


class PhotoStore:
    def __init__(self, root: str) -> None:
        self._root = Path(root)
        self._root.mkdir(parents=True, exist_ok=True)

    def folder_for(self, competitor_id: int) -> Path:
        folder = self._root / str(competitor_id)
        folder.mkdir(exist_ok=True)
        return folder

    def save(self, competitor_id: int, upload: UploadFile) -> Path:
        dest = self.folder_for(competitor_id) / upload.filename
        with dest.open("wb") as out:
            shutil.copyfileobj(upload.file, out)
        return dest


store = PhotoStore(os.environ.get("PHOTO_ROOT", "/srv/ballroom/photos"))


def _check_size(upload: UploadFile) -> None:
    upload.file.seek(0, os.SEEK_END)
    size = upload.file.tell()
    upload.file.seek(0)
    if size > MAX_BYTES:
        raise HTTPException(status_code=413, detail="photo must be 5 MB or smaller")


@app.post("/profile/photo")
async def upload_photo(
    photo: UploadFile = File(...),
    competitor=Depends(current_competitor),
):
    if photo.content_type not in ALLOWED_TYPES:
        raise HTTPException(status_code=415, detail="JPEG, PNG or WebP only")
    _check_size(photo)
    saved = store.save(competitor.id, photo)
    set_profile_photo(competitor.id, saved.name)
    return {"photo": saved.name}
