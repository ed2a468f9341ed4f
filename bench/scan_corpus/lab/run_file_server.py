"""Serve raw instrument files for a run to authorised users."""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

from .auth import require_user
from .settings import settings

router = APIRouter(prefix="/runs", tags=["raw-data"])


def _resolve_run_file(run_id: int, name: str) -> Path:
    run_dir = (Path(settings.raw_data_root) / str(run_id)).resolve()
    candidate = (run_dir / name).resolve()
    if not candidate.is_relative_to(run_dir) or not candidate.is_file():
        raise HTTPException(status_code=404, detail="file not found")
    return candidate


@router.get("/{run_id}/raw")
def download_raw_file(
    run_id: int,
    name: str = Query(..., max_length=255),
    user=Depends(require_user),
):
    if not user.can_read_run(run_id):
        raise HTTPException(status_code=404)
    path = _resolve_run_file(run_id, name)
    return FileResponse(path, filename=path.name)
