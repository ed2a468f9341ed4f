"""Stores close-up photos of hallmarks taken during intake and valuation."""
from pathlib import Path
import os
import uuid

from fastapi import APIRouter, File, HTTPException, UploadFile

PHOTO_ROOT = Path(os.environ.get("HALLMARK_PHOTO_ROOT", "/srv/atelier/hallmarks")).resolve()
MAX_BYTES = 8 * 1024 * 1024
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic"}

router = APIRouter(prefix="/intake")


def _target_path(item_ref: str, original_name: str) -> Path:
    suffix = Path(original_name).suffix.lower()
    if suffix not in IMAGE_SUFFIXES:
        raise HTTPException(415, "hallmark photos must be JPEG, PNG or HEIC")
    candidate = (PHOTO_ROOT / item_ref / f"{uuid.uuid4().hex}{suffix}").resolve()
    if not candidate.is_relative_to(PHOTO_ROOT):
        raise HTTPException(400, "invalid item reference")
    return candidate


@router.post("/{item_ref}/hallmark-photos")
async def upload_hallmark_photo(item_ref: str, photo: UploadFile = File(...)):
    target = _target_path(item_ref, photo.filename or "")
    data = await photo.read()
    if len(data) > MAX_BYTES:
        raise HTTPException(413, "photo too large")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return {"item": item_ref, "stored_as": target.name, "bytes": len(data)}


@router.get("/{item_ref}/hallmark-photos")
async def list_hallmark_photos(item_ref: str):
    folder = (PHOTO_ROOT / item_ref).resolve()
    if not folder.is_relative_to(PHOTO_ROOT):
        raise HTTPException(400, "invalid item reference")
    if not folder.is_dir():
        return {"item": item_ref, "photos": []}
    return {"item": item_ref, "photos": sorted(p.name for p in folder.iterdir() if p.suffix in IMAGE_SUFFIXES)}
