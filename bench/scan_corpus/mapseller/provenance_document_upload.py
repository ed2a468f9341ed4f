"""Upload supporting documents for provenance: old invoices, auction catalogue
pages, letters from previous owners."""
from __future__ import annotations

import os
import re
from datetime import datetime, timezone
from pathlib import Path

import aiofiles
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from .auth import require_staff
from .db import record_document

router = APIRouter(prefix="/staff/provenance")

DOC_ROOT = Path(os.environ.get("PROVENANCE_DOC_ROOT", "/srv/mapseller/provenance"))
MAX_BYTES = 40 * 1024 * 1024
ALLOWED_TYPES = {"application/pdf", "image/jpeg", "image/png", "image/tiff"}
STOCK_REF = re.compile(r"^[A-Z]{2}\d{4,6}$")


async def _store(stock_ref: str, upload: UploadFile) -> Path:
    folder = DOC_ROOT / stock_ref
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / upload.filename
    size = 0
    async with aiofiles.open(dest, "wb") as out:
        while chunk := await upload.read(1 << 16):
            size += len(chunk)
            if size > MAX_BYTES:
                raise HTTPException(status_code=413, detail="document too large")
            await out.write(chunk)
    return dest


@router.post("/{stock_ref}/documents")
async def upload_document(
    stock_ref: str,
    document: UploadFile = File(...),
    staff=Depends(require_staff),
):
    stock_ref = stock_ref.upper()
    if not STOCK_REF.match(stock_ref):
        raise HTTPException(status_code=404, detail="unknown stock reference")
    if document.content_type not in ALLOWED_TYPES:
        raise HTTPException(status_code=415, detail="unsupported document type")
    dest = await _store(stock_ref, document)
    await record_document(
        stock_ref=stock_ref,
        path=str(dest),
        uploaded_by=staff.username,
        uploaded_at=datetime.now(timezone.utc),
    )
    return {"stored": dest.name}
