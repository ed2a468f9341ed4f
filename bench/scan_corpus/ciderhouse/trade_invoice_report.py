"""Aged-debt and invoice listings for the trade accounts team."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Connection

SORTABLE = {
    "due": "i.due_date",
    "amount": "i.total_pence",
    "customer": "c.trading_name",
    "issued": "i.issued_on",
}


@dataclass
class InvoiceQuery:
    status: str = "open"
    sort: str = "due"
    descending: bool = False
    overdue_before: date | None = None
    limit: int = 100

    def order_clause(self) -> str:
        column = SORTABLE.get(self.sort)
        if column is None:
            raise ValueError(f"cannot sort invoices by {self.sort!r}")
        return f"{column} {'DESC' if self.descending else 'ASC'}"


class InvoiceReport:
    base_sql = (
        "SELECT i.number, c.trading_name, i.issued_on, i.due_date, i.total_pence "
        "FROM trade_invoices i JOIN trade_customers c ON c.id = i.customer_id "
        "WHERE i.status = :status"
    )

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def rows(self, query: InvoiceQuery) -> list[dict]:
        sql = self.base_sql
        params: dict = {"status": query.status, "limit": min(query.limit, 1000)}
        if query.overdue_before:
            sql += " AND i.due_date < :overdue_before"
            params["overdue_before"] = query.overdue_before
        stmt = text(f"{sql} ORDER BY {query.order_clause()} LIMIT :limit")
        return [dict(r) for r in self.conn.execute(stmt, params).mappings()]

    def total_outstanding(self, query: InvoiceQuery) -> int:
        return sum(r["total_pence"] for r in self.rows(query))
