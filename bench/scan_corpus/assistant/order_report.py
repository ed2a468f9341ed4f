"""Sortable order report for the ops dashboard (OPS-77).

Adds ``sort`` and ``direction`` query parameters to the order report. Column
names cannot be bound as parameters, so they are mapped through a fixed
allow-list; every user value goes in as a bound parameter.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

SORTABLE_COLUMNS: dict[str, str] = {
    "created": "o.created_at",
    "total": "o.total_cents",
    "customer": "c.display_name",
    "status": "o.status",
}
DIRECTIONS: dict[str, str] = {"asc": "ASC", "desc": "DESC"}


@dataclass(frozen=True)
class ReportRequest:
    store_id: int
    status: str | None = None
    sort: str = "created"
    direction: str = "desc"
    page: int = 1
    per_page: int = 50


def _report_sql(req: ReportRequest) -> tuple[str, list[object]]:
    order_column = SORTABLE_COLUMNS.get(req.sort, SORTABLE_COLUMNS["created"])
    order_dir = DIRECTIONS.get(req.direction.lower(), "DESC")

    where = ["o.store_id = ?"]
    params: list[object] = [req.store_id]
    if req.status:
        where.append("o.status = ?")
        params.append(req.status)

    sql = (
        "SELECT o.id, o.created_at, o.total_cents, o.status, c.display_name "
        "FROM orders o JOIN customers c ON c.id = o.customer_id "
        f"WHERE {' AND '.join(where)} "
        f"ORDER BY {order_column} {order_dir}, o.id DESC "
        "LIMIT ? OFFSET ?"
    )
    per_page = max(1, min(req.per_page, 200))
    params.extend([per_page, (max(req.page, 1) - 1) * per_page])
    return sql, params


def fetch_order_report(conn: sqlite3.Connection, req: ReportRequest) -> list[sqlite3.Row]:
    """Return one page of the order report."""
    sql, params = _report_sql(req)
    conn.row_factory = sqlite3.Row
    return conn.execute(sql, params).fetchall()
