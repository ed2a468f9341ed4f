"""Serves zipped crosstable archives of past seasons (FastAPI)."""
from __future__ import annotations

import mimetypes
import os
from dataclasses import dataclass

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import FileResponse

ARCHIVE_DIR = os.environ.get("CROSSTABLE_ARCHIVE_DIR", "/srv/chessclub/archives")

app = FastAPI(title="crosstable archive")


@dataclass
class ArchiveRequest:
    season: str
    filename: str

    @property
    def archive_path(self) -> str:
        return os.path.join(ARCHIVE_DIR, self.season, self.filename)

    @property
    def media_type(self) -> str:
        guessed, _ = mimetypes.guess_type(self.filename)
        return guessed or "application/octet-stream"


@app.get("/archives/seasons")
def list_seasons() -> dict:
    seasons = sorted(
        name for name in os.listdir(ARCHIVE_DIR)
        if os.path.isdir(os.path.join(ARCHIVE_DIR, name))
    )
    return {"seasons": seasons}


@app.get("/archives/download")
def download_archive(season: str = Query(..., min_length=4), file: str = Query(..., min_length=1)):
    req = ArchiveRequest(season=season, filename=file)
    path = req.archive_path
    if not os.path.isfile(path):
        raise HTTPException(status_code=404, detail="archive not found")
    return FileResponse(path, media_type=req.media_type, filename=os.path.basename(path))


@app.get("/archives/{season}")
def list_archives(season: str) -> dict:
    folder = os.path.join(ARCHIVE_DIR, season)
    if season not in os.listdir(ARCHIVE_DIR):
        raise HTTPException(status_code=404, detail="unknown season")
    return {"season": season, "files": sorted(os.listdir(folder))}
