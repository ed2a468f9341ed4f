"""Reports on bookings for the Monday planning meeting.

The report screen lets managers sort bookings by event date, value, venue
or structure type and filter by status. Sort keys map to fixed columns.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import List, Optional

SORT_COLUMNS = {
    "event_date": "b.event_date",
    "value": "b.quote_total_pence",
    "venue": "b.venue_name",
    "structure": "b.structure_type",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


@dataclass
class BookingRow:
    reference: str
    event_date: str
    venue_name: str
    structure_type: str
    quote_total_pence: int
    status: str


def bookings_report(
    conn: sqlite3.Connection,
    start: date,
    end: date,
    status: Optional[str] = None,
    sort: str = "event_date",
    direction: str = "asc",
) -> List[BookingRow]:
    order_col = SORT_COLUMNS.get(sort, SORT_COLUMNS["event_date"])
    order_dir = DIRECTIONS.get(direction.lower(), "ASC")
    params: list = [start.isoformat(), end.isoformat()]
    where = "b.event_date BETWEEN ? AND ?"
    if status:
        where += " AND b.status = ?"
        params.append(status)
    sql = (
        "SELECT b.reference, b.event_date, b.venue_name, b.structure_type,"
        " b.quote_total_pence, b.status"
        f" FROM bookings b WHERE {where}"
        f" ORDER BY {order_col} {order_dir}, b.reference"
    )
    return [BookingRow(*row) for row in conn.execute(sql, params).fetchall()]


def totals_by_structure(conn: sqlite3.Connection, start: date, end: date) -> dict:
    rows = conn.execute(
        "SELECT structure_type, COUNT(*), SUM(quote_total_pence) FROM bookings"
        " WHERE event_date BETWEEN ? AND ? AND status != 'cancelled'"
        " GROUP BY structure_type",
        (start.isoformat(), end.isoformat()),
    ).fetchall()
    return {structure: {"count": n, "value_pence": total or 0} for structure, n, total in rows}
