"""Before/after photos that restorers attach to workshop jobs."""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile
from pydantic_settings import BaseSettings

from .auth import require_restorer

router = APIRouter(prefix="/workshop/jobs", dependencies=[Depends(require_restorer)])

IMAGE_TYPES = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp"}


class PhotoSettings(BaseSettings):
    photo_root: Path = Path("/srv/organgrinder/photos")
    max_bytes: int = 15 * 1024 * 1024


def get_settings() -> PhotoSettings:
    return PhotoSettings()


@dataclass
class PhotoStore:
    root: Path

    def job_dir(self, job_id: int) -> Path:
        path = self.root / f"job-{job_id:06d}"
        path.mkdir(parents=True, exist_ok=True)
        return path

    def save(self, job_id: int, content_type: str, data: bytes) -> str:
        name = f"{uuid.uuid4().hex}{IMAGE_TYPES[content_type]}"
        (self.job_dir(job_id) / name).write_bytes(data)
        return name

    def remove(self, job_id: int, photo_name: str) -> bool:
        target = self.job_dir(job_id) / photo_name
        if not target.is_file():
            return False
        target.unlink()
        return True

    def listing(self, job_id: int) -> list[str]:
        return sorted(p.name for p in self.job_dir(job_id).iterdir() if p.is_file())


@router.post("/{job_id}/photos")
async def upload_photo(
    job_id: int, photo: UploadFile = File(...), settings: PhotoSettings = Depends(get_settings)
):
    if photo.content_type not in IMAGE_TYPES:
        raise HTTPException(415, "unsupported image type")
    data = await photo.read()
    if len(data) > settings.max_bytes:
        raise HTTPException(413, "photo too large")
    name = PhotoStore(settings.photo_root).save(job_id, photo.content_type, data)
    return {"job_id": job_id, "photo": name}


@router.get("/{job_id}/photos")
def list_photos(job_id: int, settings: PhotoSettings = Depends(get_settings)):
    return {"job_id": job_id, "photos": PhotoStore(settings.photo_root).listing(job_id)}


@router.delete("/{job_id}/photos/{photo_name:path}")
def delete_photo(job_id: int, photo_name: str, settings: PhotoSettings = Depends(get_settings)):
    if not PhotoStore(settings.photo_root).remove(job_id, photo_name):
        raise HTTPException(404, "no such photo")
    return {"deleted": photo_name}
