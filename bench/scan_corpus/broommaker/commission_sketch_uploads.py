"""Uploads for bespoke commissions: customers send a sketch or photo of the
broom they want (wedding besoms, film props, extra-long chimney brooms).
"""

import os
import uuid
from pathlib import Path

from fastapi import APIRouter, Depends, File, Form, HTTPException, UploadFile

from .auth import current_customer
from .commissions import attach_file_to_commission, commission_belongs_to

router = APIRouter(prefix="/commissions")

UPLOAD_ROOT = Path(os.environ.get("COMMISSION_UPLOADS", "/srv/broomworks/commissions"))
MAX_BYTES = 8 * 1024 * 1024
ALLOWED_TYPES = {"image/jpeg", "image/png", "application/pdf"}


async def _read_limited(upload: UploadFile) -> bytes:
    data = await upload.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="file too large (8 MB max)")
    return data


@router.post("/{commission_id}/sketches")
async def upload_sketch(
    commission_id: uuid.UUID,
    caption: str = Form(""),
    file: UploadFile = File(...),
    customer=Depends(current_customer),
):
    if not commission_belongs_to(commission_id, customer.id):
        raise HTTPException(status_code=404)
    if file.content_type not in ALLOWED_TYPES:
        raise HTTPException(status_code=415, detail="send a JPEG, PNG or PDF")

    data = await _read_limited(file)
    folder = UPLOAD_ROOT / str(commission_id)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / file.filename
    with open(target, "wb") as out:
        out.write(data)

    attach_file_to_commission(commission_id, stored_path=str(target), caption=caption[:200])
    return {"stored": file.filename, "bytes": len(data)}
