"""Storage of skin-integrity photos sent from the carer app.

The original file name from the phone is not trusted or kept: each photo
is stored under a server-generated name in the visit's folder, and the
metadata row links it back to the visit.
"""
from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile
from sqlalchemy import text

from .db import engine
from .mobile_sync_auth import DeviceIdentity, require_device
from .settings import get_settings
from .visits import visit_belongs_to_carer

router = APIRouter(prefix="/sync/visits", tags=["photos"])
log = logging.getLogger(__name__)

EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png", "image/heic": ".heic"}
MAX_BYTES = 8 * 1024 * 1024


@dataclass
class PhotoLocation:
    root: Path
    visit_id: int
    photo_id: uuid.UUID
    extension: str

    @property
    def path(self) -> Path:
        return self.root / f"visit_{self.visit_id}" / f"{self.photo_id.hex}{self.extension}"


@router.post("/{visit_id}/photos", status_code=201)
async def store_photo(
    visit_id: int,
    photo: UploadFile = File(...),
    device: DeviceIdentity = Depends(require_device),
) -> dict:
    if not visit_belongs_to_carer(visit_id, device.carer_id):
        raise HTTPException(status_code=404, detail="visit not found")
    extension = EXTENSIONS.get(photo.content_type or "")
    if extension is None:
        raise HTTPException(status_code=415, detail="photos must be JPEG, PNG or HEIC")
    data = await photo.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="photo too large")

    location = PhotoLocation(get_settings().photo_root, visit_id, uuid.uuid4(), extension)
    location.path.parent.mkdir(parents=True, exist_ok=True)
    location.path.write_bytes(data)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO visit_photos (id, visit_id, carer_id, storage_path, size_bytes) "
                "VALUES (:id, :visit_id, :carer_id, :path, :size)"
            ),
            {
                "id": str(location.photo_id),
                "visit_id": visit_id,
                "carer_id": device.carer_id,
                "path": str(location.path),
                "size": len(data),
            },
        )
    log.info("stored photo %s for visit %s", location.photo_id, visit_id)
    return {"photo_id": str(location.photo_id)}
