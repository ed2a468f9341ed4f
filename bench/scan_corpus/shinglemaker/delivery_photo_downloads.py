"""Proof-of-delivery photos that drivers upload from the job site."""

import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, UploadFile
from fastapi.responses import FileResponse

from shinglemaker.auth import current_roofer
from shinglemaker.config import settings
from shinglemaker.deliveries import get_delivery_for_account

router = APIRouter(prefix="/deliveries", tags=["deliveries"])

ALLOWED_UPLOAD_TYPES = {"image/jpeg", "image/png", "image/heic"}


def _delivery_dir(delivery_ref: str) -> str:
    return os.path.join(settings.POD_PHOTO_ROOT, delivery_ref)


@router.get("/{delivery_ref}/photos")
async def list_photos(delivery_ref: str, account=Depends(current_roofer)):
    delivery = await get_delivery_for_account(delivery_ref, account.id)
    if delivery is None:
        raise HTTPException(status_code=404)
    folder = Path(_delivery_dir(delivery.reference))
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if p.is_file())


@router.get("/{delivery_ref}/photos/{photo_name}")
async def download_photo(delivery_ref: str, photo_name: str, account=Depends(current_roofer)):
    delivery = await get_delivery_for_account(delivery_ref, account.id)
    if delivery is None:
        raise HTTPException(status_code=404)
    photo_path = os.path.join(_delivery_dir(delivery.reference), photo_name)
    if not os.path.isfile(photo_path):
        raise HTTPException(status_code=404)
    return FileResponse(photo_path, filename=os.path.basename(photo_path))


@router.post("/{delivery_ref}/photos", status_code=201)
async def upload_photo(delivery_ref: str, file: UploadFile, account=Depends(current_roofer)):
    delivery = await get_delivery_for_account(delivery_ref, account.id)
    if delivery is None or file.content_type not in ALLOWED_UPLOAD_TYPES:
        raise HTTPException(status_code=400)
    folder = Path(_delivery_dir(delivery.reference))
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{delivery.reference}-{len(list(folder.iterdir())) + 1}.jpg"
    target.write_bytes(await file.read())
    return {"name": target.name}
