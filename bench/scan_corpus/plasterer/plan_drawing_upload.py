"""Upload architect's drawings and room schedules against an enquiry.

Estimators measure wall and ceiling areas from these to price the job.
"""
from pathlib import Path

import aiofiles
from fastapi import APIRouter, File, HTTPException, UploadFile

router = APIRouter(prefix="/enquiries")

DRAWINGS_DIR = Path("/srv/plasterpro/drawings")
ALLOWED_TYPES = {"application/pdf", "image/png", "image/jpeg", "image/vnd.dwg"}
MAX_BYTES = 40 * 1024 * 1024


async def _store(enquiry_id: int, upload: UploadFile) -> Path:
    folder = DRAWINGS_DIR / str(enquiry_id)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / upload.filename
    written = 0
    async with aiofiles.open(target, "wb") as out:
        while chunk := await upload.read(1 << 20):
            written += len(chunk)
            if written > MAX_BYTES:
                await out.close()
                target.unlink(missing_ok=True)
                raise HTTPException(status_code=413, detail="drawing too large")
            await out.write(chunk)
    return target


@router.post("/{enquiry_id}/drawings", status_code=201)
async def upload_drawings(enquiry_id: int, files: list[UploadFile] = File(...)):
    stored = []
    for upload in files:
        if upload.content_type not in ALLOWED_TYPES:
            raise HTTPException(status_code=415, detail=f"{upload.content_type} not accepted")
        path = await _store(enquiry_id, upload)
        stored.append({"name": path.name, "size": path.stat().st_size})
    return {"enquiry": enquiry_id, "stored": stored}


@router.get("/{enquiry_id}/drawings")
async def list_drawings(enquiry_id: int):
    folder = DRAWINGS_DIR / str(enquiry_id)
    if not folder.is_dir():
        return {"enquiry": enquiry_id, "drawings": []}
    return {"enquiry": enquiry_id, "drawings": sorted(p.name for p in folder.iterdir())}
