"""Serves scanned wheel and undercarriage drawings from the pattern archive.

The archive holds decades of hand drawings (wheel dish, hub boring,
fifth-wheel plates) scanned to PDF and TIFF, organised by vehicle type.
"""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .auth import require_staff

router = APIRouter(prefix="/drawings", dependencies=[Depends(require_staff)])

ARCHIVE_ROOT = Path("/srv/wainwright/pattern-archive").resolve()
MEDIA_TYPES = {
    ".pdf": "application/pdf",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
    ".png": "image/png",
}


def resolve_drawing(relative: str, root: Path = ARCHIVE_ROOT) -> Path:
    candidate = (root / relative).resolve()
    if not candidate.is_relative_to(root):
        raise HTTPException(status_code=404, detail="drawing not found")
    if candidate.suffix.lower() not in MEDIA_TYPES or not candidate.is_file():
        raise HTTPException(status_code=404, detail="drawing not found")
    return candidate


@router.get("/{vehicle_type}")
async def list_drawings(vehicle_type: str) -> dict:
    folder = resolve_folder(vehicle_type)
    return {
        "vehicle_type": vehicle_type,
        "drawings": sorted(
            p.name for p in folder.iterdir() if p.suffix.lower() in MEDIA_TYPES
        ),
    }


def resolve_folder(vehicle_type: str, root: Path = ARCHIVE_ROOT) -> Path:
    folder = (root / vehicle_type).resolve()
    if not folder.is_relative_to(root) or not folder.is_dir():
        raise HTTPException(status_code=404, detail="unknown vehicle type")
    return folder


@router.get("/{vehicle_type}/{filename}")
async def get_drawing(vehicle_type: str, filename: str) -> FileResponse:
    path = resolve_drawing(f"{vehicle_type}/{filename}")
    return FileResponse(
        path,
        media_type=MEDIA_TYPES[path.suffix.lower()],
        filename=path.name,
    )
