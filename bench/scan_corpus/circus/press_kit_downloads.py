"""Press-kit download endpoint for journalists and venue marketing teams.

Serves show photography, logos and the animal-free show fact sheet in
the requested language.
"""
from __future__ import annotations

import mimetypes
import os

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import FileResponse

PRESS_ROOT = os.environ.get("PRESS_KIT_ROOT", "/srv/press-kit")
LANGUAGES = {"en", "fr", "de", "es", "it", "nl"}
ALLOWED_SUFFIXES = (".jpg", ".png", ".pdf", ".zip", ".svg")

app = FastAPI(title="press-kit")


class PressKitStore:
    def __init__(self, root: str = PRESS_ROOT) -> None:
        self.root = root

    def locate(self, lang: str, filename: str) -> str:
        return os.path.join(self.root, lang, filename)

    def listing(self, lang: str) -> list[str]:
        folder = os.path.join(self.root, lang)
        if not os.path.isdir(folder):
            return []
        return sorted(n for n in os.listdir(folder) if n.endswith(ALLOWED_SUFFIXES))


store = PressKitStore()


@app.get("/press/{lang}")
def list_assets(lang: str) -> dict:
    if lang not in LANGUAGES:
        raise HTTPException(404, "unknown language")
    return {"lang": lang, "assets": store.listing(lang)}


@app.get("/press/{lang}/download")
def download_asset(lang: str, file: str = Query(..., min_length=1)) -> FileResponse:
    if lang not in LANGUAGES:
        raise HTTPException(404, "unknown language")
    path = store.locate(lang, file)
    if not os.path.isfile(path):
        raise HTTPException(404, "asset not found")
    media_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
    return FileResponse(path, media_type=media_type, filename=os.path.basename(path))
