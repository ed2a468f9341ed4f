"""Read access to maintenance ticket photos for tenants, staff and contractors."""
import mimetypes
import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from coopsys.auth import current_user
from coopsys.tickets.repo import load_ticket

router = APIRouter(prefix="/api/tickets")

PHOTO_ROOT = Path(os.environ.get("TICKET_PHOTO_ROOT", "/srv/coop/ticket-photos"))


def _photo_path(ticket_id: int, name: str) -> Path:
    return PHOTO_ROOT / str(ticket_id) / name


@router.get("/{ticket_id}/photos")
def list_photos(ticket_id: int, user=Depends(current_user)):
    ticket = load_ticket(ticket_id)
    if ticket is None or not user.can_view(ticket):
        raise HTTPException(status_code=404)
    folder = PHOTO_ROOT / str(ticket_id)
    names = sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []
    return {"ticket": ticket_id, "photos": names}


@router.get("/{ticket_id}/photos/{name:path}")
def get_photo(ticket_id: int, name: str, user=Depends(current_user)):
    ticket = load_ticket(ticket_id)
    if ticket is None or not user.can_view(ticket):
        raise HTTPException(status_code=404)
    path = _photo_path(ticket_id, name)
    if not path.is_file():
        raise HTTPException(status_code=404)
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return FileResponse(path, media_type=media_type)
