"""Where job photos live on disk, keyed by server-side job and photo ids."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile
from fastapi.responses import FileResponse
from sqlalchemy.orm import Session

from .auth import Technician, current_technician
from .config import settings
from .database import get_session
from .models import JobPhoto

router = APIRouter(prefix="/jobs/{job_id}/photos")

EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png"}


@dataclass
class PhotoLayout:
    root: Path

    def path_for(self, job_id: int, photo_id: uuid.UUID, ext: str) -> Path:
        folder = self.root / f"job-{int(job_id):08d}"
        folder.mkdir(parents=True, exist_ok=True)
        return folder / f"{photo_id.hex}{ext}"


layout = PhotoLayout(Path(settings.photo_root))


@router.post("")
async def upload(job_id: int, file: UploadFile = File(...),
                 tech: Technician = Depends(current_technician),
                 session: Session = Depends(get_session)):
    if not tech.assigned_to(job_id):
        raise HTTPException(403)
    ext = EXTENSIONS.get(file.content_type)
    if ext is None:
        raise HTTPException(415)
    photo = JobPhoto(id=uuid.uuid4(), job_id=job_id, ext=ext,
                     original_name=file.filename, uploaded_by=tech.id)
    layout.path_for(job_id, photo.id, ext).write_bytes(await file.read())
    session.add(photo)
    session.commit()
    return {"photo_id": str(photo.id)}


@router.get("/{photo_id}")
def download(job_id: int, photo_id: uuid.UUID,
             tech: Technician = Depends(current_technician),
             session: Session = Depends(get_session)):
    if not tech.assigned_to(job_id):
        raise HTTPException(403)
    photo = session.get(JobPhoto, photo_id)
    if photo is None or photo.job_id != job_id:
        raise HTTPException(404)
    return FileResponse(layout.path_for(job_id, photo.id, photo.ext),
                        filename=f"job-{job_id}-{photo.id.hex[:8]}{photo.ext}")
