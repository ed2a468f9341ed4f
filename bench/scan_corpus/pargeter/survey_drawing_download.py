"""Download endpoint for measured survey drawings.

Each heritage site has a folder of measured drawings (elevations, panel
details, rubbings of existing pargeting) exported from CAD as PDF or DXF.
"""
from dataclasses import dataclass
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from pargeter.auth import current_staff_user
from pargeter.config import settings

router = APIRouter(prefix="/drawings")

MEDIA_TYPES = {".pdf": "application/pdf", ".dxf": "image/vnd.dxf"}


@dataclass
class DrawingArchive:
    root: Path

    def site_folder(self, site_ref: str) -> Path:
        return self.root / site_ref.upper()

    def drawing_path(self, site_ref: str, drawing_name: str) -> Path:
        return self.site_folder(site_ref) / drawing_name


archive = DrawingArchive(Path(settings.DRAWING_ARCHIVE_ROOT))


@router.get("/{site_ref}/{drawing_name:path}")
async def download_drawing(
    site_ref: str,
    drawing_name: str,
    user=Depends(current_staff_user),
):
    path = archive.drawing_path(site_ref, drawing_name)
    if not path.is_file():
        raise HTTPException(status_code=404)
    media_type = MEDIA_TYPES.get(path.suffix.lower(), "application/octet-stream")
    return FileResponse(path, media_type=media_type, filename=path.name)
