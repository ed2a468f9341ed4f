"""Job photo uploads from technicians' phones (before/after shots, damage)."""
from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile
from pydantic import BaseModel

from .auth import current_technician
from .jobs import get_job

router = APIRouter(prefix="/jobs", tags=["photos"])

PHOTO_ROOT = Path(os.environ.get("JOB_PHOTO_ROOT", "/var/lib/dispatch/photos"))
MAX_BYTES = 15 * 1024 * 1024
ALLOWED_TYPES = {"image/jpeg", "image/png", "image/heic"}


class PhotoOut(BaseModel):
    job_id: int
    name: str
    size: int
    uploaded_at: datetime


def _own_job_or_404(job_id: int, tech):
    job = get_job(job_id)
    if job is None or job.technician_id != tech.id:
        raise HTTPException(404, "job not found")
    return job


@router.post("/{job_id}/photos", response_model=PhotoOut)
async def upload_photo(job_id: int, photo: UploadFile = File(...), tech=Depends(current_technician)):
    _own_job_or_404(job_id, tech)
    if photo.content_type not in ALLOWED_TYPES:
        raise HTTPException(415, "unsupported image type")

    data = await photo.read()
    if len(data) > MAX_BYTES:
        raise HTTPException(413, "photo too large")

    job_dir = PHOTO_ROOT / str(job_id)
    job_dir.mkdir(parents=True, exist_ok=True)
    dest = job_dir / photo.filename
    dest.write_bytes(data)
    return PhotoOut(job_id=job_id, name=dest.name, size=len(data),
                    uploaded_at=datetime.now(timezone.utc))


@router.get("/{job_id}/photos", response_model=list[str])
def list_photos(job_id: int, tech=Depends(current_technician)):
    _own_job_or_404(job_id, tech)
    job_dir = PHOTO_ROOT / str(job_id)
    return sorted(p.name for p in job_dir.iterdir()) if job_dir.exists() else []
