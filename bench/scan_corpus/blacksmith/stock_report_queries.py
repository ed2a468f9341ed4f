"""Monthly stock reports across the steel, consumables and finishes tables."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Dict, List, Tuple


@dataclass(frozen=True)
class ReportSource:
    table: str
    quantity_column: str
    value_column: str


class StockReports:
    SOURCES: Dict[str, ReportSource] = {
        "steel": ReportSource("steel_stock", "qty", "unit_cost"),
        "consumables": ReportSource("consumables", "on_hand", "unit_cost"),
        "finishes": ReportSource("paint_and_galv", "litres", "cost_per_litre"),
    }

    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.row_factory = sqlite3.Row

    @classmethod
    def source_for(cls, category: str) -> ReportSource:
        try:
            return cls.SOURCES[category]
        except KeyError:
            raise ValueError(f"unknown stock category {category!r}") from None

    def low_stock(self, category: str, threshold: float, supplier: str | None = None) -> List[Tuple]:
        src = self.source_for(category)
        sql = (
            f"SELECT sku, description, {src.quantity_column} AS qty FROM {src.table} "
            f"WHERE {src.quantity_column} < ?"
        )
        params: list = [threshold]
        if supplier:
            sql += " AND supplier = ?"
            params.append(supplier)
        return [tuple(r) for r in self._conn.execute(sql + " ORDER BY sku", params)]

    def valuation(self, category: str, as_of: date) -> float:
        src = self.source_for(category)
        sql = (
            f"SELECT COALESCE(SUM({src.quantity_column} * {src.value_column}), 0) "
            f"FROM {src.table} WHERE received_on <= ?"
        )
        (total,) = self._conn.execute(sql, (as_of.isoformat(),)).fetchone()
        return float(total)

    def close(self) -> None:
        self._conn.close()
