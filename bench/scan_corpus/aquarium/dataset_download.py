"""Public download endpoint for published research datasets (CSV/NetCDF)."""
from pathlib import Path

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import FileResponse

from research.settings import get_settings

router = APIRouter(prefix="/datasets", tags=["datasets"])

MEDIA_TYPES = {
    ".csv": "text/csv",
    ".nc": "application/x-netcdf",
    ".json": "application/json",
}


def published_root() -> Path:
    return Path(get_settings().published_data_dir)


@router.get("/{study_id}/files")
def list_files(study_id: int):
    folder = published_root() / f"study-{study_id:05d}"
    if not folder.is_dir():
        raise HTTPException(status_code=404, detail="study not found")
    return [p.name for p in sorted(folder.iterdir()) if p.is_file()]


@router.get("/{study_id}/download")
def download(study_id: int, file: str = Query(..., min_length=1)):
    target = published_root() / f"study-{study_id:05d}" / file
    if not target.is_file():
        raise HTTPException(status_code=404, detail="file not found")
    media_type = MEDIA_TYPES.get(target.suffix.lower(), "application/octet-stream")
    return FileResponse(target, media_type=media_type, filename=target.name)
