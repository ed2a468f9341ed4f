"""Upload endpoint for club crest artwork printed on arrow wraps."""
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from .auth import current_club_admin

router = APIRouter(prefix="/clubs/{club_id}/crests")

ARTWORK_ROOT = Path("/srv/fletching/artwork")
ACCEPTED_TYPES = {"image/png", "image/svg+xml", "application/pdf"}
MAX_BYTES = 8 * 1024 * 1024
READ_SIZE = 64 * 1024


def club_folder(club_id: int) -> Path:
    folder = ARTWORK_ROOT / f"club-{club_id}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _check_admin(admin, club_id: int) -> None:
    if admin.club_id != club_id:
        raise HTTPException(status_code=403)


@router.post("")
async def upload_crest(club_id: int, artwork: UploadFile = File(...), admin=Depends(current_club_admin)):
    _check_admin(admin, club_id)
    if artwork.content_type not in ACCEPTED_TYPES:
        raise HTTPException(status_code=415, detail="PNG, SVG or PDF only")
    destination = club_folder(club_id) / artwork.filename
    size = 0
    with destination.open("wb") as out:
        while chunk := await artwork.read(READ_SIZE):
            size += len(chunk)
            if size > MAX_BYTES:
                break
            out.write(chunk)
    if size > MAX_BYTES:
        destination.unlink(missing_ok=True)
        raise HTTPException(status_code=413, detail="artwork larger than 8 MB")
    return {"club_id": club_id, "file": destination.name, "bytes": size}


@router.get("")
async def list_crests(club_id: int, admin=Depends(current_club_admin)):
    _check_admin(admin, club_id)
    return sorted(p.name for p in club_folder(club_id).iterdir() if p.is_file())
