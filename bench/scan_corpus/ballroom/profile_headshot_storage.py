"""Stores competitor headshots under names chosen by the server."""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

from fastapi import Depends, FastAPI, File, HTTPException, UploadFile

from .auth import current_competitor
from .profiles import set_profile_photo

app = FastAPI(title="competitor-headshots")

EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp"}
MAX_BYTES = 5 * 1024 * 1024


class HeadshotStore:
    def __init__(self, root: str) -> None:
        self._root = Path(root)
        self._root.mkdir(parents=True, exist_ok=True)

    def folder_for(self, competitor_id: int) -> Path:
        folder = self._root / str(int(competitor_id))
        folder.mkdir(exist_ok=True)
        return folder

    def save(self, competitor_id: int, upload: UploadFile) -> Path:
        stored_name = f"{uuid.uuid4().hex}{EXTENSIONS[upload.content_type]}"
        dest = self.folder_for(competitor_id) / stored_name
        with dest.open("wb") as out:
            shutil.copyfileobj(upload.file, out)
        return dest


store = HeadshotStore(os.environ.get("HEADSHOT_ROOT", "/srv/ballroom/headshots"))


def _check_size(upload: UploadFile) -> None:
    upload.file.seek(0, os.SEEK_END)
    size = upload.file.tell()
    upload.file.seek(0)
    if size > MAX_BYTES:
        raise HTTPException(status_code=413, detail="photo must be 5 MB or smaller")


@app.post("/profile/headshot")
async def upload_headshot(
    photo: UploadFile = File(...),
    competitor=Depends(current_competitor),
):
    if photo.content_type not in EXTENSIONS:
        raise HTTPException(status_code=415, detail="JPEG, PNG or WebP only")
    _check_size(photo)
    saved = store.save(competitor.id, photo)
    set_profile_photo(competitor.id, saved.name)
    return {"photo": saved.name, "original_name": photo.filename}
