"""Local cache of manufacturer datasheets served on product pages.

Datasheets are organised by manufacturer folder under ``DATASHEET_ROOT``;
product pages link with the relative path, e.g. ``?path=dorma/ts92.pdf``.
"""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import FileResponse

DATASHEET_ROOT = Path(os.environ.get("DATASHEET_ROOT", "/srv/datasheets")).resolve()
MEDIA_TYPES = {".pdf": "application/pdf", ".dwg": "application/acad"}

app = FastAPI(title="Datasheet cache")


class DatasheetResolver:
    def __init__(self, root: Path) -> None:
        self.root = root

    def resolve(self, relative: str) -> Path:
        candidate = (self.root / relative).resolve()
        if not candidate.is_relative_to(self.root):
            raise HTTPException(status_code=404, detail="datasheet not found")
        if candidate.suffix.lower() not in MEDIA_TYPES:
            raise HTTPException(status_code=415, detail="unsupported file type")
        if not candidate.is_file():
            raise HTTPException(status_code=404, detail="datasheet not found")
        return candidate

    def index(self, manufacturer: str) -> list[str]:
        folder = self.resolve_dir(manufacturer)
        return sorted(p.name for p in folder.iterdir() if p.suffix.lower() in MEDIA_TYPES)

    def resolve_dir(self, name: str) -> Path:
        folder = (self.root / name).resolve()
        if folder.parent != self.root or not folder.is_dir():
            raise HTTPException(status_code=404, detail="manufacturer not found")
        return folder


resolver = DatasheetResolver(DATASHEET_ROOT)


@app.get("/datasheets")
def get_datasheet(path: str = Query(..., min_length=3, max_length=200)):
    file_path = resolver.resolve(path)
    return FileResponse(file_path, media_type=MEDIA_TYPES[file_path.suffix.lower()], filename=file_path.name)


@app.get("/datasheets/{manufacturer}")
def list_datasheets(manufacturer: str):
    return {"manufacturer": manufacturer, "files": resolver.index(manufacturer)}
