"""Download endpoint for signed player waivers and parental consent forms."""
import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from league.auth import require_club_official
from league.settings import settings

router = APIRouter(prefix="/clubs/{club_id}/waivers", tags=["waivers"])

WAIVER_ROOT = Path(settings.DOCUMENT_STORE) / "waivers"
MEDIA_TYPES = {".pdf": "application/pdf", ".jpg": "image/jpeg", ".png": "image/png"}


def _waiver_dir(club_id: int, season: str) -> str:
    return os.path.join(WAIVER_ROOT, str(club_id), season)


@router.get("/{season}/{filename:path}")
def download_waiver(club_id: int, season: str, filename: str, official=Depends(require_club_official)):
    if official.club_id != club_id:
        raise HTTPException(status_code=403, detail="not your club")
    path = os.path.join(_waiver_dir(club_id, season), filename)
    if not os.path.isfile(path):
        raise HTTPException(status_code=404, detail="waiver not found")
    suffix = os.path.splitext(path)[1].lower()
    return FileResponse(path, media_type=MEDIA_TYPES.get(suffix, "application/octet-stream"))
