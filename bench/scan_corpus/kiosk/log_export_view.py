"""Log download endpoints of the kiosk agent's local support API."""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .auth import require_roles

LOG_DIR = Path(os.environ.get("KIOSK_LOG_DIR", "/var/log/kiosk"))

router = APIRouter(prefix="/support/logs", tags=["support"])


@router.get("/")
def list_logs(_tech=Depends(require_roles({"logs:read"}))) -> list[dict]:
    entries = []
    for p in sorted(LOG_DIR.glob("*.log*")):
        st = p.stat()
        entries.append({"name": p.name, "size": st.st_size, "modified": st.st_mtime})
    return entries


@router.get("/{filename:path}")
def download_log(filename: str, _tech=Depends(require_roles({"logs:read"}))):
    path = LOG_DIR.joinpath(filename)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="no such log")
    return FileResponse(path, media_type="text/plain", filename=path.name)
