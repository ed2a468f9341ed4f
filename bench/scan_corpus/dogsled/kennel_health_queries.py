"""Reporting queries over the kennel's dog health tables."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine


@dataclass(frozen=True)
class HealthTable:
    name: str
    date_column: str


class HealthReportCatalog:
    tables = {
        "vaccinations": HealthTable("dog_vaccinations", "given_on"),
        "weights": HealthTable("dog_weigh_ins", "weighed_on"),
        "injuries": HealthTable("dog_injuries", "reported_on"),
        "deworming": HealthTable("dog_deworming", "treated_on"),
    }

    @classmethod
    def lookup(cls, report: str) -> HealthTable:
        try:
            return cls.tables[report]
        except KeyError:
            raise ValueError(f"unknown report {report!r}") from None


class KennelHealthQueries:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @staticmethod
    def _statement(table: HealthTable) -> str:
        return (
            f"SELECT * FROM {table.name} "
            f"WHERE dog_chip = :chip AND {table.date_column} BETWEEN :start AND :end "
            f"ORDER BY {table.date_column}"
        )

    def history(self, report: str, chip: str, start: date, end: date) -> list[dict[str, Any]]:
        table = HealthReportCatalog.lookup(report)
        with self._engine.connect() as conn:
            rows = conn.execute(text(self._statement(table)), {"chip": chip, "start": start, "end": end})
            return [dict(r._mapping) for r in rows]


if __name__ == "__main__":
    import os

    q = KennelHealthQueries(create_engine(os.environ["KENNEL_DB_URL"]))
    for row in q.history("weights", "578097801234567", date(2024, 11, 1), date(2025, 1, 31)):
        print(row)
