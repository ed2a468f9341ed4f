"""Queries behind the instructor's class roster screen."""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection

SORT_COLUMNS = {
    "name": "m.last_name, m.first_name",
    "booked": "b.created_at",
    "spot": "b.spot_label",
}


def _roster_sql(sort: str, descending: bool) -> str:
    order_by = SORT_COLUMNS.get(sort, SORT_COLUMNS["name"])
    direction = "DESC" if descending else "ASC"
    return (
        "SELECT b.id AS booking_id, m.id AS member_id, m.first_name, m.last_name, "
        "b.spot_label, b.checked_in_at "
        "FROM bookings b JOIN members m ON m.id = b.member_id "
        "WHERE b.class_session_id = :session_id AND b.status = :status "
        f"ORDER BY {order_by} {direction}"
    )


def fetch_roster(conn: Connection, session_id: int, sort: str = "name",
                 descending: bool = False, status: str = "confirmed") -> list[dict]:
    rows = conn.execute(
        text(_roster_sql(sort, descending)),
        {"session_id": session_id, "status": status},
    )
    return [dict(r._mapping) for r in rows]


def mark_checked_in(conn: Connection, booking_id: int) -> None:
    conn.execute(
        text("UPDATE bookings SET checked_in_at = now() WHERE id = :id AND checked_in_at IS NULL"),
        {"id": booking_id},
    )
