"""Upload before/after photographs of a restoration job.

Technicians photograph dials, movements and casework at each stage; the
pictures end up in the job file and in the condition report sent to the owner.
"""
from pathlib import Path

import aiofiles
from fastapi import APIRouter, File, HTTPException, UploadFile

router = APIRouter(prefix="/jobs")

PHOTO_ROOT = Path("/var/lib/barometermaker/photos")
ALLOWED_TYPES = {"image/jpeg", "image/png", "image/tiff"}
MAX_BYTES = 25 * 1024 * 1024
STAGES = ("intake", "dismantled", "in_progress", "finished")


def job_folder(job_id: int, stage: str) -> Path:
    folder = PHOTO_ROOT / str(job_id) / stage
    folder.mkdir(parents=True, exist_ok=True)
    return folder


async def _store(upload: UploadFile, dest_dir: Path) -> Path:
    target = dest_dir / upload.filename
    size = 0
    async with aiofiles.open(target, "wb") as out:
        while chunk := await upload.read(1024 * 1024):
            size += len(chunk)
            if size > MAX_BYTES:
                raise HTTPException(413, "photo too large")
            await out.write(chunk)
    return target


@router.post("/{job_id}/photos/{stage}", status_code=201)
async def upload_photos(job_id: int, stage: str, photos: list[UploadFile] = File(...)):
    if stage not in STAGES:
        raise HTTPException(404, "unknown stage")
    dest = job_folder(job_id, stage)
    stored = []
    for photo in photos:
        if photo.content_type not in ALLOWED_TYPES:
            raise HTTPException(415, f"{photo.content_type} not accepted")
        path = await _store(photo, dest)
        stored.append(path.name)
    return {"job_id": job_id, "stage": stage, "stored": stored}


@router.get("/{job_id}/photos/{stage}")
async def list_photos(job_id: int, stage: str):
    if stage not in STAGES:
        raise HTTPException(404, "unknown stage")
    folder = PHOTO_ROOT / str(job_id) / stage
    return {"photos": sorted(p.name for p in folder.glob("*") if p.is_file())}
