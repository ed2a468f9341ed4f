"""Upload endpoint for supporting documents on trade effluent permit applications."""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import APIRouter, Depends, File, Form, HTTPException, UploadFile

from .auth import require_permit_officer

router = APIRouter(prefix="/permit-applications")

ATTACHMENT_ROOT = Path(os.environ.get("PERMIT_ATTACHMENT_ROOT", "/srv/permits/attachments"))
MAX_BYTES = 20 * 1024 * 1024
ACCEPTED_TYPES = {"application/pdf", "image/png", "image/jpeg"}


def _target(application_ref: str, original_name: str, root: Path = ATTACHMENT_ROOT) -> Path:
    folder = root / application_ref
    folder.mkdir(parents=True, exist_ok=True)
    return folder / original_name


async def _read_limited(upload: UploadFile) -> bytes:
    data = await upload.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="attachment too large")
    return data


@router.post("/{application_ref}/attachments", status_code=201)
async def add_attachment(
    application_ref: int,
    kind: str = Form(..., pattern="^(site_plan|process_diagram|msds|sampling_point_photo)$"),
    upload: UploadFile = File(...),
    officer=Depends(require_permit_officer),
) -> dict:
    if upload.content_type not in ACCEPTED_TYPES:
        raise HTTPException(status_code=415, detail="unsupported file type")
    data = await _read_limited(upload)
    meta = {"application_ref": str(application_ref), "original_name": upload.filename}
    destination = _target(**meta)
    destination.write_bytes(data)
    return {
        "application": application_ref,
        "kind": kind,
        "stored_as": destination.name,
        "bytes": len(data),
        "uploaded_by": officer.username,
    }
