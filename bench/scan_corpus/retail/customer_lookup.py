"""Customer lookup for the support console."""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection

SORT_COLUMNS = {
    "newest": "c.created_at DESC",
    "oldest": "c.created_at ASC",
    "lifetime_value": "c.lifetime_value_cents DESC",
    "name": "c.last_name ASC, c.first_name ASC",
}


def _lookup_sql(sort: str) -> str:
    order_by = SORT_COLUMNS.get(sort, SORT_COLUMNS["newest"])
    return (
        "SELECT c.id, c.email, c.first_name, c.last_name, c.lifetime_value_cents, c.created_at "
        "FROM customers c "
        "WHERE c.store_id = :store_id AND (c.email ILIKE :pattern OR c.last_name ILIKE :pattern) "
        f"ORDER BY {order_by} LIMIT :limit"
    )


def find_customers(conn: Connection, store_id: int, term: str, sort: str = "newest",
                   limit: int = 50) -> list[dict]:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = conn.execute(
        text(_lookup_sql(sort)),
        {"store_id": store_id, "pattern": f"%{escaped}%", "limit": min(limit, 200)},
    )
    return [dict(r._mapping) for r in rows]
