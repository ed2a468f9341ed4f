"""Proof-of-delivery endpoints used by the customer service console.

Couriers capture a signature and a doorstep photo on the handheld; the
files are synced to shared storage under one folder per tracking number.
"""
import os
import re
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

from .auth import require_staff

router = APIRouter(prefix="/deliveries", tags=["proof-of-delivery"])

POD_ROOT = Path(os.environ.get("POD_STORAGE", "/srv/pod"))
TRACKING_RE = re.compile(r"^[A-Z]{2}\d{9}[A-Z]{2}$")
MEDIA_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}


def _check_tracking(tracking_number: str) -> str:
    if not TRACKING_RE.match(tracking_number):
        raise HTTPException(status_code=400, detail="invalid tracking number")
    return tracking_number


@router.get("/{tracking_number}/pod")
def list_pod_files(tracking_number: str, staff=Depends(require_staff)) -> list[str]:
    folder = POD_ROOT / _check_tracking(tracking_number)
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if p.suffix.lower() in MEDIA_TYPES)


@router.get("/{tracking_number}/pod/file")
def get_pod_file(tracking_number: str, name: str = Query(..., max_length=200),
                 staff=Depends(require_staff)) -> FileResponse:
    path = POD_ROOT / _check_tracking(tracking_number) / name
    media_type = MEDIA_TYPES.get(path.suffix.lower())
    if media_type is None or not path.is_file():
        raise HTTPException(status_code=404, detail="file not found")
    return FileResponse(path, media_type=media_type)
