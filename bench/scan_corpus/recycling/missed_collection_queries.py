"""Reporting queries over missed-collection reports for the contract KPIs."""

import sqlite3
from datetime import date

# Columns the KPI dashboard may sort by, mapped to the SQL expression used.
SORTABLE = {
    "reported": "r.reported_at",
    "round": "r.round_code",
    "stream": "r.stream",
    "age": "julianday('now') - julianday(r.reported_at)",
}

DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def _report_query(sort: str, direction: str) -> str:
    order_by = SORTABLE.get(sort, SORTABLE["reported"])
    order_dir = DIRECTIONS.get(direction.lower(), "DESC")
    return (
        "SELECT r.reference, r.uprn, r.round_code, r.stream, r.reported_at, r.status "
        "FROM missed_reports r "
        "WHERE r.depot_code = ? AND date(r.reported_at) BETWEEN ? AND ? "
        f"ORDER BY {order_by} {order_dir} "
        "LIMIT ? OFFSET ?"
    )


def open_reports(
    conn: sqlite3.Connection,
    depot: str,
    start: date,
    end: date,
    sort: str = "reported",
    direction: str = "desc",
    page: int = 1,
    page_size: int = 50,
) -> list[sqlite3.Row]:
    conn.row_factory = sqlite3.Row
    sql = _report_query(sort, direction)
    params = (depot, start.isoformat(), end.isoformat(), page_size, (page - 1) * page_size)
    return conn.execute(sql, params).fetchall()


def misses_per_round(conn: sqlite3.Connection, depot: str, month: str) -> dict[str, int]:
    rows = conn.execute(
        "SELECT round_code, COUNT(*) FROM missed_reports "
        "WHERE depot_code = ? AND strftime('%Y-%m', reported_at) = ? GROUP BY round_code",
        (depot, month),
    )
    return {round_code: n for round_code, n in rows}
