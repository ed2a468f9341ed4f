"""Imports visit sheets that fitters upload from the field app after a fitting."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import yaml
from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()


@dataclass
class VisitSheet:
    visit_id: int
    visit_date: date
    horse_name: str
    wither_width_cm: float
    tree_width_fitted: str
    flocking_adjusted: bool = False
    follow_up_weeks: int | None = None
    remarks: list[str] = field(default_factory=list)


def parse_visit_sheet(raw: bytes) -> VisitSheet:
    doc = yaml.safe_load(raw)
    if not isinstance(doc, dict):
        raise ValueError("visit sheet must be a mapping")
    visit_day = doc["date"]
    if isinstance(visit_day, str):
        visit_day = date.fromisoformat(visit_day)
    return VisitSheet(
        visit_id=int(doc["visit_id"]),
        visit_date=visit_day,
        horse_name=str(doc["horse"]),
        wither_width_cm=float(doc["measurements"]["wither_width_cm"]),
        tree_width_fitted=str(doc["tree_width"]),
        flocking_adjusted=bool(doc.get("flocking_adjusted", False)),
        follow_up_weeks=doc.get("follow_up_weeks"),
        remarks=[str(r) for r in doc.get("remarks", [])],
    )


@app.post("/visits/{visit_id}/sheet")
async def upload_sheet(visit_id: int, sheet: UploadFile = File(...)) -> dict:
    raw = await sheet.read()
    if len(raw) > 128 * 1024:
        raise HTTPException(413, "visit sheet too large")
    try:
        parsed = parse_visit_sheet(raw)
    except (yaml.YAMLError, KeyError, ValueError, TypeError) as exc:
        raise HTTPException(422, f"invalid visit sheet: {exc}") from exc
    if parsed.visit_id != visit_id:
        raise HTTPException(409, "visit id mismatch")
    return {"visit_id": parsed.visit_id, "tree_width": parsed.tree_width_fitted}
