"""Yard stock of slates, tiles and ridge pieces.

Backs the stock screen in the office app: the yard manager searches by
quarry or product name to see how many pallets are on hand before an
estimator commits a job to a particular slate.
"""
import sqlite3
from dataclasses import dataclass
from typing import List, Optional

STOCK_DB = "/var/lib/slater/yard_stock.db"


@dataclass
class StockLine:
    sku: str
    product: str
    quarry: str
    size_mm: str
    pallets: int
    loose: int


class SlateStockRepository:
    def __init__(self, path: str = STOCK_DB) -> None:
        self.conn = sqlite3.connect(path)
        self.conn.row_factory = sqlite3.Row

    def _rows_to_lines(self, rows) -> List[StockLine]:
        return [StockLine(r["sku"], r["product"], r["quarry"], r["size_mm"],
                          r["pallets"], r["loose"]) for r in rows]

    def get(self, sku: str) -> Optional[StockLine]:
        row = self.conn.execute("SELECT * FROM stock WHERE sku = ?", (sku,)).fetchone()
        return self._rows_to_lines([row])[0] if row else None

    def search(self, term: str, quarry: str = "") -> List[StockLine]:
        sql = f"SELECT * FROM stock WHERE product LIKE '%{term}%'"
        params = []
        if quarry:
            sql += " AND quarry = ?"
            params.append(quarry)
        sql += " ORDER BY quarry, product"
        return self._rows_to_lines(self.conn.execute(sql, params).fetchall())

    def adjust(self, sku: str, pallets_delta: int = 0, loose_delta: int = 0) -> None:
        with self.conn:
            self.conn.execute(
                "UPDATE stock SET pallets = pallets + ?, loose = loose + ? WHERE sku = ?",
                (pallets_delta, loose_delta, sku),
            )

    def low_stock(self, threshold: int = 2) -> List[StockLine]:
        rows = self.conn.execute(
            "SELECT * FROM stock WHERE pallets < ? ORDER BY pallets", (threshold,)
        ).fetchall()
        return self._rows_to_lines(rows)
