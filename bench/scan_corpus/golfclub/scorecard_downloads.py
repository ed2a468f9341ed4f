"""Lets members download scanned scorecards from past competitions."""
from __future__ import annotations

import os
from dataclasses import dataclass

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import FileResponse


@dataclass(frozen=True)
class ArchiveSettings:
    root: str = os.environ.get("SCORECARD_ARCHIVE", "/srv/club/scorecards")
    media_type: str = "application/pdf"


class ScorecardArchive:
    def __init__(self, settings: ArchiveSettings = ArchiveSettings()) -> None:
        self.settings = settings

    def season_dir(self, season: int) -> str:
        return os.path.join(self.settings.root, str(season))

    def locate(self, season: int, filename: str) -> str:
        return os.path.join(self.season_dir(season), filename)

    def listing(self, season: int) -> list[str]:
        directory = self.season_dir(season)
        if not os.path.isdir(directory):
            return []
        return sorted(name for name in os.listdir(directory) if name.endswith(".pdf"))


app = FastAPI()
archive = ScorecardArchive()


@app.get("/scorecards/{season}")
def list_scorecards(season: int) -> dict:
    return {"season": season, "files": archive.listing(season)}


@app.get("/scorecards/{season}/download")
def download_scorecard(season: int, file: str = Query(..., min_length=5)) -> FileResponse:
    path = archive.locate(season, file)
    if not os.path.isfile(path):
        raise HTTPException(status_code=404, detail="scorecard not found")
    return FileResponse(path, media_type=archive.settings.media_type, filename=os.path.basename(path))
