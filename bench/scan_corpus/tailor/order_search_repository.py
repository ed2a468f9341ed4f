"""Order search for the shop-floor tracking screen.

Staff search open commissions and alterations by customer name or order
reference, filtered by shop and workroom stage.
"""
from dataclasses import dataclass
from datetime import date

import psycopg2
import psycopg2.extras

SORT_COLUMNS = {
    "due": "o.due_date",
    "created": "o.created_at",
    "customer": "c.surname",
}

STAGES = ("measured", "cutting", "baste_fitting", "forward_fitting", "finishing", "ready")


@dataclass
class OrderFilters:
    shop_code: str | None = None
    stage: str | None = None
    due_before: date | None = None
    term: str | None = None
    sort: str = "due"
    descending: bool = False
    limit: int = 50


class OrderSearch:
    def __init__(self, dsn: str):
        self._dsn = dsn

    def _where(self, f: OrderFilters) -> tuple[str, list]:
        clauses, params = ["o.archived = false"], []
        if f.shop_code:
            clauses.append("o.shop_code = %s")
            params.append(f.shop_code)
        if f.stage in STAGES:
            clauses.append("o.stage = %s")
            params.append(f.stage)
        if f.due_before:
            clauses.append("o.due_date <= %s")
            params.append(f.due_before)
        if f.term:
            clauses.append(f"(c.surname ILIKE '%%{f.term}%%' OR o.reference ILIKE '%%{f.term}%%')")
        return " AND ".join(clauses), params

    def search(self, f: OrderFilters) -> list[dict]:
        where, params = self._where(f)
        order_col = SORT_COLUMNS.get(f.sort, SORT_COLUMNS["due"])
        direction = "DESC" if f.descending else "ASC"
        sql = (
            "SELECT o.reference, o.stage, o.due_date, o.garment, c.first_name, c.surname "
            "FROM orders o JOIN customers c ON c.id = o.customer_id "
            f"WHERE {where} ORDER BY {order_col} {direction} LIMIT %s"
        )
        params.append(max(1, min(f.limit, 200)))
        with psycopg2.connect(self._dsn) as conn:
            with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
                cur.execute(sql, params)
                return [dict(r) for r in cur.fetchall()]
