"""Serves workshop design sketches to builders and visiting designers."""
from __future__ import annotations

import os
from dataclasses import dataclass

from fastapi import Depends, FastAPI, Header, HTTPException
from fastapi.responses import FileResponse

app = FastAPI(title="Sketch library")


@dataclass(frozen=True)
class SketchLibrarySettings:
    root: str = "/srv/workshop/sketches"
    allowed_teams: tuple[str, ...] = ("build", "design", "paint")


class SketchLibrary:
    def __init__(self, settings: SketchLibrarySettings) -> None:
        self.settings = settings

    def production_dir(self, production: str) -> str:
        if not production.replace("-", "").isalnum():
            raise HTTPException(status_code=400, detail="Bad production code")
        return os.path.join(self.settings.root, production.lower())

    def locate(self, production: str, filename: str) -> str:
        return os.path.join(self.production_dir(production), filename)

    def listing(self, production: str) -> list[str]:
        folder = self.production_dir(production)
        if not os.path.isdir(folder):
            return []
        return sorted(name for name in os.listdir(folder) if name.endswith((".png", ".pdf")))


def get_library() -> SketchLibrary:
    return SketchLibrary(SketchLibrarySettings())


def require_team(x_workshop_team: str = Header(...)) -> str:
    if x_workshop_team not in SketchLibrarySettings().allowed_teams:
        raise HTTPException(status_code=403, detail="Unknown team")
    return x_workshop_team


@app.get("/sketches/{production}")
def list_sketches(production: str, library: SketchLibrary = Depends(get_library),
                  team: str = Depends(require_team)) -> dict[str, list[str]]:
    return {"files": library.listing(production)}


@app.get("/sketches/{production}/download")
def download_sketch(production: str, name: str, library: SketchLibrary = Depends(get_library),
                    team: str = Depends(require_team)) -> FileResponse:
    path = library.locate(production, name)
    if not os.path.isfile(path):
        raise HTTPException(status_code=404, detail="No such sketch")
    return FileResponse(path, filename=os.path.basename(path))
