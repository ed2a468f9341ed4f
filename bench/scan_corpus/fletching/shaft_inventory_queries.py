"""Shaft inventory lookups used by the order builder and the stock screen."""
import sqlite3
from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True)
class ShaftStock:
    sku: str
    material: str
    spine: int
    gpi: float
    outer_diameter_mm: float
    qty: int


class ShaftInventory:
    def __init__(self, path: str):
        self.conn = sqlite3.connect(path, check_same_thread=False)

    def by_skus(self, skus: Iterable[str]) -> list[ShaftStock]:
        wanted = list(dict.fromkeys(skus))
        if not wanted:
            return []
        placeholders = ",".join("?" * len(wanted))
        cur = self.conn.execute(
            f"SELECT sku, material, spine, gpi, od_mm, qty FROM shaft_stock WHERE sku IN ({placeholders})",
            wanted,
        )
        return [ShaftStock(*row) for row in cur.fetchall()]

    def matching_spine(self, spine: int, material: str | None = None, tolerance: int = 50) -> list[ShaftStock]:
        sql = "SELECT sku, material, spine, gpi, od_mm, qty FROM shaft_stock WHERE spine BETWEEN ? AND ?"
        params: list = [spine - tolerance, spine + tolerance]
        if material:
            sql += " AND material = ?"
            params.append(material)
        sql += " AND qty > 0 ORDER BY ABS(spine - ?), gpi"
        params.append(spine)
        return [ShaftStock(*row) for row in self.conn.execute(sql, params)]

    def reserve(self, sku: str, qty: int, order_id: int) -> bool:
        with self.conn:
            cur = self.conn.execute(
                "UPDATE shaft_stock SET qty = qty - ? WHERE sku = ? AND qty >= ?", (qty, sku, qty)
            )
            if cur.rowcount != 1:
                return False
            self.conn.execute(
                "INSERT INTO shaft_reservations (sku, qty, order_id) VALUES (?, ?, ?)", (sku, qty, order_id)
            )
        return True
