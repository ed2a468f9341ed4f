"""Accept GPX traces recorded by volunteer surveyors walking or riding a route."""
from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

import aiofiles
from fastapi import APIRouter, Depends, File, Form, HTTPException, UploadFile

from bridlepath.api.deps import current_volunteer
from bridlepath.surveys import register_trace

router = APIRouter(prefix="/surveys")

GPX_INBOX = Path(os.environ.get("GPX_INBOX", "/var/lib/bridlepath/gpx-inbox"))
MAX_BYTES = 15 * 1024 * 1024
CHUNK = 64 * 1024


async def _store(upload: UploadFile, dest: Path) -> int:
    written = 0
    dest.parent.mkdir(parents=True, exist_ok=True)
    async with aiofiles.open(dest, "wb") as out:
        while chunk := await upload.read(CHUNK):
            written += len(chunk)
            if written > MAX_BYTES:
                raise HTTPException(status_code=413, detail="trace too large")
            await out.write(chunk)
    return written


@router.post("/traces")
async def upload_trace(
    route_code: str = Form(..., pattern=r"^[A-Z]{2}\d{3}$"),
    trace: UploadFile = File(...),
    volunteer=Depends(current_volunteer),
):
    if not (trace.filename or "").lower().endswith(".gpx"):
        raise HTTPException(status_code=415, detail="GPX files only")
    dest = GPX_INBOX / route_code / trace.filename
    size = await _store(trace, dest)
    trace_id = await register_trace(
        route_code=route_code,
        volunteer_id=volunteer.id,
        path=str(dest),
        size=size,
        received_at=datetime.now(timezone.utc),
    )
    return {"trace_id": trace_id, "bytes": size}
