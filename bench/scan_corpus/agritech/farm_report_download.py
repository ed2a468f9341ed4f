"""Download endpoint for generated season reports (PDF / XLSX)."""
import os

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

from .auth import current_user, User
from .settings import settings

router = APIRouter(prefix="/farms/{farm_id}/reports", tags=["reports"])

MEDIA_TYPES = {
    ".pdf": "application/pdf",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".csv": "text/csv",
}


def _report_dir(farm_id: int) -> str:
    return os.path.join(settings.report_root, str(farm_id))


@router.get("")
def list_reports(farm_id: int, user: User = Depends(current_user)):
    if not user.can_view_farm(farm_id):
        raise HTTPException(status_code=403)
    directory = _report_dir(farm_id)
    if not os.path.isdir(directory):
        return []
    return sorted(os.listdir(directory))


@router.get("/download")
def download_report(farm_id: int, name: str = Query(..., min_length=1), user: User = Depends(current_user)):
    if not user.can_view_farm(farm_id):
        raise HTTPException(status_code=403)
    path = os.path.join(_report_dir(farm_id), name)
    if not os.path.isfile(path):
        raise HTTPException(status_code=404, detail="report not found")
    media_type = MEDIA_TYPES.get(os.path.splitext(name)[1].lower(), "application/octet-stream")
    return FileResponse(path, media_type=media_type, filename=os.path.basename(name))
