"""Storage of flue and chimney-stack photos uploaded from the technician app."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile
from fastapi.responses import FileResponse

from .auth import Technician, current_technician
from .config import settings

router = APIRouter(prefix="/jobs/{job_id}/photos")

ALLOWED_TYPES = {"image/jpeg": ".jpg", "image/png": ".png", "image/heic": ".heic"}


@dataclass
class PhotoStore:
    root: Path

    def job_folder(self, job_id: int) -> Path:
        folder = self.root / f"job-{int(job_id):08d}"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def save(self, job_id: int, content_type: str, data: bytes) -> str:
        name = secrets.token_hex(12) + ALLOWED_TYPES[content_type]
        (self.job_folder(job_id) / name).write_bytes(data)
        return name

    def locate(self, job_id: int, photo_name: str) -> Path:
        return self.job_folder(job_id) / photo_name


store = PhotoStore(Path(settings.photo_root))


@router.post("")
async def upload_photo(job_id: int, file: UploadFile = File(...),
                       tech: Technician = Depends(current_technician)):
    if not tech.assigned_to(job_id):
        raise HTTPException(403)
    if file.content_type not in ALLOWED_TYPES:
        raise HTTPException(415, "unsupported image type")
    data = await file.read()
    if len(data) > settings.max_photo_bytes:
        raise HTTPException(413, "photo too large")
    return {"photo": store.save(job_id, file.content_type, data)}


@router.get("/{photo_name:path}")
def get_photo(job_id: int, photo_name: str, tech: Technician = Depends(current_technician)):
    if not tech.assigned_to(job_id):
        raise HTTPException(403)
    path = store.locate(job_id, photo_name)
    if not path.is_file():
        raise HTTPException(404)
    return FileResponse(path)


@router.delete("/{photo_name:path}")
def delete_photo(job_id: int, photo_name: str, tech: Technician = Depends(current_technician)):
    if not tech.assigned_to(job_id):
        raise HTTPException(403)
    path = store.locate(job_id, photo_name)
    if not path.is_file():
        raise HTTPException(404)
    path.unlink()
    return {"deleted": photo_name}
