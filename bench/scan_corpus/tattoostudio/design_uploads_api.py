"""Client design reference uploads for consultation requests."""
from pathlib import Path

import aiofiles
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from .deps import get_settings, current_client
from .schemas import UploadResult

router = APIRouter(prefix="/consultations")

ALLOWED_TYPES = {"image/png", "image/jpeg", "image/webp", "application/pdf"}
MAX_BYTES = 15 * 1024 * 1024
CHUNK = 64 * 1024


async def _store(upload: UploadFile, dest_dir: Path) -> Path:
    dest_dir.mkdir(parents=True, exist_ok=True)
    target = dest_dir / upload.filename
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
    if file.content_type not in ALLOWED_TYPES:
        raise HTTPException(status_code=415, detail="unsupported file type")
    base = Path(settings.reference_upload_root) / str(consultation_id)
    stored = await _store(file, base)
    return UploadResult(name=stored.name, size=stored.stat().st_size)
