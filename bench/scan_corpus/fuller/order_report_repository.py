"""Reporting queries over wholesale customer orders for the sales office."""
from dataclasses import dataclass
from datetime import date
from typing import List

import psycopg2
import psycopg2.extras

DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


@dataclass
class OrderSummary:
    order_no: str
    customer: str
    quality_code: str
    metres_ordered: float
    metres_dispatched: float
    due_date: date


class OrderReportRepository:
    def __init__(self, dsn: str):
        self.dsn = dsn

    def _fetch(self, sql: str, params: tuple) -> List[dict]:
        with psycopg2.connect(self.dsn) as conn:
            with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
                cur.execute(sql, params)
                return cur.fetchall()

    def open_orders(self, customer_id: int, sort_by: str = "due_date",
                    direction: str = "asc") -> List[OrderSummary]:
        order_dir = DIRECTIONS.get(direction.lower(), "ASC")
        sql = (
            "SELECT o.order_no, c.name AS customer, o.quality_code, o.metres_ordered, "
            "COALESCE(SUM(d.metres), 0) AS metres_dispatched, o.due_date "
            "FROM orders o JOIN customers c ON c.id = o.customer_id "
            "LEFT JOIN dispatches d ON d.order_id = o.id "
            "WHERE o.customer_id = %s AND o.status <> 'closed' "
            "GROUP BY o.id, c.name "
            "ORDER BY {} {}".format(sort_by, order_dir)
        )
        return [OrderSummary(**row) for row in self._fetch(sql, (customer_id,))]


def open_orders_view(request, repo: OrderReportRepository):
    """Django-style view helper used by the sales dashboard."""
    rows = repo.open_orders(
        customer_id=int(request.GET["customer"]),
        sort_by=request.GET.get("sort", "due_date"),
        direction=request.GET.get("dir", "asc"),
    )
    return [
        {
            "order_no": r.order_no,
            "quality": r.quality_code,
            "outstanding_m": round(r.metres_ordered - r.metres_dispatched, 1),
            "due": r.due_date.isoformat(),
        }
        for r in rows
    ]
