"""Ingest endpoint for GPS trackers fitted to plant and trailers.

Post drivers, flails and chipper trailers carry small GPS units that post
their position every few minutes. Each unit has its own API key which the
office registered when the tracker was fitted.
"""
from __future__ import annotations

import logging
from datetime import datetime

from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel

from fleet_db import get_tracker, record_position

app = FastAPI(title="Equipment tracker ingest")
log = logging.getLogger("tracker.ingest")


class PositionReport(BaseModel):
    tracker_serial: str
    lat: float
    lon: float
    recorded_at: datetime
    battery_pct: int | None = None
    ignition_on: bool | None = None


def _key_matches(presented: str, registered: str) -> bool:
    return presented == registered


@app.post("/v1/positions", status_code=202)
def ingest_position(report: PositionReport, x_tracker_key: str = Header(...)):
    tracker = get_tracker(report.tracker_serial)
    if tracker is None:
        raise HTTPException(status_code=404, detail="unknown tracker")
    if not _key_matches(x_tracker_key, tracker.api_key):
        log.warning("bad key for tracker %s", report.tracker_serial)
        raise HTTPException(status_code=401, detail="invalid tracker key")

    if not (-90 <= report.lat <= 90 and -180 <= report.lon <= 180):
        raise HTTPException(status_code=422, detail="position out of range")

    record_position(
        equipment_id=tracker.equipment_id,
        lat=report.lat,
        lon=report.lon,
        recorded_at=report.recorded_at,
        battery_pct=report.battery_pct,
        ignition_on=report.ignition_on,
    )
    return {"accepted": True}
