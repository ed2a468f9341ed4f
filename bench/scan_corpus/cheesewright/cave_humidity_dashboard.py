"""Dashboard queries for cave humidity and temperature trends."""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import text
from sqlalchemy.engine import Engine

from cheesewright.db import engine as default_engine

SORTABLE = {
    "time": "taken_at",
    "temp": "temperature_c",
    "humidity": "relative_humidity",
    "probe": "probe_serial",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def _order_clause(sort: str, direction: str) -> str:
    column = SORTABLE.get(sort, "taken_at")
    keyword = DIRECTIONS.get(direction.lower(), "DESC")
    return f"ORDER BY {column} {keyword}"


def recent_readings(cave_id: str, hours: int = 24, sort: str = "time", direction: str = "desc",
                    engine: Engine = default_engine) -> list[dict]:
    since = datetime.utcnow() - timedelta(hours=min(hours, 24 * 14))
    sql = text(
        "SELECT probe_serial, taken_at, temperature_c, relative_humidity "
        "FROM cave_readings WHERE cave_id = :cave AND taken_at >= :since "
        + _order_clause(sort, direction)
        + " LIMIT 2000"
    )
    with engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(sql, {"cave": cave_id, "since": since})]


def dashboard_view(request):
    args = request.args
    return {
        "cave": args["cave"],
        "readings": recent_readings(
            args["cave"],
            hours=int(args.get("hours", 24)),
            sort=args.get("sort", "time"),
            direction=args.get("dir", "desc"),
        ),
    }
