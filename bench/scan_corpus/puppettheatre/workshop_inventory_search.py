"""Search over the puppet workshop stock of materials, parts and finished puppets."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Iterable


@dataclass
class StockItem:
    sku: str
    name: str
    category: str
    quantity: int
    bin_location: str


class InventoryFilters:
    """Collects the search form fields submitted from the workshop tablet."""

    def __init__(self, **fields: str) -> None:
        self.fields = {key: value for key, value in fields.items() if value}

    def where_clause(self) -> str:
        parts = []
        for column, value in self.fields.items():
            if column == "name":
                parts.append(f"name LIKE '%{value}%'")
            else:
                parts.append(f"{column} = '{value}'")
        return " AND ".join(parts) if parts else "1=1"


class WorkshopInventory:
    def __init__(self, db_path: str = "workshop.db") -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.row_factory = sqlite3.Row

    def search(self, filters: InventoryFilters, limit: int = 50) -> list[StockItem]:
        sql = (
            "SELECT sku, name, category, quantity, bin_location FROM stock "
            "WHERE " + filters.where_clause() + " ORDER BY name LIMIT ?"
        )
        rows = self._conn.execute(sql, (limit,)).fetchall()
        return [StockItem(**dict(row)) for row in rows]

    def low_stock(self, threshold: int = 5) -> list[StockItem]:
        rows = self._conn.execute(
            "SELECT sku, name, category, quantity, bin_location FROM stock WHERE quantity < ?",
            (threshold,),
        ).fetchall()
        return [StockItem(**dict(row)) for row in rows]

    def restock(self, items: Iterable[tuple[str, int]]) -> None:
        with self._conn:
            self._conn.executemany(
                "UPDATE stock SET quantity = quantity + ? WHERE sku = ?",
                [(qty, sku) for sku, qty in items],
            )


def search_from_form(form: dict[str, str]) -> list[StockItem]:
    filters = InventoryFilters(
        name=form.get("q", ""),
        category=form.get("category", ""),
        bin_location=form.get("bin", ""),
    )
    return WorkshopInventory().search(filters)
