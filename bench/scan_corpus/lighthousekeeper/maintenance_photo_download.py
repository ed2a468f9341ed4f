"""Serves photographs attached to maintenance jobs (lantern, gallery, fog horn)."""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

from lighthousekeeper.api.deps import require_staff
from lighthousekeeper.maintenance.repository import JobRepository
from lighthousekeeper.settings import settings

router = APIRouter(prefix="/maintenance", tags=["maintenance"])
jobs = JobRepository()

PHOTO_ROOT = Path(settings.MAINTENANCE_PHOTO_ROOT)
MEDIA_TYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".heic": "image/heic"}


def _job_folder(station_code: str, job_id: int) -> Path:
    return PHOTO_ROOT / station_code.lower() / f"job-{job_id:06d}"


@router.get("/jobs/{job_id}/photos")
async def list_job_photos(job_id: int, user=Depends(require_staff)):
    job = await jobs.get(job_id)
    if job is None:
        raise HTTPException(status_code=404, detail="job not found")
    folder = _job_folder(job.station_code, job.id)
    if not folder.is_dir():
        return {"job": job_id, "photos": []}
    return {"job": job_id, "photos": sorted(p.name for p in folder.iterdir() if p.is_file())}


@router.get("/jobs/{job_id}/photo")
async def get_job_photo(job_id: int, name: str = Query(..., min_length=1), user=Depends(require_staff)):
    job = await jobs.get(job_id)
    if job is None:
        raise HTTPException(status_code=404, detail="job not found")
    photo = _job_folder(job.station_code, job.id) / name
    if not photo.is_file():
        raise HTTPException(status_code=404, detail="photo not found")
    media_type = MEDIA_TYPES.get(photo.suffix.lower(), "application/octet-stream")
    return FileResponse(photo, media_type=media_type, filename=photo.name)
