"""Receive licence-plate snapshots pushed by entry cameras and archive them."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from fastapi import FastAPI, File, Form, HTTPException, UploadFile

app = FastAPI(title="lpr-archive")


class SnapshotSettings:
    root = Path(os.environ.get("LPR_SNAPSHOT_ROOT", "/data/lpr"))
    max_bytes = 4 * 1024 * 1024
    allowed_types = {"image/jpeg", "image/png"}


settings = SnapshotSettings()


def day_folder(camera_id: str) -> Path:
    folder = settings.root / camera_id / dt.date.today().isoformat()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def target_for(camera_id: str, upload: UploadFile) -> Path:
    return day_folder(camera_id) / upload.filename


@app.post("/cameras/{camera_id}/snapshots")
async def receive_snapshot(
    camera_id: str,
    plate: str = Form(...),
    confidence: float = Form(...),
    image: UploadFile = File(...),
) -> dict:
    if not camera_id.replace("-", "").isalnum():
        raise HTTPException(status_code=400, detail="invalid camera id")
    if image.content_type not in settings.allowed_types:
        raise HTTPException(status_code=415, detail="unsupported image type")
    data = await image.read()
    if len(data) > settings.max_bytes:
        raise HTTPException(status_code=413, detail="image too large")
    destination = target_for(camera_id, image)
    destination.write_bytes(data)
    return {
        "stored": destination.name,
        "plate": plate.upper(),
        "confidence": round(confidence, 3),
    }
