"""Serves scanned concours judging sheets from the results archive.

Sheets are published once the results are final; any visitor may view
them. Class folders hold one PDF per car, named by the organiser.
"""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import FileResponse

SHEETS_ROOT = Path(os.environ.get("CONCOURS_SHEETS_ROOT", "/srv/concours/sheets")).resolve()

app = FastAPI(title="Concours sheet archive")


class SheetLocator:
    def __init__(self, root: Path) -> None:
        self.root = root

    def locate(self, class_code: str, name: str) -> Path:
        candidate = (self.root / class_code / name).resolve()
        if not candidate.is_relative_to(self.root):
            raise HTTPException(status_code=400, detail="invalid sheet name")
        if candidate.suffix.lower() != ".pdf" or not candidate.is_file():
            raise HTTPException(status_code=404, detail="sheet not found")
        return candidate

    def listing(self, class_code: str) -> list[str]:
        folder = (self.root / class_code).resolve()
        if not folder.is_relative_to(self.root) or not folder.is_dir():
            return []
        return sorted(p.name for p in folder.glob("*.pdf"))


locator = SheetLocator(SHEETS_ROOT)


@app.get("/concours/sheets/{class_code}")
def list_class(class_code: str):
    return {"class": class_code, "sheets": locator.listing(class_code)}


@app.get("/concours/sheets/{class_code}/file")
def get_sheet(class_code: str, name: str = Query(..., max_length=200)):
    path = locator.locate(class_code, name)
    return FileResponse(path, media_type="application/pdf", filename=path.name)
