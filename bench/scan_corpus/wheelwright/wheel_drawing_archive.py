"""Archive of measured drawings for wheels that have passed through the shop.

Every wheel is drawn before it is taken apart: dish, hub bore, spoke pattern,
felloe joints. The drawings (PDF and DXF) are kept so that a replica can be
built if the original is lost.
"""
from __future__ import annotations

import mimetypes
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import Response

from .auth import require_staff
from .settings import get_settings


class DrawingArchive:
    def __init__(self, root: Path) -> None:
        self.root = root

    def _locate(self, relative_name: str) -> Path:
        return self.root / relative_name

    def exists(self, relative_name: str) -> bool:
        return self._locate(relative_name).is_file()

    def read(self, relative_name: str) -> tuple[bytes, str]:
        path = self._locate(relative_name)
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return path.read_bytes(), media_type

    def listing(self, job_number: str) -> list[str]:
        folder = self.root / "jobs" / job_number
        if not folder.is_dir():
            return []
        return sorted(str(p.relative_to(self.root)) for p in folder.glob("*") if p.is_file())


def get_archive() -> DrawingArchive:
    return DrawingArchive(Path(get_settings().drawing_root))


app = FastAPI(title="Drawing archive")


@app.get("/drawings", dependencies=[Depends(require_staff)])
def list_drawings(job: str = Query(..., pattern=r"^[A-Z]{2}\d{4}$"),
                  archive: DrawingArchive = Depends(get_archive)):
    return {"job": job, "files": archive.listing(job)}


@app.get("/drawings/file", dependencies=[Depends(require_staff)])
def get_drawing(name: str, archive: DrawingArchive = Depends(get_archive)):
    if not archive.exists(name):
        raise HTTPException(status_code=404, detail="no such drawing")
    data, media_type = archive.read(name)
    return Response(content=data, media_type=media_type,
                    headers={"Content-Disposition": f'inline; filename="{Path(name).name}"'})
