"""Order search for the back office.

Staff search orders by customer, status and date range and sort by any
of the columns shown in the table. The sort column and direction come
from the grid's query string, so they are mapped through fixed tables.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Engine

SORT_COLUMNS = {
    "created": "o.created_at",
    "customer": "c.surname",
    "total": "o.total_pence",
    "status": "o.status",
    "size": "o.trug_size",
}
SORT_DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


@dataclass
class OrderFilter:
    customer: str | None = None
    status: str | None = None
    since: date | None = None
    until: date | None = None
    sort: str = "created"
    direction: str = "desc"
    limit: int = 50
    offset: int = 0


class OrderSearchRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @staticmethod
    def _order_by(f: OrderFilter) -> str:
        column = SORT_COLUMNS.get(f.sort, SORT_COLUMNS["created"])
        direction = SORT_DIRECTIONS.get(f.direction.lower(), "DESC")
        return f"{column} {direction}"

    def search(self, f: OrderFilter) -> list[dict]:
        conditions = ["1 = 1"]
        params: dict[str, object] = {"limit": min(f.limit, 200), "offset": max(f.offset, 0)}
        if f.customer:
            conditions.append("(c.surname ILIKE :customer OR c.email ILIKE :customer)")
            params["customer"] = f"%{f.customer}%"
        if f.status:
            conditions.append("o.status = :status")
            params["status"] = f.status
        if f.since:
            conditions.append("o.created_at >= :since")
            params["since"] = f.since
        if f.until:
            conditions.append("o.created_at < :until")
            params["until"] = f.until
        sql = (
            "SELECT o.ref, o.status, o.trug_size, o.total_pence, o.created_at, c.surname, c.email "
            "FROM orders o JOIN customers c ON c.id = o.customer_id "
            f"WHERE {' AND '.join(conditions)} ORDER BY {self._order_by(f)} "
            "LIMIT :limit OFFSET :offset"
        )
        with self._engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(text(sql), params)]
