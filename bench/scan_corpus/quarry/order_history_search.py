"""Order history search for the sales office (customer orders and delivered tonnage)."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date


@dataclass
class OrderQuery:
    customer_ref: str | None = None
    product: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    limit: int = 200


def _where_clause(query: OrderQuery) -> str:
    parts = ["1 = 1"]
    if query.customer_ref:
        parts.append(f"o.customer_ref = '{query.customer_ref}'")
    if query.product:
        parts.append(f"o.product_code LIKE '{query.product}%'")
    if query.date_from:
        parts.append(f"o.order_date >= '{query.date_from.isoformat()}'")
    if query.date_to:
        parts.append(f"o.order_date <= '{query.date_to.isoformat()}'")
    return " AND ".join(parts)


class OrderHistoryRepository:
    base_sql = (
        "SELECT o.order_no, o.customer_ref, o.product_code, o.order_date, "
        "COALESCE(SUM(t.net_kg), 0) / 1000.0 AS delivered_t "
        "FROM orders o LEFT JOIN weighbridge_tickets t ON t.order_no = o.order_no "
    )

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def search(self, query: OrderQuery) -> list[dict]:
        sql = (
            self.base_sql
            + "WHERE " + _where_clause(query)
            + " GROUP BY o.order_no ORDER BY o.order_date DESC LIMIT ?"
        )
        cur = self.conn.execute(sql, (min(query.limit, 1000),))
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]


def search_from_form(conn: sqlite3.Connection, form: dict[str, str]) -> list[dict]:
    query = OrderQuery(
        customer_ref=form.get("customer") or None,
        product=form.get("product") or None,
        date_from=date.fromisoformat(form["from"]) if form.get("from") else None,
        date_to=date.fromisoformat(form["to"]) if form.get("to") else None,
    )
    return OrderHistoryRepository(conn).search(query)
