"""Sheet and coil stock lookups used when the estimator prices a quote."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable, Sequence


@dataclass(frozen=True)
class StockItem:
    sku: str
    material: str
    gauge_mm: Decimal
    sheet_size: str
    on_hand: int
    unit_cost: Decimal


class MaterialStockRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    @staticmethod
    def _row(r: Sequence) -> StockItem:
        return StockItem(r[0], r[1], Decimal(str(r[2])), r[3], int(r[4]), Decimal(str(r[5])))

    def by_skus(self, skus: Iterable[str]) -> list[StockItem]:
        skus = list(dict.fromkeys(skus))
        if not skus:
            return []
        marks = ",".join("?" * len(skus))
        sql = (
            "SELECT sku, material, gauge_mm, sheet_size, on_hand, unit_cost "
            f"FROM stock WHERE sku IN ({marks}) ORDER BY sku"
        )
        return [self._row(r) for r in self.conn.execute(sql, skus)]

    def search(self, material: str, min_gauge: Decimal, max_gauge: Decimal) -> list[StockItem]:
        sql = (
            "SELECT sku, material, gauge_mm, sheet_size, on_hand, unit_cost FROM stock "
            "WHERE material LIKE ? ESCAPE '\\' AND gauge_mm BETWEEN ? AND ? AND on_hand > 0 "
            "ORDER BY gauge_mm, sheet_size"
        )
        pattern = material.replace("%", r"\%").replace("_", r"\_") + "%"
        return [self._row(r) for r in self.conn.execute(sql, (pattern, str(min_gauge), str(max_gauge)))]

    def reserve(self, sku: str, qty: int, job_no: str) -> bool:
        with self.conn:
            cur = self.conn.execute(
                "UPDATE stock SET on_hand = on_hand - ? WHERE sku = ? AND on_hand >= ?",
                (qty, sku, qty),
            )
            if cur.rowcount != 1:
                return False
            self.conn.execute(
                "INSERT INTO stock_reservations (sku, qty, job_no) VALUES (?, ?, ?)",
                (sku, qty, job_no),
            )
        return True
