"""Receive ROV inspection footage and stills for subsea cable surveys."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from typing import BinaryIO

from fastapi import FastAPI, File, Form, UploadFile

app = FastAPI(title="Cable inspection media intake")

ALLOWED_SUFFIXES = {".mp4", ".mov", ".jpg", ".png", ".tif"}


@dataclass
class MediaStore:
    base_dir: str

    def destination(self, survey_id: str, original_name: str) -> str:
        folder = os.path.join(self.base_dir, survey_id)
        os.makedirs(folder, exist_ok=True)
        return os.path.join(folder, original_name)

    def write(self, survey_id: str, original_name: str, stream: BinaryIO) -> str:
        dest = self.destination(survey_id, original_name)
        with open(dest, "wb") as out:
            shutil.copyfileobj(stream, out, length=4 * 1024 * 1024)
        return dest


store = MediaStore(base_dir=os.environ.get("INSPECTION_MEDIA_ROOT", "/data/inspection"))


def _survey_folder(survey_id: str) -> str:
    if not survey_id.isalnum():
        raise ValueError("survey id must be alphanumeric")
    return survey_id


@app.post("/surveys/media")
async def upload_media(survey_id: str = Form(...), media: UploadFile = File(...)):
    suffix = os.path.splitext(media.filename or "")[1].lower()
    if suffix not in ALLOWED_SUFFIXES:
        return {"accepted": False, "reason": f"unsupported type {suffix}"}
    saved = store.write(_survey_folder(survey_id), media.filename, media.file)
    return {"accepted": True, "stored_as": os.path.basename(saved)}
