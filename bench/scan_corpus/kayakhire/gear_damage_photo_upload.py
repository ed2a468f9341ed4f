"""Guides upload photos of damaged boats and paddles at check-in."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from fastapi import Depends, FastAPI, File, Form, HTTPException, UploadFile
from pydantic_settings import BaseSettings

ALLOWED_TYPES = {"image/jpeg", "image/png", "image/heic"}
MAX_BYTES = 8 * 1024 * 1024


class Settings(BaseSettings):
    damage_photo_root: Path = Path("/srv/kayakhire/damage-photos")


def get_settings() -> Settings:
    return Settings()


app = FastAPI(title="Gear check-in")


def _destination(settings: Settings, craft_id: str, upload: UploadFile) -> Path:
    folder = settings.damage_photo_root / datetime.now(timezone.utc).strftime("%Y-%m") / craft_id
    return folder / upload.filename


@app.post("/checkin/{craft_id}/damage-photo")
async def upload_damage_photo(
    craft_id: int,
    note: str = Form(""),
    photo: UploadFile = File(...),
    settings: Settings = Depends(get_settings),
):
    if photo.content_type not in ALLOWED_TYPES:
        raise HTTPException(status_code=415, detail="Unsupported image type")
    data = await photo.read()
    if len(data) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="Photo too large")
    dest = _destination(settings, str(craft_id), photo)
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_bytes(data)
    if note:
        dest.with_suffix(".txt").write_text(note, encoding="utf-8")
    return {"stored": dest.name, "bytes": len(data)}
