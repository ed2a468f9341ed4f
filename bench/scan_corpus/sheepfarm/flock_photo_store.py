"""Storage for photos attached to individual sheep records.

Photos of ram conformation, lameness or fly-strike are taken on the yard
tablet and linked to the animal's EID. Staff can remove photos from the
animal's page.
"""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

from fastapi import APIRouter, Depends, File, Form, HTTPException, UploadFile

from .auth import require_staff
from .settings import Settings, get_settings

log = logging.getLogger(__name__)
router = APIRouter(prefix="/photos", dependencies=[Depends(require_staff)])


@dataclass
class PhotoStore:
    root: Path

    def save(self, eid: str, data: bytes, suffix: str) -> str:
        digest = hashlib.sha256(data).hexdigest()[:16]
        folder = self.root / eid.replace(" ", "")
        folder.mkdir(parents=True, exist_ok=True)
        name = f"{digest}{suffix}"
        (folder / name).write_bytes(data)
        return f"{eid.replace(' ', '')}/{name}"

    def remove(self, relative: str) -> bool:
        target = self.root / relative
        if not target.is_file():
            return False
        target.unlink()
        return True


def get_store(settings: Settings = Depends(get_settings)) -> PhotoStore:
    return PhotoStore(Path(settings.photo_root))


@router.post("")
async def upload_photo(
    eid: str = Form(..., pattern=r"^\d{3} ?\d{12}$"),
    photo: UploadFile = File(...),
    store: PhotoStore = Depends(get_store),
):
    if photo.content_type not in ("image/jpeg", "image/png"):
        raise HTTPException(415, "JPEG or PNG only")
    data = await photo.read()
    suffix = ".png" if photo.content_type == "image/png" else ".jpg"
    ref = store.save(eid, data, suffix)
    return {"ref": ref}


@router.delete("")
def delete_photo(ref: str, store: PhotoStore = Depends(get_store)):
    if not store.remove(ref):
        raise HTTPException(404, "photo not found")
    log.info("removed sheep photo %s", ref)
    return {"deleted": ref}
