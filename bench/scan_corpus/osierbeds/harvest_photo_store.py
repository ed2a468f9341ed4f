"""Bed photos taken during harvest, served to and removed by office staff.

Photos sit in one folder per bed. File names come from the browser, so
every path is resolved and checked to stay inside the bed's folder.
"""
from __future__ import annotations

import logging
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from osierbeds.auth import require_office_user
from osierbeds.config import settings

log = logging.getLogger(__name__)

router = APIRouter(prefix="/api/beds", tags=["photos"], dependencies=[Depends(require_office_user)])

PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png"}


class BedPhotoStore:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def _bed_dir(self, bed_code: str) -> Path:
        return self.root / bed_code.upper()

    def locate(self, bed_code: str, name: str) -> Path:
        bed_dir = self._bed_dir(bed_code).resolve()
        candidate = (bed_dir / name).resolve()
        if not candidate.is_relative_to(bed_dir) or bed_dir.parent != self.root:
            raise PermissionError(name)
        if candidate.suffix.lower() not in PHOTO_SUFFIXES:
            raise PermissionError(name)
        return candidate

    def list(self, bed_code: str) -> list[str]:
        bed_dir = self._bed_dir(bed_code).resolve()
        if bed_dir.parent != self.root or not bed_dir.is_dir():
            return []
        return sorted(p.name for p in bed_dir.iterdir() if p.suffix.lower() in PHOTO_SUFFIXES)


store = BedPhotoStore(Path(settings.bed_photo_root))


@router.get("/{bed_code}/photos")
def list_photos(bed_code: str):
    return {"bed": bed_code, "photos": store.list(bed_code)}


@router.get("/{bed_code}/photos/{name}")
def get_photo(bed_code: str, name: str):
    try:
        path = store.locate(bed_code, name)
    except PermissionError:
        raise HTTPException(400, "invalid photo name")
    if not path.is_file():
        raise HTTPException(404, "no such photo")
    return FileResponse(path)


@router.delete("/{bed_code}/photos/{name}")
def delete_photo(bed_code: str, name: str):
    try:
        path = store.locate(bed_code, name)
    except PermissionError:
        raise HTTPException(400, "invalid photo name")
    try:
        path.unlink()
    except FileNotFoundError:
        raise HTTPException(404, "no such photo")
    log.info("removed photo %s from bed %s", path.name, bed_code)
    return {"deleted": path.name}
