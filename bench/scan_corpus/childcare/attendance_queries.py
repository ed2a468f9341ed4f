"""Attendance lookups used by the register screen and the ratio checker."""
import sqlite3
from datetime import date
from typing import Sequence

SORTABLE_COLUMNS = {
    "name": "c.surname, c.forename",
    "arrival": "a.arrived_at",
    "room": "c.room",
}


def attendance_for_day(
    conn: sqlite3.Connection,
    site_code: str,
    day: date,
    rooms: Sequence[str] = (),
    sort: str = "name",
) -> list[sqlite3.Row]:
    order_by = SORTABLE_COLUMNS.get(sort, SORTABLE_COLUMNS["name"])
    sql = (
        "SELECT c.id, c.forename, c.surname, c.room, a.arrived_at, a.departed_at, a.collected_by "
        "FROM attendance a JOIN children c ON c.id = a.child_id "
        "WHERE c.site_code = ? AND a.day = ?"
    )
    params: list = [site_code, day.isoformat()]
    if rooms:
        placeholders = ", ".join("?" for _ in rooms)
        sql += f" AND c.room IN ({placeholders})"
        params.extend(rooms)
    sql += f" ORDER BY {order_by}"

    conn.row_factory = sqlite3.Row
    return conn.execute(sql, params).fetchall()


def children_still_on_site(conn: sqlite3.Connection, site_code: str, day: date) -> int:
    row = conn.execute(
        "SELECT COUNT(*) FROM attendance a JOIN children c ON c.id = a.child_id "
        "WHERE c.site_code = ? AND a.day = ? AND a.arrived_at IS NOT NULL AND a.departed_at IS NULL",
        (site_code, day.isoformat()),
    ).fetchone()
    return row[0]
