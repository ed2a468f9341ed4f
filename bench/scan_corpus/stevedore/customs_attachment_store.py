"""Storage of attachments sent with customs inspection requests.

When customs selects a container for physical inspection the broker
uploads the paperwork here; the inspection shed team downloads it from
the same folder.
"""
import os

import aiofiles
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile
from werkzeug.utils import secure_filename

from terminal_ops.auth import current_broker
from terminal_ops.config import settings

router = APIRouter(prefix="/inspections")

ATTACHMENT_ROOT = os.path.realpath(settings.INSPECTION_DOCS_ROOT)


def _target_path(inspection_id: int, original_name: str) -> str:
    name = secure_filename(original_name)
    if not name:
        raise HTTPException(status_code=400, detail="invalid file name")
    folder = os.path.join(ATTACHMENT_ROOT, str(inspection_id))
    target = os.path.realpath(os.path.join(folder, name))
    if os.path.commonpath([target, ATTACHMENT_ROOT]) != ATTACHMENT_ROOT:
        raise HTTPException(status_code=400, detail="invalid file name")
    os.makedirs(folder, exist_ok=True)
    return target


@router.post("/{inspection_id}/attachments")
async def add_attachment(
    inspection_id: int,
    upload: UploadFile = File(...),
    broker=Depends(current_broker),
) -> dict:
    target = _target_path(inspection_id, upload.filename or "")
    written = 0
    async with aiofiles.open(target, "wb") as out:
        while chunk := await upload.read(1 << 16):
            written += len(chunk)
            if written > settings.CUSTOMS_DOC_MAX_BYTES:
                raise HTTPException(status_code=413, detail="attachment too large")
            await out.write(chunk)
    return {"inspection": inspection_id, "stored": os.path.basename(target), "by": broker.code}
