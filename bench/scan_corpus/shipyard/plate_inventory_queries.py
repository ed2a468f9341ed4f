"""Queries behind the steel plate inventory screen.

The screen filters by grade and thickness range and lets the user sort by
a handful of columns; column names cannot be bound as parameters so they
are mapped from a fixed table.
"""
from __future__ import annotations

import sqlite3

SORT_COLUMNS = {
    "heat": "heat_no",
    "grade": "grade",
    "thickness": "thickness_mm",
    "received": "received_on",
    "bay": "bay",
}


def _order_clause(sort: str, descending: bool) -> str:
    column = SORT_COLUMNS.get(sort, "received_on")
    return f"ORDER BY {column} {'DESC' if descending else 'ASC'}"


def search_plates(
    conn: sqlite3.Connection,
    grade: str | None = None,
    t_min: float | None = None,
    t_max: float | None = None,
    sort: str = "received",
    descending: bool = True,
    limit: int = 200,
) -> list[sqlite3.Row]:
    where, params = ["reserved_for IS NULL"], []
    if grade:
        where.append("grade = ?")
        params.append(grade)
    if t_min is not None:
        where.append("thickness_mm >= ?")
        params.append(t_min)
    if t_max is not None:
        where.append("thickness_mm <= ?")
        params.append(t_max)
    sql = (
        "SELECT heat_no, grade, thickness_mm, width_mm, length_mm, bay, received_on "
        f"FROM plate_stock WHERE {' AND '.join(where)} {_order_clause(sort, descending)} LIMIT ?"
    )
    params.append(int(limit))
    conn.row_factory = sqlite3.Row
    return conn.execute(sql, params).fetchall()
