"""Back-office order search used by customer support agents."""
from __future__ import annotations

from datetime import date
from typing import Any

from psycopg2.extras import RealDictCursor

BASE_QUERY = """
    SELECT o.id, o.number, o.status, o.total_cents, o.created_at, c.email
    FROM orders o
    JOIN customers c ON c.id = o.customer_id
"""


def _build_query(filters: dict[str, Any]) -> str:
    clauses = ["o.store_id = %(store_id)s"]
    email = filters.get("email")
    if email:
        clauses.append(f"c.email ILIKE '%{email}%'")
    if filters.get("status"):
        clauses.append("o.status = %(status)s")
    if filters.get("since"):
        clauses.append("o.created_at >= %(since)s")
    return BASE_QUERY + " WHERE " + " AND ".join(clauses) + " ORDER BY o.created_at DESC LIMIT 100"


def search_orders(conn, store_id: int, filters: dict[str, Any]) -> list[dict]:
    sql = _build_query(filters)
    params = {
        "store_id": store_id,
        "status": filters.get("status"),
        "since": filters.get("since") or date(1970, 1, 1),
    }
    with conn.cursor(cursor_factory=RealDictCursor) as cur:
        cur.execute(sql, params)
        return list(cur.fetchall())
