"""Measured-drawing store for wheels that have been through the shop.

Drawings (PDF, DXF) are filed under the drawing root by job. Staff fetch them
by their path relative to the root, as shown in the listing.
"""
from __future__ import annotations

import mimetypes
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import Response

from .auth import require_staff
from .settings import get_settings


class DrawingNotFound(LookupError):
    pass


class DrawingStore:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def _locate(self, relative_name: str) -> Path:
        candidate = (self.root / relative_name).resolve()
        if not candidate.is_relative_to(self.root) or not candidate.is_file():
            raise DrawingNotFound(relative_name)
        return candidate

    def read(self, relative_name: str) -> tuple[bytes, str, str]:
        path = self._locate(relative_name)
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return path.read_bytes(), media_type, path.name

    def listing(self, job_number: str) -> list[str]:
        folder = self.root / "jobs" / job_number
        if not folder.is_dir():
            return []
        return sorted(str(p.relative_to(self.root)) for p in folder.iterdir() if p.is_file())


def get_store() -> DrawingStore:
    return DrawingStore(Path(get_settings().drawing_root))


app = FastAPI(title="Drawing store")


@app.get("/drawings", dependencies=[Depends(require_staff)])
def list_drawings(job: str = Query(..., pattern=r"^[A-Z]{2}\d{4}$"),
                  store: DrawingStore = Depends(get_store)):
    return {"job": job, "files": store.listing(job)}


@app.get("/drawings/file", dependencies=[Depends(require_staff)])
def get_drawing(name: str, store: DrawingStore = Depends(get_store)):
    try:
        data, media_type, filename = store.read(name)
    except DrawingNotFound:
        raise HTTPException(status_code=404, detail="no such drawing")
    return Response(content=data, media_type=media_type,
                    headers={"Content-Disposition": f'inline; filename="{filename}"'})
