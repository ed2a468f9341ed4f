"""Read API for freezer telemetry, used by the plant dashboard.

Supports filtering by freezer and time range and sorting by any column the
dashboard grid exposes.
"""
from datetime import datetime, timedelta

from fastapi import FastAPI, Query
from sqlalchemy import create_engine, text

from .settings import settings

engine = create_engine(settings.telemetry_db_url, pool_pre_ping=True)
app = FastAPI(title="freezer-readings")

BASE_QUERY = """
    SELECT freezer_id, recorded_at, air_temp_c, evaporator_temp_c, door_open, compressor_on
    FROM freezer_readings
    WHERE freezer_id = :freezer_id
      AND recorded_at BETWEEN :start AND :end
"""


def build_query(sort: str, direction: str):
    direction = "DESC" if direction.lower() == "desc" else "ASC"
    return text(f"{BASE_QUERY} ORDER BY {sort} {direction} LIMIT :limit")


def fetch_readings(freezer_id: str, start: datetime, end: datetime, sort: str, direction: str, limit: int):
    stmt = build_query(sort, direction)
    with engine.connect() as conn:
        rows = conn.execute(
            stmt, {"freezer_id": freezer_id, "start": start, "end": end, "limit": limit}
        ).mappings().all()
    return [dict(r) for r in rows]


@app.get("/freezers/{freezer_id}/readings")
def readings(
    freezer_id: str,
    hours: int = Query(24, ge=1, le=24 * 14),
    sort: str = Query("recorded_at"),
    direction: str = Query("desc"),
    limit: int = Query(500, ge=1, le=5000),
):
    end = datetime.utcnow()
    start = end - timedelta(hours=hours)
    return {
        "freezer_id": freezer_id,
        "from": start.isoformat(),
        "to": end.isoformat(),
        "readings": fetch_readings(freezer_id, start, end, sort, direction, limit),
    }
