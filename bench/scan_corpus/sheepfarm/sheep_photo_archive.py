"""Storage for photos attached to individual sheep records.

Photos of ram conformation, foot scald or fly-strike are taken on the yard
tablet and linked to the animal's EID. Staff can remove a photo from the
animal's page; references are checked to stay inside the photo root.
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
class PhotoArchive:
    root: Path

    def __post_init__(self) -> None:
        self.root = self.root.resolve()

    def _inside(self, relative: str) -> Path:
        target = (self.root / relative).resolve()
        if not target.is_relative_to(self.root):
            raise HTTPException(400, "invalid photo reference")
        return target

    def save(self, eid: str, data: bytes, suffix: str) -> str:
        folder_name = eid.replace(" ", "")
        name = f"{hashlib.sha256(data).hexdigest()[:16]}{suffix}"
        target = self._inside(f"{folder_name}/{name}")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        return f"{folder_name}/{name}"

    def remove(self, relative: str) -> bool:
        target = self._inside(relative)
        if not target.is_file():
            return False
        target.unlink()
        return True


def get_archive(settings: Settings = Depends(get_settings)) -> PhotoArchive:
    return PhotoArchive(Path(settings.photo_root))


@router.post("")
async def upload_photo(
    eid: str = Form(..., pattern=r"^\d{3} ?\d{12}$"),
    photo: UploadFile = File(...),
    archive: PhotoArchive = Depends(get_archive),
):
    if photo.content_type not in ("image/jpeg", "image/png"):
        raise HTTPException(415, "JPEG or PNG only")
    data = await photo.read()
    suffix = ".png" if photo.content_type == "image/png" else ".jpg"
    return {"ref": archive.save(eid, data, suffix)}


@router.delete("")
def delete_photo(ref: str, archive: PhotoArchive = Depends(get_archive)):
    if not archive.remove(ref):
        raise HTTPException(404, "photo not found")
    log.info("removed sheep photo %s", ref)
    return {"deleted": ref}
