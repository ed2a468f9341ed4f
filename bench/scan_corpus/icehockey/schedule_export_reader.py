"""Reads weekly ice schedules that the city's rink booking system drops as CSV files."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from fastapi import FastAPI, HTTPException, Query

app = FastAPI()


@dataclass(frozen=True)
class ExportSettings:
    drop_dir: Path


settings = ExportSettings(drop_dir=Path("/srv/hockey/rink-exports").resolve())


class ExportFolder:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def locate(self, name: str) -> Path:
        candidate = (self.root / name).resolve()
        if not candidate.is_relative_to(self.root) or candidate.suffix != ".csv":
            raise HTTPException(status_code=400, detail="Not a schedule export in the drop folder.")
        if not candidate.is_file():
            raise HTTPException(status_code=404, detail="Export not found.")
        return candidate

    def rows(self, name: str) -> list[dict]:
        with self.locate(name).open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            return [
                {
                    "rink": row["Facility"].strip(),
                    "sheet": row["Surface"].strip(),
                    "start": datetime.strptime(row["Start"], "%Y-%m-%d %H:%M").isoformat(),
                    "end": datetime.strptime(row["End"], "%Y-%m-%d %H:%M").isoformat(),
                    "permit": row.get("Permit", "").strip(),
                }
                for row in reader
            ]


exports = ExportFolder(settings.drop_dir)


@app.get("/ice/exports")
def list_exports() -> dict:
    return {"files": sorted(p.name for p in exports.root.glob("*.csv"))}


@app.get("/ice/exports/rows")
def export_rows(name: str = Query(..., min_length=5)) -> dict:
    return {"name": name, "rows": exports.rows(name)}
