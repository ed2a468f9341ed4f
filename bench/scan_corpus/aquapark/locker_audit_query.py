"""Audit queries over locker, cabana and stroller rental tables.

Finance runs the same reconciliation per rental product; each product lives in
its own table with an identical column layout.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Connection

RENTAL_TABLES = {
    "locker": "locker_rentals",
    "cabana": "cabana_rentals",
    "stroller": "stroller_rentals",
}


class RentalAudit:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    @staticmethod
    def table_for(product: str) -> str:
        try:
            return RENTAL_TABLES[product]
        except KeyError:
            raise ValueError(f"unknown rental product {product!r}") from None

    def unpaid(self, product: str, day: date, zone: str | None = None) -> list[dict]:
        table = self.table_for(product)
        sql = f"SELECT rental_id, wristband_id, amount_cents FROM {table} WHERE rented_on = :day AND paid = false"
        params: dict[str, object] = {"day": day}
        if zone is not None:
            sql += " AND zone = :zone"
            params["zone"] = zone
        rows = self.conn.execute(text(sql), params)
        return [dict(r._mapping) for r in rows]

    def totals(self, product: str, start: date, end: date) -> int:
        table = self.table_for(product)
        row = self.conn.execute(
            text(f"SELECT COALESCE(SUM(amount_cents), 0) AS total FROM {table} WHERE rented_on BETWEEN :s AND :e"),
            {"s": start, "e": end},
        ).one()
        return int(row.total)
