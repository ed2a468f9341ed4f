"""Queries for school education bookings (workshops, keeper talks, outreach visits)."""

import sqlite3
from datetime import date

SORTABLE = {
    "date": "b.visit_date",
    "school": "s.name",
    "pupils": "b.pupil_count",
    "created": "b.created_at",
}

BASE_QUERY = """
    SELECT b.id, b.visit_date, b.session_code, b.pupil_count, s.name AS school, s.urn
    FROM bookings b JOIN schools s ON s.id = b.school_id
"""


def search_bookings(conn: sqlite3.Connection, *, school: str | None = None,
                    from_date: date | None = None, sessions: list[str] | None = None,
                    sort: str = "date", descending: bool = False) -> list[sqlite3.Row]:
    clauses, params = [], []
    if school:
        clauses.append("s.name LIKE ?")
        params.append(f"%{school}%")
    if from_date:
        clauses.append("b.visit_date >= ?")
        params.append(from_date.isoformat())
    if sessions:
        placeholders = ", ".join("?" for _ in sessions)
        clauses.append(f"b.session_code IN ({placeholders})")
        params.extend(sessions)

    sql = BASE_QUERY
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    order_col = SORTABLE.get(sort, SORTABLE["date"])
    sql += f" ORDER BY {order_col} {'DESC' if descending else 'ASC'}"

    conn.row_factory = sqlite3.Row
    return conn.execute(sql, params).fetchall()


def capacity_left(conn: sqlite3.Connection, session_code: str, visit_date: date) -> int:
    row = conn.execute(
        "SELECT c.max_pupils - COALESCE(SUM(b.pupil_count), 0) "
        "FROM session_capacity c LEFT JOIN bookings b "
        "ON b.session_code = c.session_code AND b.visit_date = ? "
        "WHERE c.session_code = ? GROUP BY c.max_pupils",
        (visit_date.isoformat(), session_code),
    ).fetchone()
    return int(row[0]) if row else 0
