"""Quick stock lookups for the warehouse and the two satellite stores.

Each site keeps its own table; the dashboard asks for a SKU at one site.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

SITE_TABLES = {
    "main": "stock_main",
    "northgate": "stock_northgate",
    "riverside": "stock_riverside",
}


class UnknownSite(KeyError):
    pass


@dataclass
class StockLine:
    sku: str
    location: str
    quantity: int
    best_before: str


def _table_for(site: str) -> str:
    try:
        return SITE_TABLES[site]
    except KeyError:
        raise UnknownSite(site) from None


def lookup(db_path: Path, site: str, sku: str, limit: int = 50) -> list[StockLine]:
    table = _table_for(site)
    query = (
        f"SELECT sku, location, quantity, best_before FROM {table} "
        "WHERE sku = ? AND quantity > 0 ORDER BY best_before LIMIT ?"
    )
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute(query, (sku, int(limit))).fetchall()
    return [StockLine(*row) for row in rows]


def total_quantity(db_path: Path, sku: str) -> dict[str, int]:
    totals: dict[str, int] = {}
    with sqlite3.connect(db_path) as conn:
        for site, table in SITE_TABLES.items():
            (qty,) = conn.execute(
                f"SELECT COALESCE(SUM(quantity), 0) FROM {table} WHERE sku = ?", (sku,)
            ).fetchone()
            totals[site] = qty
    return totals
