"""Builds occupancy reports for site managers across bookable resource types."""
from __future__ import annotations

from datetime import date
from typing import Literal

import psycopg
from psycopg import sql

ResourceKind = Literal["desks", "rooms", "phone_booths"]

BOOKING_TABLES: dict[str, tuple[str, str]] = {
    "desks": ("desk_bookings", "desk_id"),
    "rooms": ("room_bookings", "room_id"),
    "phone_booths": ("booth_bookings", "booth_id"),
}


def _occupancy_query(kind: str) -> sql.Composed:
    if kind not in BOOKING_TABLES:
        raise ValueError(f"unknown resource kind: {kind!r}")
    table, column = BOOKING_TABLES[kind]
    return sql.SQL(
        "SELECT booking_date, count(DISTINCT {column}) AS used "
        "FROM {table} WHERE site_code = %s AND booking_date BETWEEN %s AND %s "
        "GROUP BY booking_date ORDER BY booking_date"
    ).format(table=sql.Identifier(table), column=sql.Identifier(column))


def occupancy(conn: psycopg.Connection, kind: str, site_code: str, start: date, end: date) -> list[dict]:
    query = _occupancy_query(kind)
    with conn.cursor() as cur:
        cur.execute(query, (site_code, start, end))
        return [{"day": row[0].isoformat(), "used": row[1]} for row in cur.fetchall()]


def utilisation(conn: psycopg.Connection, kind: str, site_code: str, start: date, end: date, capacity: int) -> dict:
    rows = occupancy(conn, kind, site_code, start, end)
    if not rows or capacity <= 0:
        return {"site": site_code, "kind": kind, "average": 0.0, "peak": 0}
    used = [row["used"] for row in rows]
    return {
        "site": site_code,
        "kind": kind,
        "average": round(sum(used) / len(used) / capacity, 3),
        "peak": max(used),
        "days": rows,
    }
