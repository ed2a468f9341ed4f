"""Crews upload signed job sheets and completion photos from site.

The foreman photographs the signed sheet and the finished roof; files land
in a folder per job so the office can raise the final invoice.
"""
import os
from pathlib import Path
from typing import List

import aiofiles
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from .auth import current_crew

router = APIRouter(prefix="/jobs")

UPLOAD_ROOT = Path(os.environ.get("JOB_UPLOAD_ROOT", "/srv/slater/job-uploads"))
MAX_BYTES = 25 * 1024 * 1024
CHUNK = 64 * 1024


def job_folder(job_ref: str) -> Path:
    if not job_ref.isalnum():
        raise HTTPException(status_code=400, detail="job reference must be alphanumeric")
    folder = UPLOAD_ROOT / job_ref
    folder.mkdir(parents=True, exist_ok=True)
    return folder


async def store(upload: UploadFile, folder: Path) -> str:
    destination = folder / upload.filename
    written = 0
    async with aiofiles.open(destination, "wb") as out:
        while chunk := await upload.read(CHUNK):
            written += len(chunk)
            if written > MAX_BYTES:
                raise HTTPException(status_code=413, detail="file too large")
            await out.write(chunk)
    return destination.name


@router.post("/{job_ref}/uploads")
async def upload_files(job_ref: str, files: List[UploadFile] = File(...),
                       crew=Depends(current_crew)):
    if job_ref not in crew.assigned_jobs:
        raise HTTPException(status_code=403, detail="not your job")
    folder = job_folder(job_ref)
    saved = [await store(f, folder) for f in files]
    return {"job_ref": job_ref, "saved": saved}
