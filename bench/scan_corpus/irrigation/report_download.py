"""Download endpoint for generated irrigation and water-use reports."""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

from portal.auth import PortalUser, current_user

router = APIRouter(prefix="/reports", tags=["reports"])

REPORT_ROOT = Path(os.environ.get("REPORT_ROOT", "/var/lib/irrigation/reports"))

MEDIA_TYPES = {
    ".csv": "text/csv",
    ".pdf": "application/pdf",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def _farm_dir(user: PortalUser, farm_id: int) -> Path:
    if farm_id not in user.farm_ids:
        raise HTTPException(status_code=403, detail="not your farm")
    return REPORT_ROOT / str(farm_id)


@router.get("/{farm_id}/list")
def list_reports(farm_id: int, user: PortalUser = Depends(current_user)) -> list[str]:
    folder = _farm_dir(user, farm_id)
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if p.suffix in MEDIA_TYPES)


@router.get("/{farm_id}/download")
def download_report(
    farm_id: int,
    name: str = Query(..., min_length=1),
    user: PortalUser = Depends(current_user),
) -> FileResponse:
    path = _farm_dir(user, farm_id) / name
    if not path.is_file():
        raise HTTPException(status_code=404, detail="report not found")
    media_type = MEDIA_TYPES.get(path.suffix, "application/octet-stream")
    return FileResponse(path, media_type=media_type, filename=path.name)
