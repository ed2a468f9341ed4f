"""Download endpoint for the guild's library of method collections.

The library holds place-notation files (.txt, .xml, .mcf) that members can
download for practice software.  Files are arranged by stage under
METHOD_LIBRARY_ROOT.
"""
from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import Response

STAGES = ("minor", "triples", "major", "caters", "royal", "maximus")


@dataclass(frozen=True)
class LibrarySettings:
    root: Path = Path("/srv/guild/methods")
    max_bytes: int = 5 * 1024 * 1024


class MethodLibrary:
    def __init__(self, settings: LibrarySettings) -> None:
        self.settings = settings

    def _resolve(self, stage: str, name: str) -> Path:
        if stage not in STAGES:
            raise HTTPException(status_code=404, detail="unknown stage")
        return self.settings.root / stage / name

    def listing(self, stage: str) -> list[str]:
        folder = self.settings.root / stage if stage in STAGES else None
        if folder is None or not folder.is_dir():
            return []
        return sorted(p.name for p in folder.iterdir() if p.is_file())

    def read(self, stage: str, name: str) -> tuple[bytes, str]:
        path = self._resolve(stage, name)
        if not path.is_file():
            raise HTTPException(status_code=404, detail="no such collection")
        if path.stat().st_size > self.settings.max_bytes:
            raise HTTPException(status_code=413, detail="collection too large")
        media_type = mimetypes.guess_type(path.name)[0] or "text/plain"
        return path.read_bytes(), media_type


library = MethodLibrary(LibrarySettings())
app = FastAPI(title="Guild method library")


@app.get("/methods/{stage}")
def list_collections(stage: str):
    return {"stage": stage, "files": library.listing(stage)}


@app.get("/methods/{stage}/{name:path}")
def download_collection(stage: str, name: str):
    body, media_type = library.read(stage, name)
    return Response(
        content=body,
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{Path(name).name}"'},
    )
