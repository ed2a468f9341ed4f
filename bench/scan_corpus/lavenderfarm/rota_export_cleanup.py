"""Manages exported staff rota spreadsheets: generate, list, and delete old exports."""

from __future__ import annotations

import csv
import os
from datetime import date, datetime, timezone

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

router = APIRouter(prefix="/rota/exports")

EXPORT_DIR = os.environ.get("ROTA_EXPORT_DIR", "/srv/lavenderfarm/rota-exports")


class Shift(BaseModel):
    staff_name: str
    area: str
    day: date
    start: str
    end: str


class ExportRequest(BaseModel):
    week_starting: date
    shifts: list[Shift]


@router.post("/")
def create_export(req: ExportRequest):
    os.makedirs(EXPORT_DIR, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    name = f"rota-{req.week_starting.isoformat()}-{stamp}.csv"
    with open(os.path.join(EXPORT_DIR, name), "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["staff", "area", "day", "start", "end"])
        for s in sorted(req.shifts, key=lambda s: (s.day, s.start)):
            writer.writerow([s.staff_name, s.area, s.day.isoformat(), s.start, s.end])
    return {"file": name, "shifts": len(req.shifts)}


@router.get("/")
def list_exports():
    if not os.path.isdir(EXPORT_DIR):
        return {"files": []}
    files = []
    for entry in sorted(os.scandir(EXPORT_DIR), key=lambda e: e.name):
        if entry.is_file() and entry.name.endswith(".csv"):
            files.append({"file": entry.name, "bytes": entry.stat().st_size})
    return {"files": files}


@router.delete("/")
def delete_export(name: str):
    target = os.path.join(EXPORT_DIR, name)
    if not os.path.exists(target):
        raise HTTPException(status_code=404, detail="no such export")
    os.remove(target)
    return {"deleted": name}
