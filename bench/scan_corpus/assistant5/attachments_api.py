"""Ticket attachment download endpoint."""
import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

from .deps import current_user, get_ticket_for_user
from .models import User

router = APIRouter(prefix="/tickets", tags=["attachments"])

ATTACHMENTS_ROOT = Path(os.environ.get("ATTACHMENTS_ROOT", "/var/lib/helpdesk/attachments"))


def _locate(ticket_id: int, filename: str) -> Path:
    ticket_dir = ATTACHMENTS_ROOT / str(ticket_id)
    return ticket_dir / filename


@router.get("/{ticket_id}/attachment")
def download_attachment(
    ticket_id: int,
    name: str = Query(..., min_length=1, max_length=255),
    user: User = Depends(current_user),
):
    ticket = get_ticket_for_user(ticket_id, user)
    if ticket is None:
        raise HTTPException(status_code=404, detail="ticket not found")

    path = _locate(ticket.id, name)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="attachment not found")
    return FileResponse(path, filename=path.name)
