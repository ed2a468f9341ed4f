"""Back-office report of ceramics shop orders, sortable by column."""
from __future__ import annotations

import os
from datetime import date
from typing import Literal

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

SortKey = Literal["placed", "total", "customer", "status"]

_SORT_COLUMNS: dict[str, str] = {
    "placed": "o.placed_at",
    "total": "o.total_pence",
    "customer": "c.last_name",
    "status": "o.status",
}
_DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def engine_from_env() -> Engine:
    return create_engine(os.environ["SHOP_DATABASE_URL"], pool_pre_ping=True)


def build_report_query(sort: str, direction: str) -> str:
    column = _SORT_COLUMNS.get(sort, _SORT_COLUMNS["placed"])
    order = _DIRECTIONS.get(direction.lower(), "DESC")
    return (
        "SELECT o.id, o.placed_at, o.status, o.total_pence, c.first_name, c.last_name "
        "FROM shop_orders o JOIN customers c ON c.id = o.customer_id "
        "WHERE o.placed_at BETWEEN :start AND :end "
        "AND (:status IS NULL OR o.status = :status) "
        f"ORDER BY {column} {order} LIMIT :limit"
    )


def order_report(
    engine: Engine,
    start: date,
    end: date,
    status: str | None = None,
    sort: str = "placed",
    direction: str = "desc",
    limit: int = 200,
) -> list[dict]:
    query = text(build_report_query(sort, direction))
    params = {"start": start, "end": end, "status": status, "limit": min(limit, 1000)}
    with engine.connect() as conn:
        rows = conn.execute(query, params).mappings().all()
    return [dict(r) for r in rows]


if __name__ == "__main__":
    import sys

    eng = engine_from_env()
    for row in order_report(eng, date.fromisoformat(sys.argv[1]), date.fromisoformat(sys.argv[2]),
                            sort=sys.argv[3] if len(sys.argv) > 3 else "placed"):
        print(row)
