"""Photo uploads for the camp gallery (leaders only)."""

import uuid
from pathlib import Path, PurePath

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from camps.auth import require_leader
from camps.settings import settings

router = APIRouter(prefix="/camps/{camp_id}/photos")

GALLERY_ROOT = Path(settings.gallery_dir).resolve()
ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic"}
MAX_BYTES = 15 * 1024 * 1024


@router.post("", status_code=201)
async def upload_photo(camp_id: int, photo: UploadFile = File(...), leader=Depends(require_leader)):
    suffix = PurePath(photo.filename or "").suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        raise HTTPException(415, "Unsupported image type")

    data = await photo.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(413, "Image too large")

    camp_dir = GALLERY_ROOT / str(camp_id)
    camp_dir.mkdir(parents=True, exist_ok=True)
    stored_name = f"{uuid.uuid4().hex}{suffix}"
    dest = camp_dir / stored_name
    dest.write_bytes(data)
    return {"id": stored_name, "uploaded_by": leader.id, "original_name": photo.filename}
