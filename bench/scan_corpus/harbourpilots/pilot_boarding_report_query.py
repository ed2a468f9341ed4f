"""Reporting queries for the monthly pilot boarding statistics.

The harbour master's office filters and sorts boardings by pilot, vessel
type and boarding point. Sort keys and directions come from the report
form, so they are mapped through fixed tables before reaching SQL.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

SORT_COLUMNS = {
    "date": "b.boarded_at",
    "pilot": "p.surname",
    "vessel": "v.name",
    "gt": "v.gross_tonnage",
    "point": "b.boarding_point",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


@dataclass
class BoardingFilter:
    start: date
    end: date
    pilot_id: str | None = None
    vessel_type: str | None = None
    sort: str = "date"
    direction: str = "desc"


def build_query(flt: BoardingFilter) -> tuple[str, list]:
    clauses = ["b.boarded_at >= ?", "b.boarded_at < ?"]
    params: list = [flt.start.isoformat(), flt.end.isoformat()]
    if flt.pilot_id:
        clauses.append("b.pilot_id = ?")
        params.append(flt.pilot_id)
    if flt.vessel_type:
        clauses.append("v.vessel_type = ?")
        params.append(flt.vessel_type)
    order_col = SORT_COLUMNS.get(flt.sort, SORT_COLUMNS["date"])
    order_dir = DIRECTIONS.get(flt.direction.lower(), "DESC")
    sql = (
        "SELECT b.id, b.boarded_at, p.surname, v.name, v.gross_tonnage, b.boarding_point "
        "FROM boardings b JOIN pilots p ON p.id = b.pilot_id "
        "JOIN vessels v ON v.id = b.vessel_id "
        f"WHERE {' AND '.join(clauses)} ORDER BY {order_col} {order_dir}"
    )
    return sql, params


def run_report(db_path: str, flt: BoardingFilter) -> list[dict]:
    sql, params = build_query(flt)
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in conn.execute(sql, params)]
    finally:
        conn.close()


def monthly_totals(db_path: str, year: int) -> dict[int, int]:
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute(
            "SELECT CAST(strftime('%m', boarded_at) AS INTEGER), COUNT(*) FROM boardings "
            "WHERE strftime('%Y', boarded_at) = ? GROUP BY 1",
            (str(year),),
        ).fetchall()
    finally:
        conn.close()
    return {month: count for month, count in rows}
