"""Appointment search for the front-desk diary screen."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

SORT_COLUMNS = {
    "time": "a.starts_at",
    "stylist": "s.display_name, a.starts_at",
    "customer": "c.last_name, c.first_name",
}

BASE_QUERY = """
SELECT a.id, a.starts_at, a.ends_at, a.status,
       c.first_name || ' ' || c.last_name AS customer,
       s.display_name AS stylist, sv.name AS service
FROM appointments a
JOIN customers c ON c.id = a.customer_id
JOIN stylists s ON s.id = a.stylist_id
JOIN services sv ON sv.id = a.service_id
WHERE a.salon_id = ? AND date(a.starts_at) = ?
"""


@dataclass
class DiaryFilter:
    salon_id: int
    day: date
    stylist_ids: list[int] | None = None
    statuses: list[str] | None = None
    customer_name: str | None = None
    sort: str = "time"


def build_query(f: DiaryFilter) -> tuple[str, list]:
    sql = BASE_QUERY
    params: list = [f.salon_id, f.day.isoformat()]

    if f.stylist_ids:
        placeholders = ", ".join("?" for _ in f.stylist_ids)
        sql += f" AND a.stylist_id IN ({placeholders})"
        params.extend(int(i) for i in f.stylist_ids)
    if f.statuses:
        placeholders = ", ".join("?" for _ in f.statuses)
        sql += f" AND a.status IN ({placeholders})"
        params.extend(f.statuses)
    if f.customer_name:
        sql += " AND (c.first_name || ' ' || c.last_name) LIKE ?"
        params.append(f"%{f.customer_name}%")

    sql += f" ORDER BY {SORT_COLUMNS.get(f.sort, SORT_COLUMNS['time'])}"
    return sql, params


def search(conn: sqlite3.Connection, f: DiaryFilter) -> list[sqlite3.Row]:
    sql, params = build_query(f)
    conn.row_factory = sqlite3.Row
    return conn.execute(sql, params).fetchall()
