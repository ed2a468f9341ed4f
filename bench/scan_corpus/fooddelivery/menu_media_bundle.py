"""Handle zip bundles of dish photos uploaded through the restaurant partner portal."""
import os
import uuid
import zipfile
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from .auth import current_partner
from .settings import settings

router = APIRouter(prefix="/partner/media")

ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}


@router.post("/bundle")
async def upload_bundle(bundle: UploadFile = File(...), partner=Depends(current_partner)):
    if not bundle.filename.lower().endswith(".zip"):
        raise HTTPException(status_code=400, detail="expected a .zip file")

    batch_dir = Path(settings.media_staging_dir) / str(partner.id) / uuid.uuid4().hex
    batch_dir.mkdir(parents=True, exist_ok=True)

    with zipfile.ZipFile(bundle.file) as archive:
        archive.extractall(batch_dir)

    images = [
        str(p.relative_to(batch_dir))
        for p in batch_dir.rglob("*")
        if p.is_file() and p.suffix.lower() in ALLOWED_SUFFIXES
    ]
    for p in batch_dir.rglob("*"):
        if p.is_file() and p.suffix.lower() not in ALLOWED_SUFFIXES:
            os.remove(p)
    return {"batch": batch_dir.name, "images": images}
