"""Download endpoint for printable allergen label PDFs.

Retail partners download the allergen and ingredients label for each
product so they can re-print it for shelf-edge displays.
"""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import FileResponse

app = FastAPI(title="allergen-labels")


class LabelLibrary:
    def __init__(self, root: str) -> None:
        self.root = root

    def locate(self, language: str, filename: str) -> str:
        return os.path.join(self.root, language, filename)

    def languages(self) -> list[str]:
        return sorted(p.name for p in Path(self.root).iterdir() if p.is_dir())


library = LabelLibrary(os.environ.get("LABEL_PDF_ROOT", "/srv/labels/pdf"))


@app.get("/labels/languages")
def list_languages() -> dict:
    return {"languages": library.languages()}


@app.get("/labels/download")
def download_label(
    file: str = Query(..., description="label file name, e.g. hazelnut-praline-200g.pdf"),
    lang: str = Query("en", min_length=2, max_length=2),
) -> FileResponse:
    if lang not in library.languages():
        raise HTTPException(status_code=404, detail="language not available")
    path = library.locate(lang, file)
    if not os.path.isfile(path):
        raise HTTPException(status_code=404, detail="label not found")
    return FileResponse(path, media_type="application/pdf", filename=os.path.basename(path))
