"""Ingest GPS pings from the crew vans' trackers.

The tracker vendor forwards pings to us with a per-van device key in the
X-Device-Key header. Positions feed the "who is nearest" view used when a
storm-damaged roof needs an emergency tarp.
"""
from __future__ import annotations

import os
import secrets
from datetime import datetime

import psycopg
from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel, Field

app = FastAPI()
CONNINFO = os.environ["FLEET_CONNINFO"]


class Ping(BaseModel):
    lat: float = Field(ge=49.0, le=61.0)
    lon: float = Field(ge=-8.5, le=2.0)
    speed_kph: float = 0.0
    recorded_at: datetime


def _constant_time_equal(presented: str, expected: str) -> bool:
    return secrets.compare_digest(presented.encode(), expected.encode())


def authenticated_van(van_id: int, x_device_key: str = Header(...)) -> int:
    with psycopg.connect(CONNINFO) as conn:
        row = conn.execute(
            "SELECT device_key FROM vans WHERE id = %s AND active", (van_id,)
        ).fetchone()
    if row is None or not _constant_time_equal(x_device_key, row[0]):
        raise HTTPException(status_code=401, detail="unknown van or device key")
    return van_id


@app.post("/vans/{van_id}/pings", status_code=202)
def record_ping(ping: Ping, van_id: int = Depends(authenticated_van)):
    with psycopg.connect(CONNINFO) as conn:
        conn.execute(
            "INSERT INTO van_positions (van_id, lat, lon, speed_kph, recorded_at) "
            "VALUES (%s, %s, %s, %s, %s)",
            (van_id, ping.lat, ping.lon, ping.speed_kph, ping.recorded_at),
        )
    return {"accepted": True}


@app.get("/vans/nearest")
def nearest(lat: float, lon: float, limit: int = 3):
    with psycopg.connect(CONNINFO) as conn:
        rows = conn.execute(
            "SELECT DISTINCT ON (v.id) v.id, v.crew_name, p.lat, p.lon, p.recorded_at "
            "FROM vans v JOIN van_positions p ON p.van_id = v.id "
            "ORDER BY v.id, p.recorded_at DESC",
        ).fetchall()
    rows.sort(key=lambda r: (r[2] - lat) ** 2 + (r[3] - lon) ** 2)
    return [
        {"van_id": r[0], "crew": r[1], "lat": r[2], "lon": r[3], "seen": r[4].isoformat()}
        for r in rows[: max(1, min(limit, 10))]
    ]
