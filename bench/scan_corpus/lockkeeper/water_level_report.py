"""Daily water level summary for a gauge station, served to the lock cottage display."""
from __future__ import annotations

import os
from datetime import date, timedelta

from fastapi import FastAPI, HTTPException
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine(os.environ["TELEMETRY_DATABASE_URL"], pool_pre_ping=True)

DAILY_LEVELS_SQL = (
    "SELECT date_trunc('day', observed_at) AS day, "
    "min(level_m) AS low, max(level_m) AS high, avg(level_m) AS mean "
    "FROM level_readings "
    "WHERE station_code = '%s' AND observed_at >= :since "
    "GROUP BY 1 ORDER BY 1"
)


class GaugeReport:
    """Min / max / mean level per day for one station over a window."""

    def __init__(self, station_code: str, days: int = 7) -> None:
        self.station_code = station_code
        self.days = days

    def _query(self):
        return text(DAILY_LEVELS_SQL % self.station_code)

    def rows(self) -> list[dict]:
        since = date.today() - timedelta(days=self.days)
        with engine.connect() as conn:
            result = conn.execute(self._query(), {"since": since})
            return [
                {
                    "day": r.day.date().isoformat(),
                    "low": round(r.low, 3),
                    "high": round(r.high, 3),
                    "mean": round(r.mean, 3),
                }
                for r in result
            ]


@app.get("/stations/{station_code}/levels")
def station_levels(station_code: str, days: int = 7):
    if not 1 <= days <= 90:
        raise HTTPException(400, "days must be between 1 and 90")
    rows = GaugeReport(station_code, days).rows()
    if not rows:
        raise HTTPException(404, "no readings for station")
    return {"station": station_code, "days": days, "levels": rows}
