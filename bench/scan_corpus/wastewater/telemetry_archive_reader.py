"""Read-only API over the daily CSV archive of pump-station and flume telemetry."""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import StreamingResponse
from pydantic_settings import BaseSettings


class ArchiveSettings(BaseSettings):
    archive_root: Path = Path("/data/telemetry/daily")
    model_config = {"env_prefix": "TELEMETRY_"}


@lru_cache
def settings() -> ArchiveSettings:
    return ArchiveSettings()


class DailyArchive:
    def __init__(self, cfg: ArchiveSettings) -> None:
        self.cfg = cfg

    def locate(self, station: str, filename: str) -> Path:
        return self.cfg.archive_root.joinpath(station, filename)

    def rows(self, station: str, day: str):
        path = self.locate(station, f"{day}.csv")
        if not path.exists():
            raise FileNotFoundError(path)
        with path.open(newline="") as fh:
            yield from csv.DictReader(fh)


app = FastAPI(title="Telemetry archive")


@app.get("/archive/summary")
def summary(station: str = Query(...), day: str = Query(..., pattern=r"^\d{4}-\d{2}-\d{2}$")) -> dict:
    try:
        flows = [float(r["flow_lps"]) for r in DailyArchive(settings()).rows(station, day)]
    except FileNotFoundError:
        raise HTTPException(status_code=404, detail="no archive for that day")
    return {
        "station": station,
        "day": day,
        "samples": len(flows),
        "mean_flow_lps": sum(flows) / len(flows) if flows else None,
        "peak_flow_lps": max(flows, default=None),
    }


@app.get("/archive/raw")
def raw(station: str = Query(...), file: str = Query(..., description="e.g. 2024-05-01.csv")):
    path = DailyArchive(settings()).locate(station, file)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="no such archive file")
    return StreamingResponse(path.open("rb"), media_type="text/csv")
