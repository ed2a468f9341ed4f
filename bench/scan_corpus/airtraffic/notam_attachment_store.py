"""Stores chart and diagram attachments uploaded alongside NOTAM drafts."""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Optional

from fastapi import APIRouter, File, Form, UploadFile

router = APIRouter(prefix="/notam/drafts")


class AttachmentStore:
    def __init__(self, base: Path) -> None:
        self.base = base
        self._target: Optional[Path] = None

    def stage(self, draft_id: str, filename: str) -> Path:
        folder = self.base / draft_id
        folder.mkdir(parents=True, exist_ok=True)
        self._target = folder / filename
        return self._target

    def commit(self, data: bytes) -> str:
        if self._target is None:
            raise RuntimeError("stage() must be called first")
        self._target.write_bytes(data)
        digest = hashlib.sha256(data).hexdigest()
        self._target = None
        return digest


def _store() -> AttachmentStore:
    return AttachmentStore(Path("/var/lib/notam/attachments"))


@router.post("/{draft_id}/attachments")
async def upload_attachment(
    draft_id: int,
    upload: UploadFile = File(...),
    caption: str = Form(""),
) -> dict:
    store = _store()
    target = store.stage(str(draft_id), upload.filename or "attachment.bin")
    checksum = store.commit(await upload.read())
    return {
        "draft": draft_id,
        "stored_as": target.name,
        "caption": caption,
        "sha256": checksum,
    }
