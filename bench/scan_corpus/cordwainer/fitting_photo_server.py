"""Serves photos taken at trial fittings (marked-up toe spring, heel grip, creasing)."""
import mimetypes
import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .auth import current_customer_or_staff

router = APIRouter(prefix="/fittings")

PHOTO_ROOT = Path(os.environ.get("FITTING_PHOTO_ROOT", "/srv/cordwainer/fitting-photos")).resolve()
ALLOWED_TYPES = {"image/jpeg", "image/png", "image/heic"}


def _order_folder(order_ref: str) -> Path:
    return PHOTO_ROOT / order_ref


def resolve_photo(order_ref: str, relative: str) -> Path:
    base = _order_folder(order_ref).resolve()
    candidate = (base / relative).resolve()
    if not (base.is_relative_to(PHOTO_ROOT) and candidate.is_relative_to(base)):
        raise HTTPException(status_code=404)
    if not candidate.is_file():
        raise HTTPException(status_code=404)
    return candidate


@router.get("/{order_ref}/photos")
def list_photos(order_ref: str, who=Depends(current_customer_or_staff)):
    who.ensure_can_view(order_ref)
    folder = _order_folder(order_ref).resolve()
    if not folder.is_relative_to(PHOTO_ROOT) or not folder.is_dir():
        return {"order_ref": order_ref, "photos": []}
    photos = [
        str(p.relative_to(folder))
        for p in sorted(folder.rglob("*"))
        if p.is_file() and mimetypes.guess_type(p.name)[0] in ALLOWED_TYPES
    ]
    return {"order_ref": order_ref, "photos": photos}


@router.get("/{order_ref}/photos/{relative:path}")
def get_photo(order_ref: str, relative: str, who=Depends(current_customer_or_staff)):
    who.ensure_can_view(order_ref)
    path = resolve_photo(order_ref, relative)
    media_type, _ = mimetypes.guess_type(path.name)
    if media_type not in ALLOWED_TYPES:
        raise HTTPException(status_code=404)
    return FileResponse(path, media_type=media_type)
