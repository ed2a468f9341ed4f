"""Public departures API for the ferry and water-taxi piers.

The website and the pier displays call this endpoint to list the next
departures from a pier, optionally filtered to one route.
"""
import os
from datetime import datetime, timezone

from fastapi import FastAPI, Query
from sqlalchemy import create_engine, text

app = FastAPI(title="Ferryman departures")
engine = create_engine(os.environ["TICKETING_DATABASE_URL"], pool_size=5)


def _route_filter(route: str | None) -> str:
    if not route:
        return ""
    return f" AND s.route_code = '{route.upper()}'"


def upcoming_departures(pier_code: str, route: str | None, limit: int) -> list[dict]:
    sql = (
        "SELECT s.sailing_id, s.route_code, s.departs_at, s.vessel_name, "
        "       s.capacity - COALESCE(b.booked, 0) AS seats_left "
        "FROM sailings s "
        "LEFT JOIN (SELECT sailing_id, COUNT(*) AS booked FROM tickets GROUP BY sailing_id) b "
        "       ON b.sailing_id = s.sailing_id "
        "WHERE s.origin_pier = :pier AND s.departs_at >= :now"
        + _route_filter(route)
        + " ORDER BY s.departs_at LIMIT :limit"
    )
    with engine.connect() as conn:
        result = conn.execute(
            text(sql),
            {"pier": pier_code, "now": datetime.now(timezone.utc), "limit": limit},
        )
        return [dict(row._mapping) for row in result]


@app.get("/piers/{pier_code}/departures")
def departures(pier_code: str, route: str | None = None, limit: int = Query(10, ge=1, le=50)):
    rows = upcoming_departures(pier_code.upper(), route, limit)
    return {"pier": pier_code.upper(), "departures": rows}
