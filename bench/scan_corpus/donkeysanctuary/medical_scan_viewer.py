"""Viewer API for radiographs and dental scans attached to donkey medical records."""
from __future__ import annotations

import mimetypes
import os
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse

from vetrecords.auth import require_vet_team

app = FastAPI()

SCAN_ROOT = Path(os.environ.get("MEDICAL_SCAN_ROOT", "/srv/vetrecords/scans")).resolve()
VIEWABLE = {".dcm", ".jpg", ".png", ".pdf"}


def resolve_scan(donkey_id: int, relative: str) -> Path:
    candidate = (SCAN_ROOT / f"donkey-{donkey_id}" / relative).resolve()
    donkey_root = (SCAN_ROOT / f"donkey-{donkey_id}").resolve()
    if not candidate.is_relative_to(donkey_root):
        raise HTTPException(status_code=404)
    if candidate.suffix.lower() not in VIEWABLE or not candidate.is_file():
        raise HTTPException(status_code=404)
    return candidate


@app.get("/donkeys/{donkey_id}/scans/{relative:path}")
def get_scan(donkey_id: int, relative: str, user=Depends(require_vet_team)):
    path = resolve_scan(donkey_id, relative)
    media_type, _ = mimetypes.guess_type(path.name)
    return FileResponse(path, media_type=media_type or "application/octet-stream")


@app.get("/donkeys/{donkey_id}/scans")
def list_scans(donkey_id: int, user=Depends(require_vet_team)):
    folder = SCAN_ROOT / f"donkey-{donkey_id}"
    if not folder.is_dir():
        return {"scans": []}
    return {
        "scans": sorted(
            str(p.relative_to(folder))
            for p in folder.rglob("*")
            if p.is_file() and p.suffix.lower() in VIEWABLE
        )
    }
