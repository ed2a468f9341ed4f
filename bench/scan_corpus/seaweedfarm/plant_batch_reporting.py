"""Reporting queries over processing-plant batch tables.

Each processing line writes into its own table (drying, milling,
extraction); the QA report picks the table by line code.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Engine


class LineTables:
    mapping = {
        "DRY": "batch_drying",
        "MIL": "batch_milling",
        "EXT": "batch_extraction",
    }

    @classmethod
    def table_for(cls, line_code: str) -> str:
        try:
            return cls.mapping[line_code.upper()]
        except KeyError:
            raise ValueError(f"unknown processing line {line_code!r}") from None


class BatchReportQueries:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @staticmethod
    def _summary_sql(table: str) -> str:
        return (
            f"SELECT batch_no, started_at, input_wet_kg, output_dry_kg, operator "
            f"FROM {table} WHERE started_at >= :since AND started_at < :until ORDER BY started_at"
        )

    def batches(self, line_code: str, since: date, until: date) -> list[dict[str, Any]]:
        table = LineTables.table_for(line_code)
        stmt = text(self._summary_sql(table))
        with self._engine.connect() as conn:
            rows = conn.execute(stmt, {"since": since, "until": until})
            return [dict(r._mapping) for r in rows]

    def yield_ratio(self, line_code: str, since: date, until: date) -> float:
        rows = self.batches(line_code, since, until)
        wet = sum(r["input_wet_kg"] for r in rows)
        dry = sum(r["output_dry_kg"] for r in rows)
        return round(dry / wet, 4) if wet else 0.0

    def batch_operator(self, line_code: str, batch_no: str) -> str | None:
        table = LineTables.table_for(line_code)
        stmt = text(f"SELECT operator FROM {table} WHERE batch_no = :batch_no")
        with self._engine.connect() as conn:
            return conn.execute(stmt, {"batch_no": batch_no}).scalar_one_or_none()
