"""Repository for supplier orders, with per-table filters for the purchasing screens.

Reed, straw, spar and netting orders live in separate tables that share a
layout; the screen picks which one to show.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg
from psycopg import sql
from psycopg.rows import dict_row

ORDER_TABLES = {
    "reed": "reed_orders",
    "straw": "straw_orders",
    "spars": "spar_orders",
    "netting": "netting_orders",
}


@dataclass
class OrderFilter:
    material: str
    supplier_name: str | None = None
    placed_from: date | None = None
    placed_to: date | None = None


class SupplierOrderRepository:
    def __init__(self, conninfo: str) -> None:
        self.conninfo = conninfo

    @staticmethod
    def _table(material: str) -> sql.Identifier:
        try:
            return sql.Identifier(ORDER_TABLES[material])
        except KeyError:
            raise ValueError(f"unknown material {material!r}") from None

    def find(self, f: OrderFilter) -> list[dict]:
        conditions = [sql.SQL("TRUE")]
        params: list = []
        if f.supplier_name:
            conditions.append(sql.SQL("s.name ILIKE {}").format(sql.Placeholder()))
            params.append(f"%{f.supplier_name}%")
        if f.placed_from:
            conditions.append(sql.SQL("o.placed_on >= {}").format(sql.Placeholder()))
            params.append(f.placed_from)
        if f.placed_to:
            conditions.append(sql.SQL("o.placed_on <= {}").format(sql.Placeholder()))
            params.append(f.placed_to)
        query = sql.SQL(
            "SELECT o.id, o.order_no, s.name AS supplier, o.placed_on, o.quantity, o.status "
            "FROM {table} o JOIN suppliers s ON s.id = o.supplier_id "
            "WHERE {conditions} ORDER BY o.placed_on DESC"
        ).format(table=self._table(f.material), conditions=sql.SQL(" AND ").join(conditions))
        with psycopg.connect(self.conninfo, row_factory=dict_row) as conn:
            return conn.execute(query, params).fetchall()

    def mark_received(self, material: str, order_id: int, received_on: date) -> bool:
        query = sql.SQL(
            "UPDATE {table} SET status = 'received', received_on = %s WHERE id = %s"
        ).format(table=self._table(material))
        with psycopg.connect(self.conninfo) as conn:
            return conn.execute(query, (received_on, order_id)).rowcount == 1
