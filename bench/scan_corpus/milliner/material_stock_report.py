"""Stock level reports for felt, straw, sinamay and trims held in the workshop."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

STOCK_TABLES = {
    "felt": "stock_felt_hoods",
    "straw": "stock_straw_braids",
    "sinamay": "stock_sinamay_rolls",
    "trim": "stock_trims",
}


@dataclass
class StockLine:
    sku: str
    description: str
    colour: str
    on_hand: int
    reorder_level: int

    @property
    def needs_reorder(self) -> bool:
        return self.on_hand <= self.reorder_level


class StockReport:
    columns = "sku, description, colour, on_hand, reorder_level"

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    @staticmethod
    def table_for(material: str) -> str:
        try:
            return STOCK_TABLES[material]
        except KeyError:
            raise ValueError(f"unknown material {material!r}") from None

    def lines(self, material: str, colour: str | None = None) -> list[StockLine]:
        table = self.table_for(material)
        sql = f"SELECT {self.columns} FROM {table} WHERE (:colour IS NULL OR colour = :colour) ORDER BY sku"
        rows = self.conn.execute(sql, {"colour": colour}).fetchall()
        return [StockLine(*row) for row in rows]

    def reorder_list(self) -> dict[str, list[StockLine]]:
        return {
            material: [line for line in self.lines(material) if line.needs_reorder]
            for material in STOCK_TABLES
        }


def print_reorder_list(db_path: str) -> None:
    with sqlite3.connect(db_path) as conn:
        for material, lines in StockReport(conn).reorder_list().items():
            for line in lines:
                print(f"{material:8} {line.sku:14} {line.colour:12} {line.on_hand:>4}/{line.reorder_level}")
