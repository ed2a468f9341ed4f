"""Upload of scanned paper score sheets from field-archery courses."""
from __future__ import annotations

import os
from datetime import datetime, timezone

import aiofiles
from fastapi import Depends, FastAPI, File, HTTPException, UploadFile

from fletcher.tournaments.auth import require_official
from fletcher.tournaments.repo import ScoreSheetRepo
from fletcher.conf import settings

app = FastAPI(title="Score sheet intake")

ACCEPTED_TYPES = {"image/jpeg", "image/png", "application/pdf"}
CHUNK = 64 * 1024


def event_folder(event_id: int) -> str:
    folder = os.path.join(settings.SCORE_SHEET_ROOT, f"event-{event_id}")
    os.makedirs(folder, exist_ok=True)
    return folder


async def write_upload(upload: UploadFile, dest: str) -> int:
    written = 0
    async with aiofiles.open(dest, "wb") as out:
        while chunk := await upload.read(CHUNK):
            written += len(chunk)
            if written > settings.SCORE_SHEET_MAX_BYTES:
                raise HTTPException(status_code=413, detail="file too large")
            await out.write(chunk)
    return written


@app.post("/events/{event_id}/sheets", status_code=201)
async def upload_sheet(
    event_id: int,
    sheet: UploadFile = File(...),
    official=Depends(require_official),
    repo: ScoreSheetRepo = Depends(),
):
    if sheet.content_type not in ACCEPTED_TYPES:
        raise HTTPException(status_code=415, detail="unsupported file type")
    dest = os.path.join(event_folder(event_id), sheet.filename)
    size = await write_upload(sheet, dest)
    await repo.add(
        event_id=event_id,
        path=dest,
        size=size,
        uploaded_by=official.id,
        uploaded_at=datetime.now(timezone.utc),
    )
    return {"stored": os.path.basename(dest), "bytes": size}
