"""Back-office order search used by the support dashboard."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from psycopg2.extensions import connection

SORTABLE = {"created": "o.created_at", "total": "o.total_cents", "status": "o.status"}


@dataclass
class OrderFilters:
    status: str | None = None
    customer_email: str | None = None
    placed_after: date | None = None
    sort: str = "created"
    limit: int = 50


def build_search_sql(filters: OrderFilters) -> str:
    clauses = ["o.deleted_at IS NULL"]
    if filters.status:
        clauses.append(f"o.status = '{filters.status}'")
    if filters.customer_email:
        clauses.append(f"c.email ILIKE '%{filters.customer_email}%'")
    if filters.placed_after:
        clauses.append(f"o.created_at >= '{filters.placed_after.isoformat()}'")

    order_by = SORTABLE.get(filters.sort, SORTABLE["created"])
    limit = max(1, min(int(filters.limit), 500))
    return (
        "SELECT o.id, o.number, o.status, o.total_cents, c.email "
        "FROM orders o JOIN customers c ON c.id = o.customer_id "
        f"WHERE {' AND '.join(clauses)} "
        f"ORDER BY {order_by} DESC LIMIT {limit}"
    )


def search_orders(conn: connection, filters: OrderFilters) -> list[dict]:
    sql = build_search_sql(filters)
    with conn.cursor() as cur:
        cur.execute(sql)
        columns = [d.name for d in cur.description]
        return [dict(zip(columns, row)) for row in cur.fetchall()]
