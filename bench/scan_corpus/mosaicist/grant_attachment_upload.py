"""Upload of supporting evidence for grant progress reports.

Project leads attach photos, attendance sheets and receipts to each
report period; files are written to the reports volume.
"""
import os
import re

import aiofiles
from fastapi import APIRouter, File, HTTPException, UploadFile

from studio.settings import settings

router = APIRouter(prefix="/grants/{grant_ref}/periods/{period}/attachments")

MAX_BYTES = 25 * 1024 * 1024
CHUNK = 64 * 1024
GRANT_REF = re.compile(r"^[A-Z]{2,6}-\d{2,8}$")


def period_dir(grant_ref: str, period: int) -> str:
    if not GRANT_REF.fullmatch(grant_ref.upper()):
        raise HTTPException(404, "unknown grant")
    path = os.path.join(settings.reports_root, grant_ref.upper(), f"period-{period:02d}")
    os.makedirs(path, exist_ok=True)
    return path


async def _stream_to_disk(upload: UploadFile, destination: str) -> int:
    written = 0
    async with aiofiles.open(destination, "wb") as out:
        while chunk := await upload.read(CHUNK):
            written += len(chunk)
            if written > MAX_BYTES:
                raise HTTPException(413, "attachment too large")
            await out.write(chunk)
    return written


@router.post("", status_code=201)
async def add_attachment(grant_ref: str, period: int, file: UploadFile = File(...)):
    if not file.filename:
        raise HTTPException(400, "missing filename")
    destination = os.path.join(period_dir(grant_ref, period), file.filename)
    size = await _stream_to_disk(file, destination)
    return {"stored": os.path.basename(destination), "bytes": size}
