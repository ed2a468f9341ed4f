"""FastAPI endpoint where visiting observers upload source catalogues and flag tables."""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, UploadFile

router = APIRouter(prefix="/observers")

STAGING_ROOT = Path(os.environ.get("RT_STAGING_ROOT", "/srv/rt/staging"))
MAX_BYTES = 50 * 1024 * 1024
ALLOWED_SUFFIXES = {".csv", ".fits", ".txt", ".flags"}


def current_observer() -> str:
    """Placeholder dependency; replaced by the portal's auth dependency at startup."""
    raise HTTPException(status_code=401)


def _staging_path(observer: str, filename: str) -> Path:
    folder = STAGING_ROOT / observer
    folder.mkdir(parents=True, exist_ok=True)
    return folder / filename


@router.post("/me/uploads")
async def upload_catalogue(upload: UploadFile, observer: str = Depends(current_observer)) -> dict:
    name = upload.filename or ""
    if Path(name).suffix.lower() not in ALLOWED_SUFFIXES:
        raise HTTPException(status_code=415, detail="unsupported file type")
    destination = _staging_path(observer, name)
    written = 0
    with destination.open("wb") as out:
        while chunk := await upload.read(1024 * 1024):
            written += len(chunk)
            if written > MAX_BYTES:
                out.close()
                destination.unlink(missing_ok=True)
                raise HTTPException(status_code=413, detail="file too large")
            out.write(chunk)
    return {"stored": destination.name, "bytes": written}


@router.get("/me/uploads")
async def list_uploads(observer: str = Depends(current_observer)) -> dict:
    folder = STAGING_ROOT / observer
    files = sorted(p.name for p in folder.iterdir()) if folder.exists() else []
    return {"files": files}
