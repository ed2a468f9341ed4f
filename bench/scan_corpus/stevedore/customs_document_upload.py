"""Upload of customs supporting documents by freight forwarders.

Forwarders attach commercial invoices, packing lists and certificates of
origin to a customs declaration so the terminal's customs desk can
forward them when a box is selected for inspection.
"""
import os

import aiofiles
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from terminal_ops.auth import current_forwarder
from terminal_ops.config import settings

router = APIRouter(prefix="/customs")

ALLOWED_TYPES = {"application/pdf", "image/jpeg", "image/png"}


def _declaration_dir(declaration_no: str) -> str:
    path = os.path.join(settings.CUSTOMS_DOCS_ROOT, declaration_no)
    os.makedirs(path, exist_ok=True)
    return path


@router.post("/declarations/{declaration_no}/documents")
async def upload_document(
    declaration_no: str,
    upload: UploadFile = File(...),
    forwarder=Depends(current_forwarder),
) -> dict:
    if not declaration_no.isalnum():
        raise HTTPException(status_code=400, detail="invalid declaration number")
    if upload.content_type not in ALLOWED_TYPES:
        raise HTTPException(status_code=415, detail="unsupported document type")
    target = os.path.join(_declaration_dir(declaration_no), upload.filename)
    size = 0
    async with aiofiles.open(target, "wb") as out:
        while chunk := await upload.read(1 << 16):
            size += len(chunk)
            if size > settings.CUSTOMS_DOC_MAX_BYTES:
                raise HTTPException(status_code=413, detail="document too large")
            await out.write(chunk)
    return {"declaration": declaration_no, "stored": upload.filename, "bytes": size, "by": forwarder.code}
