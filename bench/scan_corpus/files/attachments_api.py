"""Serve files attached to support tickets."""
import mimetypes
import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .deps import get_current_agent

ATTACHMENT_ROOT = Path(os.environ.get("ATTACHMENT_ROOT", "/srv/helpdesk/attachments"))

router = APIRouter(prefix="/attachments", dependencies=[Depends(get_current_agent)])


@router.get("/{file_path:path}")
async def get_attachment(file_path: str):
    full_path = ATTACHMENT_ROOT / file_path
    if not full_path.is_file():
        raise HTTPException(status_code=404, detail="attachment not found")
    media_type, _ = mimetypes.guess_type(full_path.name)
    return FileResponse(full_path, media_type=media_type or "application/octet-stream")
