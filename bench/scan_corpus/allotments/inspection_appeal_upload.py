"""Evidence upload for plot holders appealing an inspection grade.

A plot holder who receives a non-cultivation notice may appeal within 28
days and attach photos showing the current state of the plot.
"""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, UploadFile
from sqlalchemy import text
from sqlalchemy.orm import Session

from .auth import current_holder
from .db import get_session

app = FastAPI(title="Inspection appeals")

APPEAL_ROOT = Path(os.environ["APPEAL_UPLOAD_DIR"])
MAX_BYTES = 8 * 1024 * 1024
IMAGE_TYPES = {"image/jpeg", "image/png", "image/heic"}


def appeal_dir(appeal_id: int) -> Path:
    d = APPEAL_ROOT / str(appeal_id)
    d.mkdir(parents=True, exist_ok=True)
    return d


@app.post("/appeals/{appeal_id}/evidence", status_code=201)
async def upload_evidence(
    appeal_id: int,
    photo: UploadFile,
    holder=Depends(current_holder),
    session: Session = Depends(get_session),
):
    owner = session.execute(
        text("SELECT holder_account_id FROM inspection_appeal WHERE id = :id AND status = 'open'"),
        {"id": appeal_id},
    ).scalar_one_or_none()
    if owner is None or owner != holder.id:
        raise HTTPException(status_code=404)
    if photo.content_type not in IMAGE_TYPES:
        raise HTTPException(status_code=415, detail="photos only")

    data = await photo.read()
    if len(data) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="photo too large")

    dest = appeal_dir(appeal_id) / photo.filename
    with open(dest, "wb") as fh:
        fh.write(data)

    session.execute(
        text("INSERT INTO appeal_evidence (appeal_id, filename, bytes) VALUES (:a, :f, :b)"),
        {"a": appeal_id, "f": photo.filename, "b": len(data)},
    )
    session.commit()
    return {"stored": photo.filename, "bytes": len(data)}
