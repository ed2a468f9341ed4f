"""Custom label artwork for bottle-your-own sessions.

Guests can upload artwork for the labels on the bottles they fill. Staff
print the labels on the day and can remove artwork that is rejected.
"""
import re
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic_settings import BaseSettings

from byo.auth import require_staff

router = APIRouter(prefix="/byo/artwork")
BOOKING_REF = re.compile(r"BYO-[0-9A-Z]{6}")


class ArtworkSettings(BaseSettings):
    artwork_root: Path = Path("/srv/byo/artwork")
    max_bytes: int = 10 * 1024 * 1024


settings = ArtworkSettings()


def _booking_folder(booking_ref: str) -> Path:
    if not BOOKING_REF.fullmatch(booking_ref.upper()):
        raise HTTPException(status_code=404)
    folder = settings.artwork_root / booking_ref.upper()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@router.get("/{booking_ref}")
async def list_artwork(booking_ref: str, staff=Depends(require_staff)):
    return sorted(p.name for p in _booking_folder(booking_ref).iterdir() if p.is_file())


@router.delete("/{booking_ref}")
async def reject_artwork(
    booking_ref: str,
    filename: str = Query(...),
    staff=Depends(require_staff),
):
    target = _booking_folder(booking_ref) / filename
    if not target.is_file():
        raise HTTPException(status_code=404)
    target.unlink()
    return {"removed": filename, "by": staff.username}
