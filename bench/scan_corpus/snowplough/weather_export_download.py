"""Serves archived road weather station exports to the maintenance planners."""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse


class ExportArchive:
    allowed_suffixes = frozenset({".csv", ".parquet", ".json"})

    def __init__(self, root: str) -> None:
        self.root = Path(root).resolve()

    @classmethod
    def from_env(cls) -> "ExportArchive":
        return cls(os.environ.get("RWS_EXPORT_ROOT", "/srv/rws/exports"))

    def resolve(self, station_id: str, filename: str) -> Path:
        candidate = (self.root / station_id / filename).resolve()
        if not candidate.is_relative_to(self.root):
            raise HTTPException(status_code=400, detail="invalid export path")
        if candidate.suffix not in self.allowed_suffixes:
            raise HTTPException(status_code=415, detail="unsupported export type")
        if not candidate.is_file():
            raise HTTPException(status_code=404, detail="export not found")
        return candidate

    def list_for(self, station_id: str) -> list[str]:
        folder = (self.root / station_id).resolve()
        if not folder.is_relative_to(self.root) or not folder.is_dir():
            return []
        return sorted(p.name for p in folder.iterdir() if p.suffix in self.allowed_suffixes)


archive = ExportArchive.from_env()
app = FastAPI(title="RWS exports")


@app.get("/exports/{station_id}")
def list_exports(station_id: str) -> dict:
    return {"station": station_id, "files": archive.list_for(station_id)}


@app.get("/exports/{station_id}/{filename}")
def download_export(station_id: str, filename: str) -> FileResponse:
    path = archive.resolve(station_id, filename)
    return FileResponse(path, filename=path.name)
