"""Intake photos for re-tinning jobs.

The counter tablet uploads photos of each pan as it comes in, so the
condition of the old lining and any dents are on record before work starts.
"""
from __future__ import annotations

import os
from pathlib import Path

import aiofiles
from fastapi import APIRouter, File, HTTPException, UploadFile

router = APIRouter(prefix="/tinning", tags=["tinning"])

PHOTO_ROOT = Path(os.environ.get("TINNING_PHOTO_ROOT", "/srv/copperbeater/tinning-photos"))
MAX_BYTES = 15 * 1024 * 1024
ALLOWED_TYPES = {"image/jpeg", "image/png", "image/heic"}


def job_folder(job_id: int) -> Path:
    folder = PHOTO_ROOT / f"job-{job_id:06d}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


async def _store(upload: UploadFile, destination: Path) -> int:
    written = 0
    async with aiofiles.open(destination, "wb") as out:
        while chunk := await upload.read(1 << 16):
            written += len(chunk)
            if written > MAX_BYTES:
                raise HTTPException(status_code=413, detail="photo too large")
            await out.write(chunk)
    return written


@router.post("/jobs/{job_id}/photos", status_code=201)
async def upload_photos(job_id: int, photos: list[UploadFile] = File(...)):
    folder = job_folder(job_id)
    saved = []
    for photo in photos:
        if photo.content_type not in ALLOWED_TYPES:
            raise HTTPException(status_code=415, detail=f"{photo.content_type} not accepted")
        destination = folder / photo.filename
        size = await _store(photo, destination)
        saved.append({"name": photo.filename, "bytes": size})
    return {"job_id": job_id, "saved": saved}


@router.get("/jobs/{job_id}/photos")
async def list_photos(job_id: int):
    folder = PHOTO_ROOT / f"job-{job_id:06d}"
    if not folder.is_dir():
        return {"job_id": job_id, "photos": []}
    return {"job_id": job_id, "photos": sorted(p.name for p in folder.iterdir() if p.is_file())}
