"""Serves still images attached to accident and incident reports.

First-aiders photograph injuries and floor hazards; the images are kept per
report and shown to the duty manager when the report is reviewed.
"""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI(title="incident-reports")


class PhotoStore:
    allowed_suffixes = {".jpg", ".jpeg", ".png", ".heic"}

    def __init__(self, root: str | os.PathLike) -> None:
        self.root = Path(root).resolve()

    def locate(self, report_id: int, filename: str) -> Path:
        report_dir = (self.root / str(report_id)).resolve()
        candidate = (report_dir / filename).resolve()
        if not candidate.is_relative_to(report_dir):
            raise PermissionError("path escapes the report folder")
        if candidate.suffix.lower() not in self.allowed_suffixes:
            raise PermissionError("not an incident photo")
        return candidate


store = PhotoStore(os.environ.get("INCIDENT_PHOTO_ROOT", "/srv/rink/incidents"))


def require_duty_manager() -> None:
    """Placeholder for the shared auth dependency wired in by the gateway."""


@app.get("/incidents/{report_id}/photos/{filename}")
def get_photo(report_id: int, filename: str, _: None = Depends(require_duty_manager)):
    try:
        path = store.locate(report_id, filename)
    except PermissionError:
        raise HTTPException(status_code=400, detail="invalid photo name")
    if not path.is_file():
        raise HTTPException(status_code=404, detail="photo not found")
    return FileResponse(path, headers={"Cache-Control": "private, max-age=300"})


@app.get("/incidents/{report_id}/photos")
def list_photos(report_id: int, _: None = Depends(require_duty_manager)):
    folder = store.root / str(report_id)
    if not folder.is_dir():
        return {"photos": []}
    return {"photos": sorted(p.name for p in folder.iterdir() if p.suffix.lower() in store.allowed_suffixes)}
