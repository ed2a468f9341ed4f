"""Site photo uploads from the fitters' tablets.

Fitters attach survey and completion photos to a job; the office uses them
for snagging and for the customer's handover pack.
"""
import re
from datetime import datetime
from pathlib import Path

from fastapi import APIRouter, Depends, File, Form, HTTPException, UploadFile

from .auth import current_fitter
from .settings import settings

router = APIRouter(prefix="/jobs")
JOB_REF = re.compile(r"^JN-\d{4}-\d{4}$")
PHOTO_KINDS = {"survey", "progress", "completion", "snag"}
MAX_BYTES = 15 * 1024 * 1024


def photo_dir(job_ref: str, kind: str) -> Path:
    folder = Path(settings.photo_root) / job_ref / kind
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@router.post("/{job_ref}/photos")
async def upload_photo(
    job_ref: str,
    kind: str = Form("progress"),
    photo: UploadFile = File(...),
    fitter=Depends(current_fitter),
):
    if not JOB_REF.match(job_ref):
        raise HTTPException(status_code=400, detail="unknown job reference")
    if kind not in PHOTO_KINDS:
        raise HTTPException(status_code=400, detail="unknown photo kind")
    if photo.content_type not in ("image/jpeg", "image/png", "image/heic"):
        raise HTTPException(status_code=415, detail="photos only")

    data = await photo.read()
    if len(data) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="photo too large")

    destination = photo_dir(job_ref, kind) / photo.filename
    destination.write_bytes(data)
    return {
        "job": job_ref,
        "kind": kind,
        "stored_as": destination.name,
        "uploaded_by": fitter.id,
        "uploaded_at": datetime.utcnow().isoformat(timespec="seconds"),
    }


@router.get("/{job_ref}/photos")
async def list_photos(job_ref: str, fitter=Depends(current_fitter)):
    if not JOB_REF.match(job_ref):
        raise HTTPException(status_code=400, detail="unknown job reference")
    root = Path(settings.photo_root) / job_ref
    return {
        kind: sorted(p.name for p in (root / kind).glob("*"))
        for kind in PHOTO_KINDS
        if (root / kind).is_dir()
    }
