"""Customer listing with sortable columns for the support console."""
from __future__ import annotations

from typing import Any

import psycopg

SORTABLE = {
    "name": "c.full_name",
    "created": "c.created_at",
    "spend": "c.lifetime_spend_cents",
}


def list_customers(
    conn: psycopg.Connection[Any],
    search: str,
    sort: str = "created",
    descending: bool = True,
    limit: int = 50,
) -> list[tuple[Any, ...]]:
    order_col = SORTABLE.get(sort, SORTABLE["created"])
    direction = "DESC" if descending else "ASC"
    query = f"""
        SELECT c.id, c.full_name, c.email, c.created_at, c.lifetime_spend_cents
        FROM customers c
        WHERE c.full_name ILIKE %s OR c.email ILIKE %s
        ORDER BY {order_col} {direction}
        LIMIT %s
    """
    pattern = f"%{search}%"
    with conn.cursor() as cur:
        cur.execute(query, (pattern, pattern, min(limit, 200)))
        return cur.fetchall()
