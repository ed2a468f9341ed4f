"""Serves inspection photographs to the operator portal."""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from wheeltapper.auth import require_operator
from wheeltapper.config import settings
from wheeltapper.inspections import InspectionStore

router = APIRouter(prefix="/photos")
PHOTO_ROOT = Path(settings.PHOTO_ROOT)
MEDIA_TYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png"}


def photo_dir(inspection_id: int) -> Path:
    return PHOTO_ROOT / f"{inspection_id // 1000:04d}" / str(inspection_id)


async def _owned_inspection(inspection_id: int, operator) -> None:
    inspection = await InspectionStore.get(inspection_id)
    if inspection is None or inspection.operator_code != operator.code:
        raise HTTPException(status_code=404)


@router.get("/{inspection_id}")
async def list_photos(inspection_id: int, operator=Depends(require_operator)):
    await _owned_inspection(inspection_id, operator)
    folder = photo_dir(inspection_id)
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if p.suffix.lower() in MEDIA_TYPES)


@router.get("/{inspection_id}/download")
async def get_photo(inspection_id: int, name: str, operator=Depends(require_operator)):
    await _owned_inspection(inspection_id, operator)
    target = photo_dir(inspection_id) / name
    media_type = MEDIA_TYPES.get(target.suffix.lower())
    if media_type is None or not target.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(target, media_type=media_type, filename=target.name)
