"""Repository for spare-parts stock levels and reservations."""
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterable, Iterator


@dataclass
class StockLevel:
    sku: str
    description: str
    qty_on_hand: int
    qty_reserved: int

    @property
    def available(self) -> int:
        return self.qty_on_hand - self.qty_reserved


class PartsStockRepository:
    def __init__(self, path: str):
        self.path = path

    @contextmanager
    def _conn(self) -> Iterator[sqlite3.Connection]:
        conn = sqlite3.connect(self.path)
        conn.row_factory = sqlite3.Row
        try:
            yield conn
            conn.commit()
        finally:
            conn.close()

    def levels_for(self, skus: Iterable[str]) -> list[StockLevel]:
        wanted = sorted(set(skus))
        if not wanted:
            return []
        placeholders = ",".join("?" * len(wanted))
        sql = (
            "SELECT sku, description, qty_on_hand, qty_reserved FROM parts "
            f"WHERE sku IN ({placeholders}) ORDER BY sku"
        )
        with self._conn() as conn:
            return [StockLevel(**dict(r)) for r in conn.execute(sql, wanted)]

    def search(self, term: str, limit: int = 25) -> list[StockLevel]:
        pattern = "%" + term.replace("%", r"\%").replace("_", r"\_") + "%"
        with self._conn() as conn:
            rows = conn.execute(
                "SELECT sku, description, qty_on_hand, qty_reserved FROM parts "
                "WHERE description LIKE ? ESCAPE '\\' ORDER BY description LIMIT ?",
                (pattern, limit),
            )
            return [StockLevel(**dict(r)) for r in rows]

    def reserve(self, job_id: int, sku: str, qty: int) -> bool:
        with self._conn() as conn:
            cur = conn.execute(
                "UPDATE parts SET qty_reserved = qty_reserved + ? "
                "WHERE sku = ? AND qty_on_hand - qty_reserved >= ?",
                (qty, sku, qty),
            )
            if cur.rowcount != 1:
                return False
            conn.execute(
                "INSERT INTO reservations (job_id, sku, qty) VALUES (?, ?, ?)", (job_id, sku, qty)
            )
            return True
