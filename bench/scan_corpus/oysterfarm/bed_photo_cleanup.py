"""Staff app endpoint to delete survey photos taken on a lease bed."""
from __future__ import annotations

import logging
import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, Field

from .auth import StaffUser, require_staff
from .settings import get_settings

log = logging.getLogger(__name__)
router = APIRouter(prefix="/staff/beds", tags=["photos"])

BED_CODE_CHARS = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")


class PhotoDeleteRequest(BaseModel):
    files: list[str] = Field(min_length=1, max_length=200)


class PhotoDeleteResult(BaseModel):
    deleted: list[str]
    missing: list[str]


def _bed_folder(bed_code: str) -> Path:
    if not bed_code or not set(bed_code) <= BED_CODE_CHARS:
        raise HTTPException(400, "invalid bed code")
    return Path(get_settings().photo_root) / bed_code


@router.post("/{bed_code}/photos/delete", response_model=PhotoDeleteResult)
def delete_photos(
    bed_code: str,
    body: PhotoDeleteRequest,
    user: StaffUser = Depends(require_staff),
) -> PhotoDeleteResult:
    folder = _bed_folder(bed_code)
    deleted: list[str] = []
    missing: list[str] = []
    for name in body.files:
        target = os.path.join(folder, name)
        try:
            os.remove(target)
        except FileNotFoundError:
            missing.append(name)
            continue
        deleted.append(name)
    log.info("%s deleted %d photos from bed %s", user.username, len(deleted), bed_code)
    return PhotoDeleteResult(deleted=deleted, missing=missing)
