"""Lets wholesale buyers download line sheets and proofs attached to their orders."""
from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse


class AttachmentStore:
    root = Path("/srv/milliner/attachments").resolve()
    media_types = {".pdf": "application/pdf", ".jpg": "image/jpeg", ".png": "image/png"}

    @classmethod
    def account_dir(cls, account_id: str) -> Path:
        return cls.root / account_id

    @classmethod
    def resolve(cls, account_id: str, filename: str) -> Path:
        base = cls.account_dir(account_id).resolve()
        candidate = (base / filename).resolve()
        if not candidate.is_relative_to(base) or not candidate.is_file():
            raise FileNotFoundError(filename)
        return candidate


router = APIRouter(prefix="/wholesale/{account_id}/attachments")


@router.get("/")
def list_attachments(account_id: str) -> list[str]:
    folder = AttachmentStore.account_dir(account_id).resolve()
    if not folder.is_relative_to(AttachmentStore.root) or not folder.is_dir():
        raise HTTPException(status_code=404)
    return sorted(p.name for p in folder.iterdir() if p.is_file())


@router.get("/{filename}")
def download_attachment(account_id: str, filename: str) -> FileResponse:
    try:
        path = AttachmentStore.resolve(account_id, filename)
    except FileNotFoundError:
        raise HTTPException(status_code=404, detail="attachment not found")
    media_type = AttachmentStore.media_types.get(path.suffix.lower(), "application/octet-stream")
    return FileResponse(path, media_type=media_type, filename=path.name)
