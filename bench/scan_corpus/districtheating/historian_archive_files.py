"""Download of archived SCADA historian files for each boiler plant."""
from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import FileResponse
from pydantic_settings import BaseSettings, SettingsConfigDict


class ArchiveSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="HIST_")

    archive_root: Path = Path("/srv/historian/archive")
    plants: tuple[str, ...] = ("north", "harbour", "university")


class ArchiveLayout:
    def __init__(self, settings: ArchiveSettings) -> None:
        self.settings = settings

    def plant_dir(self, plant: str) -> Path:
        if plant not in self.settings.plants:
            raise KeyError(plant)
        return self.settings.archive_root / plant

    def archive_file(self, plant: str, name: str) -> Path:
        return self.plant_dir(plant) / name


app = FastAPI(title="Historian archive")
layout = ArchiveLayout(ArchiveSettings())


@app.get("/archive/{plant}")
def list_archive(plant: str) -> dict:
    try:
        folder = layout.plant_dir(plant)
    except KeyError:
        raise HTTPException(404, "unknown plant")
    return {"plant": plant, "files": sorted(p.name for p in folder.glob("*.csv.gz"))}


@app.get("/archive/{plant}/file")
def get_archive_file(plant: str, name: str = Query(..., min_length=1)) -> FileResponse:
    try:
        path = layout.archive_file(plant, name)
    except KeyError:
        raise HTTPException(404, "unknown plant")
    if not path.is_file():
        raise HTTPException(404, "no such archive file")
    return FileResponse(path, media_type="application/gzip", filename=path.name)
