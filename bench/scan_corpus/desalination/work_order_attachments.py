"""Attachment upload for maintenance work orders: photos of fouled
cartridge filters, vibration reports for HP pumps, signed permits."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile
from pydantic_settings import BaseSettings

from cmms.auth import current_technician
from cmms.repo import record_attachment, work_order_exists


class AttachmentSettings(BaseSettings):
    attachment_root: Path = Path("/srv/cmms/attachments")
    max_bytes: int = 25 * 1024 * 1024

    model_config = {"env_prefix": "CMMS_"}


settings = AttachmentSettings()
router = APIRouter(prefix="/work-orders/{wo_number}/attachments")


def _target_dir(wo_number: str) -> Path:
    folder = settings.attachment_root / wo_number.upper().replace("/", "-")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _store(upload: UploadFile, folder: Path) -> tuple[Path, str, int]:
    destination = folder / (upload.filename or "attachment.bin")
    digest = hashlib.sha256()
    size = 0
    with open(destination, "wb") as out:
        while chunk := upload.file.read(1024 * 1024):
            size += len(chunk)
            if size > settings.max_bytes:
                out.close()
                os.remove(destination)
                raise HTTPException(413, "Attachment too large")
            digest.update(chunk)
            out.write(chunk)
    return destination, digest.hexdigest(), size


@router.post("", status_code=201)
async def upload_attachment(
    wo_number: str,
    file: UploadFile = File(...),
    tech=Depends(current_technician),
) -> dict:
    if not work_order_exists(wo_number):
        raise HTTPException(404, "Unknown work order")
    path, sha256, size = _store(file, _target_dir(wo_number))
    record_attachment(wo_number, path.name, sha256, size, uploaded_by=tech.id)
    return {"name": path.name, "sha256": sha256, "bytes": size}
