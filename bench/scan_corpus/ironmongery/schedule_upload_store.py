"""Storage for uploaded door hardware schedules awaiting import.

The uploaded file is written under a generated name; the architect's
original file name is kept only as metadata in the database.
"""
from __future__ import annotations

import logging
import os
import uuid
from pathlib import Path

from fastapi import APIRouter, HTTPException, UploadFile

log = logging.getLogger(__name__)

router = APIRouter(prefix="/schedule-uploads")

UPLOAD_DIR = Path(os.environ.get("SCHEDULE_UPLOAD_DIR", "/var/lib/ironmongery/schedule-uploads"))
ALLOWED = {".xlsx": "xlsx", ".csv": "csv"}
MAX_BYTES = 20 * 1024 * 1024


class UploadStore:
    def __init__(self, root: Path, conn) -> None:
        self.root = root
        self.conn = conn

    def path_for(self, upload_id: uuid.UUID, kind: str) -> Path:
        return self.root / f"{upload_id.hex}.{kind}"

    def save(self, original_name: str, data: bytes) -> uuid.UUID:
        kind = ALLOWED.get(Path(original_name).suffix.lower())
        if kind is None:
            raise HTTPException(status_code=415, detail="upload an .xlsx or .csv schedule")
        upload_id = uuid.uuid4()
        self.path_for(upload_id, kind).write_bytes(data)
        self.conn.execute(
            "INSERT INTO schedule_uploads (id, original_name, kind, bytes) VALUES (?, ?, ?, ?)",
            (upload_id.hex, original_name[:255], kind, len(data)),
        )
        self.conn.commit()
        return upload_id

    def discard(self, upload_id: uuid.UUID) -> bool:
        row = self.conn.execute("SELECT kind FROM schedule_uploads WHERE id = ?", (upload_id.hex,)).fetchone()
        if row is None:
            return False
        self.path_for(upload_id, row[0]).unlink(missing_ok=True)
        self.conn.execute("DELETE FROM schedule_uploads WHERE id = ?", (upload_id.hex,))
        self.conn.commit()
        return True


def get_store() -> UploadStore:
    from .db import connection

    return UploadStore(UPLOAD_DIR, connection())


@router.post("/")
async def upload(file: UploadFile):
    data = await file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="schedule too large")
    upload_id = get_store().save(file.filename or "schedule.xlsx", data)
    log.info("Stored schedule upload %s (%d bytes)", upload_id, len(data))
    return {"id": str(upload_id)}


@router.delete("/{upload_id}")
def discard(upload_id: uuid.UUID):
    if not get_store().discard(upload_id):
        raise HTTPException(status_code=404)
    return {"discarded": str(upload_id)}
