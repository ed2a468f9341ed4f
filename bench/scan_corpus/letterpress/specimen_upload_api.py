"""Upload endpoint for type specimen scans and wood-type photos shown in the online catalogue."""
import os
from pathlib import Path

import aiofiles
from fastapi import APIRouter, Depends, File, Form, HTTPException, UploadFile

from .auth import require_staff

router = APIRouter(prefix="/catalogue", tags=["catalogue"])

SPECIMEN_DIR = Path(os.environ.get("SPECIMEN_DIR", "/srv/letterpress/specimens"))
ALLOWED_TYPES = {"image/jpeg", "image/png", "image/tiff", "application/pdf"}
MAX_BYTES = 40 * 1024 * 1024
CHUNK = 256 * 1024


async def _store(upload: UploadFile, dest: Path) -> int:
    written = 0
    dest.parent.mkdir(parents=True, exist_ok=True)
    async with aiofiles.open(dest, "wb") as out:
        while chunk := await upload.read(CHUNK):
            written += len(chunk)
            if written > MAX_BYTES:
                await out.close()
                dest.unlink(missing_ok=True)
                raise HTTPException(413, "file too large")
            await out.write(chunk)
    return written


@router.post("/specimens", dependencies=[Depends(require_staff)])
async def upload_specimen(
    face: str = Form(..., max_length=80),
    scan: UploadFile = File(...),
):
    if scan.content_type not in ALLOWED_TYPES:
        raise HTTPException(415, f"unsupported type {scan.content_type}")
    face_slug = "-".join(face.lower().split())
    if not face_slug.replace("-", "").isalnum():
        raise HTTPException(400, "face name may only contain letters, digits and spaces")
    dest = SPECIMEN_DIR / face_slug / scan.filename
    size = await _store(scan, dest)
    return {"face": face_slug, "file": scan.filename, "bytes": size}


@router.get("/specimens/{face_slug}")
async def list_specimens(face_slug: str):
    if not face_slug.replace("-", "").isalnum():
        raise HTTPException(400, "unknown typeface")
    folder = SPECIMEN_DIR / face_slug
    if not folder.is_dir():
        return {"face": face_slug, "files": []}
    return {"face": face_slug, "files": sorted(p.name for p in folder.iterdir() if p.is_file())}
