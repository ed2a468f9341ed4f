"""Crew schedule report for the operations dashboard.

Lists upcoming crew bookings between two dates, sortable by the columns the
dashboard table header offers.
"""
import sqlite3
from datetime import date
from typing import Optional

from pargeter.config import settings

SORTABLE_COLUMNS = {
    "start": "b.start_date",
    "site": "s.name",
    "crew": "c.name",
    "hours": "b.estimated_hours",
}
SORT_DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def _order_by(sort_key: str, direction: str) -> str:
    column = SORTABLE_COLUMNS.get(sort_key, SORTABLE_COLUMNS["start"])
    direction_sql = SORT_DIRECTIONS.get(direction.lower(), "ASC")
    return f"{column} {direction_sql}"


def crew_bookings(
    start: date,
    end: date,
    sort_key: str = "start",
    direction: str = "asc",
    crew_id: Optional[int] = None,
) -> list[sqlite3.Row]:
    sql = (
        "SELECT b.id, b.start_date, b.estimated_hours, s.name AS site, c.name AS crew "
        "FROM bookings b JOIN sites s ON s.id = b.site_id JOIN crews c ON c.id = b.crew_id "
        "WHERE b.start_date BETWEEN ? AND ?"
    )
    params: list = [start.isoformat(), end.isoformat()]
    if crew_id is not None:
        sql += " AND b.crew_id = ?"
        params.append(crew_id)
    sql += f" ORDER BY {_order_by(sort_key, direction)}"
    conn = sqlite3.connect(settings.SCHEDULE_DB_PATH)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()
