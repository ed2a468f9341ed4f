"""Client document intake API."""
from __future__ import annotations

import hashlib
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from intake.auth import current_client
from intake.config import get_settings
from intake.repository import DocumentRepo, get_repo

router = APIRouter(prefix="/api/intake")

ALLOWED_TYPES = {"application/pdf", "image/jpeg", "image/png", "image/heic"}
MAX_BYTES = 25 * 1024 * 1024


def _client_dir(client_id: int) -> Path:
    d = Path(get_settings().intake_dir) / f"client-{client_id}"
    d.mkdir(parents=True, exist_ok=True)
    return d


@router.post("/documents")
async def upload_document(
    file: UploadFile = File(...),
    client=Depends(current_client),
    repo: DocumentRepo = Depends(get_repo),
):
    if file.content_type not in ALLOWED_TYPES:
        raise HTTPException(415, "Unsupported file type")

    data = await file.read()
    if len(data) > MAX_BYTES:
        raise HTTPException(413, "File too large")

    dest = _client_dir(client.id) / file.filename
    dest.write_bytes(data)

    doc = await repo.create(
        client_id=client.id,
        stored_path=str(dest),
        original_name=file.filename,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
    )
    return {"id": doc.id, "name": file.filename, "size": len(data)}
