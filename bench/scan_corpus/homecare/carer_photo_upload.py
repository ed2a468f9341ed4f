"""Uploads of wound and skin-integrity photos from the carer app.

Carers attach photos to a visit when they notice a pressure area or a
wound; district nurses review them from the client record.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from .mobile_sync_auth import DeviceIdentity, require_device
from .settings import get_settings
from .visits import visit_belongs_to_carer

router = APIRouter(prefix="/sync/visits", tags=["photos"])
log = logging.getLogger(__name__)

ALLOWED_TYPES = {"image/jpeg", "image/png", "image/heic"}
MAX_BYTES = 8 * 1024 * 1024


@dataclass
class UploadTarget:
    root: Path
    visit_id: int
    original_name: str

    @property
    def folder(self) -> Path:
        return self.root / f"visit_{self.visit_id}"

    @property
    def path(self) -> Path:
        return self.folder / self.original_name


@router.post("/{visit_id}/photos", status_code=201)
async def upload_photo(
    visit_id: int,
    photo: UploadFile = File(...),
    device: DeviceIdentity = Depends(require_device),
) -> dict:
    if not visit_belongs_to_carer(visit_id, device.carer_id):
        raise HTTPException(status_code=404, detail="visit not found")
    if photo.content_type not in ALLOWED_TYPES:
        raise HTTPException(status_code=415, detail="photos must be JPEG, PNG or HEIC")
    if not photo.filename:
        raise HTTPException(status_code=400, detail="file name required")

    data = await photo.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="photo too large")

    target = UploadTarget(get_settings().photo_root, visit_id, photo.filename)
    target.folder.mkdir(parents=True, exist_ok=True)
    target.path.write_bytes(data)
    log.info("stored %d byte photo for visit %s from carer %s", len(data), visit_id, device.carer_id)
    return {"visit_id": visit_id, "stored_as": target.path.name}
