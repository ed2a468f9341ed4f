"""Before/after photos for repair jobs.

Technicians photograph cracks, neck resets and fret work from the bench
tablet. Photos are stored per job and shown on the customer's job page.
"""
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile
from fastapi.responses import JSONResponse

from .auth import require_technician
from .settings import get_settings

router = APIRouter(prefix="/jobs", dependencies=[Depends(require_technician)])

IMAGE_TYPES = {"image/jpeg", "image/png", "image/heic"}
MAX_BYTES = 15 * 1024 * 1024


def job_folder(job_id: int, stage: str) -> Path:
    folder = Path(get_settings().photo_root) / str(job_id) / stage
    folder.mkdir(parents=True, exist_ok=True)
    return folder


async def save_photo(folder: Path, photo: UploadFile) -> Path:
    data = await photo.read()
    if len(data) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="photo too large")
    dest = folder / photo.filename
    dest.write_bytes(data)
    return dest


@router.post("/{job_id}/photos/{stage}")
async def upload_photos(job_id: int, stage: str, photos: list[UploadFile] = File(...)):
    if stage not in ("before", "after"):
        raise HTTPException(status_code=404)
    folder = job_folder(job_id, stage)
    saved = []
    for photo in photos:
        if photo.content_type not in IMAGE_TYPES:
            raise HTTPException(status_code=415, detail=f"{photo.filename}: not an image")
        saved.append(await save_photo(folder, photo))
    return JSONResponse(
        {"job_id": job_id, "stage": stage, "files": [p.name for p in saved]},
        status_code=201,
    )


@router.get("/{job_id}/photos/{stage}")
async def list_photos(job_id: int, stage: str):
    if stage not in ("before", "after"):
        raise HTTPException(status_code=404)
    folder = Path(get_settings().photo_root) / str(job_id) / stage
    names = sorted(p.name for p in folder.glob("*")) if folder.is_dir() else []
    return {"job_id": job_id, "stage": stage, "files": names}
