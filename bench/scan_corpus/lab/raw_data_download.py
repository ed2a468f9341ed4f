"""Download endpoint for raw instrument files attached to a run."""
import os

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

from .auth import require_user
from .settings import settings

router = APIRouter(prefix="/runs", tags=["raw-data"])


@router.get("/{run_id}/raw")
def download_raw_file(
    run_id: int,
    name: str = Query(..., description="file name as listed in the run's manifest"),
    user=Depends(require_user),
):
    if not user.can_read_run(run_id):
        raise HTTPException(status_code=404)

    path = os.path.join(settings.raw_data_root, str(run_id), name)
    if not os.path.isfile(path):
        raise HTTPException(status_code=404, detail="file not found")
    return FileResponse(path, filename=os.path.basename(path))


@router.get("/{run_id}/raw/index")
def list_raw_files(run_id: int, user=Depends(require_user)):
    if not user.can_read_run(run_id):
        raise HTTPException(status_code=404)
    run_dir = os.path.join(settings.raw_data_root, str(run_id))
    if not os.path.isdir(run_dir):
        return {"files": []}
    return {"files": sorted(f for f in os.listdir(run_dir) if not f.startswith("."))}
