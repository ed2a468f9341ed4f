"""Storage for scanned timesheet attachments (signed paper sheets, photos).

Clinicians upload attachments from the mobile app and may remove one
before the timesheet is submitted to the ward manager for approval.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Query, UploadFile
from werkzeug.utils import secure_filename

router = APIRouter(prefix="/timesheets/{timesheet_id}/attachments")

ALLOWED_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png", ".heic"}


class AttachmentStore:
    def __init__(self, root: Path) -> None:
        self._root = root

    def folder(self, timesheet_id: int) -> Path:
        path = self._root / str(timesheet_id)
        path.mkdir(parents=True, exist_ok=True)
        return path

    def save(self, timesheet_id: int, upload: UploadFile) -> str:
        suffix = Path(secure_filename(upload.filename or "")).suffix.lower()
        if suffix not in ALLOWED_SUFFIXES:
            raise ValueError(f"unsupported attachment type {suffix!r}")
        stored = f"{uuid.uuid4().hex}{suffix}"
        with open(self.folder(timesheet_id) / stored, "wb") as fh:
            while chunk := upload.file.read(1024 * 1024):
                fh.write(chunk)
        return stored

    def list(self, timesheet_id: int) -> list[str]:
        return sorted(p.name for p in self.folder(timesheet_id).iterdir() if p.is_file())

    def remove(self, timesheet_id: int, name: str) -> bool:
        target = self.folder(timesheet_id) / name
        if not target.is_file():
            return False
        target.unlink()
        return True


def get_store() -> AttachmentStore:
    return AttachmentStore(Path(os.environ.get("ATTACHMENT_ROOT", "/srv/locum/attachments")))


@router.post("")
async def upload_attachment(timesheet_id: int, file: UploadFile, store: AttachmentStore = Depends(get_store)):
    try:
        name = store.save(timesheet_id, file)
    except ValueError as exc:
        raise HTTPException(status_code=415, detail=str(exc)) from exc
    return {"name": name}


@router.get("")
def list_attachments(timesheet_id: int, store: AttachmentStore = Depends(get_store)):
    return {"attachments": store.list(timesheet_id)}


@router.delete("", status_code=204)
def delete_attachment(timesheet_id: int, name: str = Query(...), store: AttachmentStore = Depends(get_store)):
    if not store.remove(timesheet_id, name):
        raise HTTPException(status_code=404, detail="attachment not found")
