"""Month-end stock reports for sheet glass, came and solder."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine


@dataclass(frozen=True)
class ReportSource:
    table: str
    qty_column: str


class StockReport:
    sources = {
        "glass": ReportSource("glass_sheets", "sheets_on_hand"),
        "came": ReportSource("lead_came", "metres_on_hand"),
        "solder": ReportSource("solder_reels", "reels_on_hand"),
    }

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def _source(cls, material: str) -> ReportSource:
        try:
            return cls.sources[material]
        except KeyError:
            raise ValueError(f"unknown material {material!r}") from None

    def _statement(self, material: str):
        src = self._source(material)
        return text(
            f"SELECT sku, {src.qty_column} AS qty, updated_at FROM {src.table} "
            "WHERE updated_at >= :since AND maker = :maker ORDER BY sku"
        )

    def rows(self, material: str, maker: str, since: date) -> list[dict]:
        with self.engine.connect() as conn:
            result = conn.execute(self._statement(material), {"since": since, "maker": maker})
            return [dict(r._mapping) for r in result]

    def low_stock(self, material: str, maker: str, since: date, threshold: int) -> list[str]:
        return [r["sku"] for r in self.rows(material, maker, since) if r["qty"] < threshold]


if __name__ == "__main__":
    import os
    import sys

    report = StockReport(create_engine(os.environ["STOCK_DB_URL"]))
    material, maker = sys.argv[1], sys.argv[2]
    for sku in report.low_stock(material, maker, date.today().replace(day=1), threshold=3):
        print(sku)
