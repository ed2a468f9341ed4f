"""Lane utilisation report for the ops dashboard."""
from __future__ import annotations

import sqlite3
from datetime import date

SORT_COLUMNS = {
    "lane": "lane_no",
    "hours": "booked_hours",
    "revenue": "revenue",
}


def _report_sql(sort: str, descending: bool, lane_count: int) -> str:
    column = SORT_COLUMNS.get(sort, "lane_no")
    direction = "DESC" if descending else "ASC"
    placeholders = ", ".join("?" for _ in range(lane_count))
    return (
        "SELECT lane_no, SUM(minutes) / 60.0 AS booked_hours, SUM(total_cents) / 100.0 AS revenue "
        "FROM lane_sessions "
        "WHERE site_id = ? AND session_date BETWEEN ? AND ? "
        f"AND lane_no IN ({placeholders}) "
        f"GROUP BY lane_no ORDER BY {column} {direction}"
    )


def lane_utilisation(
    conn: sqlite3.Connection,
    site_id: int,
    start: date,
    end: date,
    lanes: list[int],
    sort: str = "lane",
    descending: bool = False,
) -> list[dict]:
    if not lanes:
        return []
    sql = _report_sql(sort, descending, len(lanes))
    params = [site_id, start.isoformat(), end.isoformat(), *lanes]
    cur = conn.execute(sql, params)
    return [
        {"lane": row[0], "hours": round(row[1], 1), "revenue": round(row[2], 2)}
        for row in cur.fetchall()
    ]
