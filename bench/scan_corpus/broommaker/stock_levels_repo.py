"""Finished-stock repository: besoms, brushes and brooms ready to ship."""

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from typing import List, Optional

SORTABLE_COLUMNS = {
    "sku": "sku",
    "name": "product_name",
    "stock": "on_hand",
    "updated": "updated_at",
}


@dataclass
class StockLine:
    sku: str
    product_name: str
    on_hand: int
    reorder_at: int
    updated_at: str

    @property
    def needs_making(self) -> bool:
        return self.on_hand <= self.reorder_at


class StockRepository:
    def __init__(self, path: str):
        self.path = path

    def _conn(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path)

    def list_stock(
        self,
        sort: str = "sku",
        descending: bool = False,
        name_filter: Optional[str] = None,
    ) -> List[StockLine]:
        column = SORTABLE_COLUMNS.get(sort, "sku")
        direction = "DESC" if descending else "ASC"
        sql = "SELECT sku, product_name, on_hand, reorder_at, updated_at FROM finished_stock"
        params: list = []
        if name_filter:
            sql += " WHERE product_name LIKE ? ESCAPE '\\'"
            escaped = name_filter.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            params.append(f"%{escaped}%")
        sql += f" ORDER BY {column} {direction}"
        with closing(self._conn()) as conn:
            return [StockLine(*row) for row in conn.execute(sql, params)]

    def adjust(self, sku: str, delta: int, reason: str) -> int:
        with closing(self._conn()) as conn, conn:
            conn.execute(
                "UPDATE finished_stock SET on_hand = on_hand + ?, updated_at = datetime('now')"
                " WHERE sku = ?",
                (delta, sku),
            )
            conn.execute(
                "INSERT INTO stock_movements (sku, delta, reason) VALUES (?, ?, ?)",
                (sku, delta, reason),
            )
            row = conn.execute("SELECT on_hand FROM finished_stock WHERE sku = ?", (sku,)).fetchone()
        return row[0] if row else 0
