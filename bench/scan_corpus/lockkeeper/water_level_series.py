"""Time series of water levels for a lock's upper and lower pounds."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from fastapi import FastAPI, HTTPException, Query
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine(os.environ["TELEMETRY_DATABASE_URL"], pool_pre_ping=True)

SERIES_SQL = text(
    "SELECT observed_at, level_m FROM level_readings "
    "WHERE station_code = :station AND observed_at >= :since "
    "ORDER BY observed_at LIMIT :limit"
)


@dataclass
class SeriesRequest:
    station_code: str
    hours: int
    limit: int = 5000

    @property
    def since(self) -> datetime:
        return datetime.now(timezone.utc) - timedelta(hours=self.hours)

    def params(self) -> dict:
        return {"station": self.station_code, "since": self.since, "limit": self.limit}


def load_series(req: SeriesRequest) -> list[tuple[str, float]]:
    with engine.connect() as conn:
        result = conn.execute(SERIES_SQL, req.params())
        return [(row.observed_at.isoformat(), float(row.level_m)) for row in result]


@app.get("/stations/{station_code}/series")
def station_series(station_code: str, hours: int = Query(24, ge=1, le=24 * 31)):
    points = load_series(SeriesRequest(station_code, hours))
    if not points:
        raise HTTPException(404, "no readings for station")
    levels = [level for _, level in points]
    return {
        "station": station_code,
        "hours": hours,
        "min": min(levels),
        "max": max(levels),
        "points": points,
    }
