"""Serves manufacturer datasheets and fitting instructions.

Datasheets (PDF) are kept per manufacturer under ``DATASHEET_ROOT``, e.g.
``DATASHEET_ROOT/dorma/ts92.pdf``. Product pages link to them by relative
path so that one file can serve several product codes.
"""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import FileResponse

DATASHEET_ROOT = Path(os.environ.get("DATASHEET_ROOT", "/srv/datasheets"))
ALLOWED_TYPES = {".pdf": "application/pdf", ".dwg": "application/acad"}

app = FastAPI(title="Datasheets")


class DatasheetLocator:
    def __init__(self, root: Path) -> None:
        self.root = root

    def locate(self, relative: str) -> Path:
        candidate = self.root / relative
        if candidate.suffix.lower() not in ALLOWED_TYPES:
            raise HTTPException(status_code=415, detail="unsupported file type")
        if not candidate.is_file():
            raise HTTPException(status_code=404, detail="datasheet not found")
        return candidate

    def manufacturers(self) -> list[str]:
        return sorted(p.name for p in self.root.iterdir() if p.is_dir())


locator = DatasheetLocator(DATASHEET_ROOT)


@app.get("/datasheets")
def get_datasheet(path: str = Query(..., min_length=3, max_length=200)):
    file_path = locator.locate(path)
    return FileResponse(
        file_path,
        media_type=ALLOWED_TYPES[file_path.suffix.lower()],
        filename=file_path.name,
    )


@app.get("/datasheets/manufacturers")
def list_manufacturers():
    return {"manufacturers": locator.manufacturers()}
