"""Back-office search over custom saddle orders (PostgreSQL)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg
from psycopg.rows import dict_row

SORT_COLUMNS = {
    "due": "o.due_date",
    "created": "o.created_at",
    "customer": "c.last_name",
    "stage": "o.workshop_stage",
}


@dataclass
class OrderFilter:
    text: str | None = None
    stage: str | None = None
    due_before: date | None = None
    sort: str = "due"
    descending: bool = False
    limit: int = 50


class OrderSearchRepository:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def search(self, flt: OrderFilter) -> list[dict]:
        clauses = ["o.cancelled_at IS NULL"]
        params: list[object] = []
        if flt.text:
            clauses.append("(o.order_number ILIKE %s OR c.last_name ILIKE %s)")
            params += [f"%{flt.text}%", f"%{flt.text}%"]
        if flt.stage:
            clauses.append("o.workshop_stage = %s")
            params.append(flt.stage)
        if flt.due_before:
            clauses.append("o.due_date < %s")
            params.append(flt.due_before)
        order_col = SORT_COLUMNS.get(flt.sort, SORT_COLUMNS["due"])
        direction = "DESC" if flt.descending else "ASC"
        sql = (
            "SELECT o.order_number, o.saddle_model, o.workshop_stage, o.due_date, "
            "c.first_name, c.last_name FROM orders o JOIN customers c ON c.id = o.customer_id "
            f"WHERE {' AND '.join(clauses)} ORDER BY {order_col} {direction} LIMIT %s"
        )
        params.append(min(max(flt.limit, 1), 200))
        with psycopg.connect(self._dsn, row_factory=dict_row) as conn:
            return conn.execute(sql, params).fetchall()
