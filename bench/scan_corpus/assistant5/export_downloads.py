"""Download endpoint for generated report exports."""
import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

from .deps import current_user
from .models import User

router = APIRouter(prefix="/exports", tags=["exports"])

EXPORTS_ROOT = Path(os.environ.get("EXPORTS_ROOT", "/var/lib/reports/exports")).resolve()


def _locate(account_id: int, filename: str) -> Path:
    account_dir = (EXPORTS_ROOT / str(account_id)).resolve()
    candidate = (account_dir / filename).resolve()
    if not candidate.is_relative_to(account_dir):
        raise HTTPException(status_code=404, detail="export not found")
    return candidate


@router.get("/download")
def download_export(
    name: str = Query(..., min_length=1, max_length=255),
    user: User = Depends(current_user),
):
    path = _locate(user.account_id, name)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="export not found")
    return FileResponse(path, filename=path.name, media_type="text/csv")
