"""Storage for technicians' job photos."""
import os
import uuid
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile
from werkzeug.utils import secure_filename

from .auth import current_technician
from .jobs import get_job

router = APIRouter(prefix="/jobs", tags=["photos"])

PHOTO_ROOT = Path(os.environ.get("JOB_PHOTO_ROOT", "/var/lib/dispatch/photos"))
ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic"}
MAX_BYTES = 15 * 1024 * 1024


def stored_name(original: str | None) -> str:
    suffix = Path(secure_filename(original or "")).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        raise HTTPException(415, "unsupported image type")
    return f"{uuid.uuid4().hex}{suffix}"


@router.post("/{job_id}/photos")
async def upload(job_id: int, photo: UploadFile = File(...), tech=Depends(current_technician)):
    job = get_job(job_id)
    if job is None or job.technician_id != tech.id:
        raise HTTPException(404, "job not found")
    data = await photo.read()
    if len(data) > MAX_BYTES:
        raise HTTPException(413, "photo too large")
    job_dir = PHOTO_ROOT / str(job_id)
    job_dir.mkdir(parents=True, exist_ok=True)
    dest = job_dir / stored_name(photo.filename)
    dest.write_bytes(data)
    return {"job_id": job_id, "name": dest.name, "original": photo.filename, "size": len(data)}
