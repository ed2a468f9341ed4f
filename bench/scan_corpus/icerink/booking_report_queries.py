"""Occupancy reports for the rink's session types, built with SQLAlchemy Core."""
from __future__ import annotations

import os
from datetime import date
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

REPORT_TABLES = {
    "public": "public_session_bookings",
    "hockey": "hockey_ice_bookings",
    "lessons": "coaching_lesson_bookings",
    "parties": "party_bookings",
}

GROUPINGS = {"day": "session_date", "type": "session_type"}


def engine_from_env() -> Engine:
    return create_engine(os.environ["RINK_REPORTS_DSN"], pool_pre_ping=True)


def occupancy_report(
    engine: Engine,
    kind: str,
    start: date,
    end: date,
    group_by: str = "day",
) -> list[dict[str, Any]]:
    table = REPORT_TABLES.get(kind)
    group_col = GROUPINGS.get(group_by)
    if table is None or group_col is None:
        raise ValueError(f"unsupported report {kind!r}/{group_by!r}")
    stmt = text(
        f"SELECT {group_col} AS bucket, COUNT(*) AS bookings, "
        f"SUM(skaters) AS skaters FROM {table} "
        "WHERE session_date BETWEEN :start AND :end "
        f"GROUP BY {group_col} ORDER BY {group_col}"
    )
    with engine.connect() as conn:
        result = conn.execute(stmt, {"start": start, "end": end})
        return [dict(row._mapping) for row in result]


if __name__ == "__main__":
    import sys

    rows = occupancy_report(
        engine_from_env(),
        sys.argv[1],
        date.fromisoformat(sys.argv[2]),
        date.fromisoformat(sys.argv[3]),
    )
    for row in rows:
        print(row)
