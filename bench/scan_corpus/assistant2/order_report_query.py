"""Query layer for the sortable order report in the back office."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg

SORTABLE_COLUMNS = {
    "created": "o.created_at",
    "total": "o.total_cents",
    "customer": "c.email",
    "status": "o.status",
}
PAGE_SIZE = 50


@dataclass(frozen=True)
class ReportFilter:
    status: str | None = None
    since: date | None = None
    sort: str = "created"
    descending: bool = True
    page: int = 1


def build_report_sql(flt: ReportFilter) -> tuple[str, list[object]]:
    """Return SQL and parameters; only the ORDER BY column comes from a fixed map."""
    where, params = ["TRUE"], []
    if flt.status:
        where.append("o.status = %s")
        params.append(flt.status)
    if flt.since:
        where.append("o.created_at >= %s")
        params.append(flt.since)
    order_col = SORTABLE_COLUMNS.get(flt.sort, SORTABLE_COLUMNS["created"])
    direction = "DESC" if flt.descending else "ASC"
    sql = (
        "SELECT o.id, c.email, o.status, o.total_cents, o.created_at "
        "FROM orders o JOIN customers c ON c.id = o.customer_id "
        f"WHERE {' AND '.join(where)} ORDER BY {order_col} {direction} LIMIT %s OFFSET %s"
    )
    params += [PAGE_SIZE, (max(flt.page, 1) - 1) * PAGE_SIZE]
    return sql, params


def fetch_report(conn: psycopg.Connection, flt: ReportFilter) -> list[tuple]:
    sql, params = build_report_sql(flt)
    with conn.cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchall()
