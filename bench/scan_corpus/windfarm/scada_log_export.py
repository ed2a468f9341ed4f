"""Exports raw SCADA event logs for a turbine as a downloadable CSV."""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import FileResponse

router = APIRouter(prefix="/scada")


class EventLogArchive:
    """Layout: <root>/<turbine_id>/<YYYY-MM-DD>.csv"""

    suffix = ".csv"

    def __init__(self, root: Path) -> None:
        self.root = root

    def turbines(self) -> list[str]:
        return sorted(p.name for p in self.root.iterdir() if p.is_dir())

    def locate(self, turbine_id: str, log_name: str) -> Path:
        name = log_name if Path(log_name).suffix else f"{log_name}{self.suffix}"
        return self.root / turbine_id / name


archive = EventLogArchive(Path(os.environ.get("SCADA_LOG_ROOT", "/data/scada/events")))


@router.get("/turbines")
def list_turbines() -> list[str]:
    return archive.turbines()


@router.get("/turbines/{turbine_id}/events")
def export_events(turbine_id: str, log: str = Query(..., description="log name, e.g. 2024-03-01")):
    path = archive.locate(turbine_id, log)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="no such log")
    return FileResponse(path, media_type="text/csv", filename=path.name)
