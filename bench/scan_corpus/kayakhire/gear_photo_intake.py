"""Stores guide-uploaded photos of paddleboards and kayaks returned with damage."""

from __future__ import annotations

import secrets
from pathlib import Path, PurePosixPath

from fastapi import APIRouter, File, HTTPException, UploadFile

router = APIRouter()

PHOTO_ROOT = Path("/srv/kayakhire/gear-photos")
EXTENSIONS = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png"}
MAX_BYTES = 8 * 1024 * 1024


def _extension(client_name: str | None) -> str:
    suffix = PurePosixPath(client_name or "").suffix.lower()
    if suffix not in EXTENSIONS:
        raise HTTPException(status_code=415, detail="only JPEG or PNG photos are accepted")
    return suffix


def _stored_path(craft_id: int, suffix: str) -> Path:
    folder = PHOTO_ROOT / f"craft-{craft_id:05d}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{secrets.token_hex(8)}{suffix}"


@router.post("/gear/{craft_id}/photos", status_code=201)
async def add_photo(craft_id: int, photo: UploadFile = File(...)) -> dict[str, str]:
    suffix = _extension(photo.filename)
    data = await photo.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="photo too large")
    target = _stored_path(craft_id, suffix)
    target.write_bytes(data)
    return {"photo": target.name, "original_name": photo.filename or ""}
