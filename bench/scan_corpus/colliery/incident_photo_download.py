"""Download of photographs attached to safety incident reports.

Investigators attach scene photographs to incident reports (roof conditions,
damaged guarding, burnt cable). Photos are stored on the safety file share
in one folder per report (with a thumbs/ subfolder) and served to signed-in users of the safety portal.
"""
from __future__ import annotations

import mimetypes
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from colliery.auth import require_safety_role
from colliery.settings import get_settings

router = APIRouter(prefix="/incidents", dependencies=[Depends(require_safety_role)])


class PhotoLocator:
    def __init__(self, root: Path) -> None:
        self.root = root

    def report_folder(self, report_ref: str) -> Path:
        year, _, serial = report_ref.partition("-")
        if not (year.isdigit() and serial.isdigit()):
            raise HTTPException(status_code=404, detail="no such report")
        return self.root / year / serial

    def photo(self, report_ref: str, photo_name: str) -> Path:
        return self.report_folder(report_ref) / "photos" / photo_name


def get_locator() -> PhotoLocator:
    return PhotoLocator(Path(get_settings().incident_share))


@router.get("/{report_ref}/photos/{photo_name:path}")
async def download_photo(
    report_ref: str, photo_name: str, locator: PhotoLocator = Depends(get_locator)
) -> FileResponse:
    path = locator.photo(report_ref, photo_name)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="photo not found")
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return FileResponse(path, media_type=media_type, filename=path.name)


@router.get("/{report_ref}/photos")
async def list_photos(report_ref: str, locator: PhotoLocator = Depends(get_locator)) -> list[str]:
    folder = locator.report_folder(report_ref) / "photos"
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if p.is_file())
