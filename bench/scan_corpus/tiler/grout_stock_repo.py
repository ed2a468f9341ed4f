"""Repository for grout and adhesive stock held in the vans and the yard.

Fitters scan the bags they load each morning; the office reconciles van
stock against the jobs on the day sheet.
"""
import sqlite3
from dataclasses import dataclass
from typing import Dict, Iterable, List, Sequence


@dataclass
class StockLine:
    sku: str
    description: str
    colour: str
    location: str
    bags: int


class GroutStockRepository:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.conn.row_factory = sqlite3.Row

    def for_skus(self, skus: Sequence[str], location: str) -> List[StockLine]:
        if not skus:
            return []
        placeholders = ",".join("?" * len(skus))
        sql = (
            "SELECT sku, description, colour, location, bags FROM consumables "
            f"WHERE location = ? AND sku IN ({placeholders}) ORDER BY colour, sku"
        )
        rows = self.conn.execute(sql, (location, *skus)).fetchall()
        return [StockLine(**dict(r)) for r in rows]

    def shortfalls(self, needed: Dict[str, int], location: str) -> Dict[str, int]:
        held = {s.sku: s.bags for s in self.for_skus(list(needed), location)}
        return {sku: qty - held.get(sku, 0) for sku, qty in needed.items() if held.get(sku, 0) < qty}

    def record_load(self, van: str, scans: Iterable[str]) -> int:
        counts: Dict[str, int] = {}
        for sku in scans:
            counts[sku] = counts.get(sku, 0) + 1
        with self.conn:
            for sku, n in counts.items():
                self.conn.execute(
                    "UPDATE consumables SET bags = bags - ? WHERE sku = ? AND location = 'yard'",
                    (n, sku),
                )
                self.conn.execute(
                    "INSERT INTO consumables (sku, description, colour, location, bags) "
                    "SELECT sku, description, colour, ?, ? FROM consumables "
                    "WHERE sku = ? AND location = 'yard' "
                    "ON CONFLICT (sku, location) DO UPDATE SET bags = bags + excluded.bags",
                    (van, n, sku),
                )
        return sum(counts.values())
