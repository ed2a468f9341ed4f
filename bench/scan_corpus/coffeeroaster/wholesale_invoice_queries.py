"""Queries behind the wholesale invoicing screen.

Invoices are generated monthly per cafe from delivered wholesale orders.
Archived years are moved to ``wholesale_orders_archive`` which has the
same columns, so the query picks the table from a fixed mapping.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Engine, text

ORDER_TABLES = {
    "current": "wholesale_orders",
    "archive": "wholesale_orders_archive",
}


@dataclass
class InvoiceLine:
    order_no: str
    sku: str
    quantity_kg: Decimal
    unit_price: Decimal

    @property
    def total(self) -> Decimal:
        return (self.quantity_kg * self.unit_price).quantize(Decimal("0.01"))


class InvoiceRepository:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @staticmethod
    def _table_for(month: date) -> str:
        key = "current" if month.year >= date.today().year - 1 else "archive"
        return ORDER_TABLES[key]

    def lines_for(self, cafe_name: str, month: date) -> list[InvoiceLine]:
        table = self._table_for(month)
        stmt = text(
            "SELECT o.order_no, l.sku, l.quantity_kg, l.unit_price "
            f"FROM {table} o "
            "JOIN cafes c ON c.id = o.cafe_id "
            "JOIN wholesale_order_lines l ON l.order_id = o.id "
            "WHERE c.name = :cafe AND date_trunc('month', o.delivered_on) = :month "
            "ORDER BY o.delivered_on, o.order_no"
        )
        with self.engine.connect() as conn:
            rows = conn.execute(stmt, {"cafe": cafe_name, "month": month.replace(day=1)})
            return [InvoiceLine(*row) for row in rows]

    def invoice_total(self, cafe_name: str, month: date) -> Decimal:
        return sum((line.total for line in self.lines_for(cafe_name, month)), Decimal("0"))

    def cafes_with_deliveries(self, month: date) -> list[str]:
        stmt = text(
            f"SELECT DISTINCT c.name FROM {self._table_for(month)} o "
            "JOIN cafes c ON c.id = o.cafe_id "
            "WHERE date_trunc('month', o.delivered_on) = :month ORDER BY c.name"
        )
        with self.engine.connect() as conn:
            return [row[0] for row in conn.execute(stmt, {"month": month.replace(day=1)})]
