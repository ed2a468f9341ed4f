"""Reporting queries over repair returns, split by the product line that came back."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from typing import Dict, List, Tuple


@dataclass(frozen=True)
class ReturnTables:
    mapping: Dict[str, str]

    def table_for(self, product_line: str) -> str:
        try:
            return self.mapping[product_line]
        except KeyError as exc:
            raise ValueError(f"unknown product line {product_line!r}") from exc


DEFAULT_TABLES = ReturnTables(
    {
        "wine": "returns_wine_barrels",
        "spirits": "returns_spirit_casks",
        "puncheon": "returns_puncheons",
    }
)


class ReturnReports:
    def __init__(self, db_path: str, tables: ReturnTables = DEFAULT_TABLES) -> None:
        self.db_path = db_path
        self.tables = tables

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.db_path)
        conn.row_factory = sqlite3.Row
        return conn

    def leaks_by_customer(self, product_line: str, since: date, customer: str) -> List[Tuple[str, int]]:
        table = self.tables.table_for(product_line)
        sql = (
            f"SELECT barrel_serial, COUNT(*) AS n FROM {table} "
            "WHERE reason = 'leak' AND received_on >= ? AND customer_name = ? "
            "GROUP BY barrel_serial ORDER BY n DESC"
        )
        with closing(self._connect()) as conn:
            rows = conn.execute(sql, (since.isoformat(), customer)).fetchall()
        return [(row["barrel_serial"], row["n"]) for row in rows]

    def open_count(self, product_line: str) -> int:
        table = self.tables.table_for(product_line)
        with closing(self._connect()) as conn:
            row = conn.execute(f"SELECT COUNT(*) FROM {table} WHERE closed_on IS NULL").fetchone()
        return int(row[0])
