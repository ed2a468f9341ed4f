"""Read access to the long-term shoe photo archive for warranty claims.

Claims staff open archived before/after photos by the relative path that
is recorded on the warranty claim.
"""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from cobbler.auth import require_claims_staff
from cobbler.config import settings

router = APIRouter(prefix="/claims/archive")

ARCHIVE_ROOT = Path(settings.PHOTO_ARCHIVE_ROOT).resolve()
ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic"}


def resolve_archive_path(relative: str, root: Path = ARCHIVE_ROOT) -> Path:
    candidate = (root / relative).resolve()
    if not candidate.is_relative_to(root):
        raise HTTPException(status_code=400, detail="path outside archive")
    if candidate.suffix.lower() not in ALLOWED_SUFFIXES:
        raise HTTPException(status_code=400, detail="not a photo")
    return candidate


@router.get("/photo")
async def archived_photo(path: str, user=Depends(require_claims_staff)):
    photo = resolve_archive_path(path)
    if not photo.is_file():
        raise HTTPException(status_code=404, detail="photo not found")
    return FileResponse(photo, headers={"Cache-Control": "private, max-age=600"})


@router.get("/listing")
async def archive_listing(ticket_no: str, user=Depends(require_claims_staff)):
    folder = resolve_archive_path(f"{ticket_no}/index.jpg").parent
    if not folder.is_dir():
        return {"photos": []}
    return {"photos": sorted(p.name for p in folder.iterdir() if p.suffix.lower() in ALLOWED_SUFFIXES)}
