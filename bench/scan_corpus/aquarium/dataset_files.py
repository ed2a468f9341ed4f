"""Serve files belonging to published research datasets."""
from pathlib import Path

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import FileResponse

from research.settings import get_settings

router = APIRouter(prefix="/datasets", tags=["datasets"])


def study_dir(study_id: int) -> Path:
    return (Path(get_settings().published_data_dir) / f"study-{study_id:05d}").resolve()


def resolve_inside(base: Path, requested: str) -> Path:
    candidate = (base / requested).resolve()
    if not candidate.is_relative_to(base):
        raise HTTPException(status_code=400, detail="invalid file name")
    return candidate


@router.get("/{study_id}/download")
def download(study_id: int, file: str = Query(..., min_length=1, max_length=200)):
    base = study_dir(study_id)
    target = resolve_inside(base, file)
    if not target.is_file():
        raise HTTPException(status_code=404, detail="file not found")
    return FileResponse(target, filename=target.name)
