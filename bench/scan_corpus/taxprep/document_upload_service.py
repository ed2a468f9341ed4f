"""Client document intake: stores uploads under server-generated names."""
from __future__ import annotations

import hashlib
import uuid
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from intake.auth import current_client
from intake.config import get_settings
from intake.repository import DocumentRepo, get_repo

router = APIRouter(prefix="/api/intake")

EXTENSIONS = {
    "application/pdf": ".pdf",
    "image/jpeg": ".jpg",
    "image/png": ".png",
}
MAX_BYTES = 25 * 1024 * 1024


@router.post("/documents")
async def upload(
    file: UploadFile = File(...),
    client=Depends(current_client),
    repo: DocumentRepo = Depends(get_repo),
):
    ext = EXTENSIONS.get(file.content_type or "")
    if ext is None:
        raise HTTPException(415, "Unsupported file type")

    data = await file.read()
    if len(data) > MAX_BYTES:
        raise HTTPException(413, "File too large")

    client_dir = Path(get_settings().intake_dir) / f"client-{int(client.id)}"
    client_dir.mkdir(parents=True, exist_ok=True)
    stored_name = f"{uuid.uuid4().hex}{ext}"
    (client_dir / stored_name).write_bytes(data)

    doc = await repo.create(
        client_id=client.id,
        stored_name=stored_name,
        original_name=(file.filename or "upload")[:255],
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
    )
    return {"id": doc.id, "size": len(data)}
