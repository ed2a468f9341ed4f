"""Download endpoint for photos and sketches attached to logbook entries.

Apprentices attach a photo of each finished length and a sketch of the
batter frame; their assessor downloads them when signing off units.
"""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse

from walling.logbook.auth import CurrentUser, current_user

ATTACH_ROOT = Path(os.environ.get("LOGBOOK_ATTACH_ROOT", "/srv/walling/logbook-attachments"))

app = FastAPI(title="Logbook attachments")


def _can_view(user: CurrentUser, apprentice_id: int) -> bool:
    return user.is_assessor or user.apprentice_id == apprentice_id


@app.get("/logbook/{apprentice_id}/attachments")
def list_attachments(apprentice_id: int, user: CurrentUser = Depends(current_user)):
    if not _can_view(user, apprentice_id):
        raise HTTPException(status_code=403)
    folder = ATTACH_ROOT / str(apprentice_id)
    if not folder.is_dir():
        return {"attachments": []}
    return {
        "attachments": sorted(
            str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()
        )
    }


@app.get("/logbook/{apprentice_id}/attachments/{name:path}")
def download_attachment(
    apprentice_id: int, name: str, user: CurrentUser = Depends(current_user)
):
    if not _can_view(user, apprentice_id):
        raise HTTPException(status_code=403)
    cleaned = name.replace("../", "").lstrip("/")
    path = ATTACH_ROOT / str(apprentice_id) / cleaned
    if not path.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(path, filename=path.name)
