"""Damage-report photo endpoints.

Drivers upload photos of existing damage before starting a trip; the support
team and the driver can later fetch them. Files live on the shared photo volume
under ``<PHOTO_ROOT>/<report_id>/`` (thumbnails in ``thumbs/``).
"""
import os

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .auth import CurrentUser, get_current_user
from .reports import DamageReportRepo, get_report_repo
from .settings import settings

router = APIRouter(prefix="/damage-reports", tags=["damage"])

_MEDIA_TYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".heic": "image/heic"}


@router.get("/{report_id}/photos")
def list_photos(report_id: int, user: CurrentUser = Depends(get_current_user),
                repo: DamageReportRepo = Depends(get_report_repo)):
    report = repo.get_for_user(report_id, user)
    if report is None:
        raise HTTPException(404)
    return {"photos": [p.file_name for p in report.photos]}


@router.get("/{report_id}/photos/{file_name:path}")
def get_photo(report_id: int, file_name: str, user: CurrentUser = Depends(get_current_user),
              repo: DamageReportRepo = Depends(get_report_repo)):
    report = repo.get_for_user(report_id, user)
    if report is None:
        raise HTTPException(404)
    path = os.path.join(settings.PHOTO_ROOT, str(report_id), file_name)
    if not os.path.isfile(path):
        raise HTTPException(404)
    ext = os.path.splitext(path)[1].lower()
    return FileResponse(path, media_type=_MEDIA_TYPES.get(ext, "application/octet-stream"))
