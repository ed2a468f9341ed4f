"""Client reference-image uploads attached to piercing consultations."""
import uuid
from pathlib import Path

import aiofiles
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile
from werkzeug.utils import secure_filename

from .deps import current_client, get_settings
from .repository import record_reference
from .schemas import UploadResult

router = APIRouter(prefix="/piercing-consultations")

ALLOWED_SUFFIXES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".webp": "image/webp"}
MAX_BYTES = 10 * 1024 * 1024
CHUNK = 64 * 1024


async def _store(upload: UploadFile, dest_dir: Path) -> Path:
    suffix = Path(secure_filename(upload.filename or "")).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        raise HTTPException(status_code=415, detail="unsupported file type")
    dest_dir.mkdir(parents=True, exist_ok=True)
    target = dest_dir / f"{uuid.uuid4().hex}{suffix}"
    written = 0
    async with aiofiles.open(target, "wb") as out:
        while chunk := await upload.read(CHUNK):
            written += len(chunk)
            if written > MAX_BYTES:
                raise HTTPException(status_code=413, detail="file too large")
            await out.write(chunk)
    return target


@router.post("/{consultation_id}/references", response_model=UploadResult)
async def upload_reference(
    consultation_id: int,
    file: UploadFile = File(...),
    client=Depends(current_client),
    settings=Depends(get_settings),
):
    if consultation_id not in client.consultation_ids:
        raise HTTPException(status_code=404)
    base = Path(settings.reference_upload_root) / str(consultation_id)
    stored = await _store(file, base)
    await record_reference(consultation_id, stored.name, original_name=file.filename)
    return UploadResult(name=stored.name, size=stored.stat().st_size)
