"""Read lap-timing exports dropped by the timing system onto the shared export volume."""
from __future__ import annotations

import csv
import os
from dataclasses import dataclass

from fastapi import FastAPI, HTTPException, Query


@dataclass(frozen=True)
class ExportConfig:
    export_dir: str = os.environ.get("TIMING_EXPORT_DIR", "/srv/timing/exports")
    max_rows: int = 5000


CONFIG = ExportConfig()
app = FastAPI(title="Timing export reader")


def _export_path(export_name: str, config: ExportConfig = CONFIG) -> str:
    if not export_name.endswith(".csv"):
        raise HTTPException(400, "exports are CSV files")
    return os.path.join(config.export_dir, export_name)


def _parse_laps(path: str, limit: int) -> list[dict]:
    laps = []
    with open(path, newline="", encoding="utf-8") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            if i >= limit:
                break
            laps.append(
                {
                    "transponder": row["Transponder"],
                    "rider": row.get("Name", ""),
                    "lap": int(row["Lap"]),
                    "lap_time_ms": int(float(row["LapTime"]) * 1000),
                }
            )
    return laps


@app.get("/exports")
def list_exports():
    names = [n for n in os.listdir(CONFIG.export_dir) if n.endswith(".csv")]
    return {"exports": sorted(names)}


@app.get("/exports/laps")
def read_export(name: str = Query(..., min_length=5, max_length=200)):
    path = _export_path(name)
    if not os.path.isfile(path):
        raise HTTPException(404, "no such export")
    try:
        laps = _parse_laps(path, CONFIG.max_rows)
    except (KeyError, ValueError) as exc:
        raise HTTPException(422, f"export is malformed: {exc}") from exc
    best = min((lap["lap_time_ms"] for lap in laps), default=None)
    return {"export": name, "laps": laps, "best_lap_ms": best}
