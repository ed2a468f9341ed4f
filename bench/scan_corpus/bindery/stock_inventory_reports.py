"""Stock room reports over paper, board and cloth inventory tables."""
from __future__ import annotations

from datetime import date
from typing import Literal

import psycopg
from psycopg import sql

StockKind = Literal["paper", "board", "cloth"]

INVENTORY_TABLES: dict[str, str] = {
    "paper": "stock_paper_sheets",
    "board": "stock_greyboard",
    "cloth": "stock_bookcloth",
}

SORT_COLUMNS = {"sku", "on_hand", "reorder_level", "last_received"}


class InventoryReports:
    def __init__(self, conninfo: str) -> None:
        self.conninfo = conninfo

    def _table(self, kind: str) -> sql.Identifier:
        try:
            return sql.Identifier(INVENTORY_TABLES[kind])
        except KeyError:
            raise ValueError(f"unknown stock kind: {kind!r}") from None

    def below_reorder(self, kind: StockKind, supplier: str, sort: str = "on_hand") -> list[tuple]:
        if sort not in SORT_COLUMNS:
            sort = "on_hand"
        query = sql.SQL(
            "SELECT sku, description, on_hand, reorder_level FROM {table} "
            "WHERE on_hand < reorder_level AND supplier = %s ORDER BY {order}"
        ).format(table=self._table(kind), order=sql.Identifier(sort))
        with psycopg.connect(self.conninfo) as conn:
            return conn.execute(query, (supplier,)).fetchall()

    def received_between(self, kind: StockKind, start: date, end: date) -> list[tuple]:
        query = sql.SQL(
            "SELECT sku, SUM(quantity) FROM {table}_receipts "
            "WHERE received_on BETWEEN %s AND %s GROUP BY sku"
        ).format(table=sql.SQL(INVENTORY_TABLES[kind]))
        with psycopg.connect(self.conninfo) as conn:
            return conn.execute(query, (start, end)).fetchall()

    def search(self, kind: StockKind, text: str) -> list[tuple]:
        table = INVENTORY_TABLES[kind]
        query = f"SELECT sku, description FROM {table} WHERE description ILIKE %s LIMIT 50"
        with psycopg.connect(self.conninfo) as conn:
            return conn.execute(query, (f"%{text}%",)).fetchall()
