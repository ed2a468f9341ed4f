"""Builds stock reports over the separate workshop tables (fabric, timber, puppet parts)."""
from __future__ import annotations

from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine


class StockTables:
    by_department = {
        "textiles": "stock_fabric",
        "carpentry": "stock_timber",
        "puppetry": "stock_puppet_parts",
        "paint": "stock_paint",
    }

    @classmethod
    def table_for(cls, department: str) -> str:
        try:
            return cls.by_department[department]
        except KeyError:
            raise ValueError(f"Unknown department: {department}") from None


class StockReport:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @staticmethod
    def _query(table: str) -> Any:
        return text(
            f"SELECT sku, description, quantity, unit FROM {table} "
            "WHERE quantity <= :threshold AND supplier LIKE :supplier ORDER BY quantity"
        )

    def below_threshold(self, department: str, threshold: int, supplier: str = "") -> list[dict]:
        table = StockTables.table_for(department)
        with self._engine.connect() as conn:
            rows = conn.execute(
                self._query(table),
                {"threshold": threshold, "supplier": f"%{supplier}%"},
            )
            return [dict(row._mapping) for row in rows]

    def department_totals(self) -> dict[str, int]:
        totals: dict[str, int] = {}
        with self._engine.connect() as conn:
            for department, table in StockTables.by_department.items():
                count = conn.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one()
                totals[department] = int(count)
        return totals


if __name__ == "__main__":
    report = StockReport(create_engine("postgresql+psycopg://workshop@db/workshop"))
    print(report.below_threshold("textiles", 3, supplier="Whaleys"))
