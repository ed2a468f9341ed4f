"""Query helpers for lab sample results, split into one table per sample matrix."""
from __future__ import annotations

from datetime import date
from enum import Enum

import psycopg
from psycopg.rows import dict_row


class Matrix(str, Enum):
    INFLUENT = "influent"
    FINAL_EFFLUENT = "final_effluent"
    SLUDGE_CAKE = "sludge_cake"
    TRADE_EFFLUENT = "trade_effluent"


RESULT_TABLES: dict[Matrix, str] = {
    Matrix.INFLUENT: "lab_results_influent",
    Matrix.FINAL_EFFLUENT: "lab_results_final_effluent",
    Matrix.SLUDGE_CAKE: "lab_results_sludge_cake",
    Matrix.TRADE_EFFLUENT: "lab_results_trade_effluent",
}


class SampleResults:
    def __init__(self, dsn: str) -> None:
        self.dsn = dsn

    def _table(self, matrix: str) -> str:
        return RESULT_TABLES[Matrix(matrix)]

    def results_between(
        self, matrix: str, sampling_point: str, start: date, end: date, determinand: str | None = None
    ) -> list[dict]:
        table = self._table(matrix)
        sql = (
            f"SELECT sample_id, sampling_point, determinand, value, unit, sampled_at "
            f"FROM {table} WHERE sampling_point = %s AND sampled_at BETWEEN %s AND %s"
        )
        params: list = [sampling_point, start, end]
        if determinand:
            sql += " AND determinand = %s"
            params.append(determinand)
        sql += " ORDER BY sampled_at"
        with psycopg.connect(self.dsn, row_factory=dict_row) as conn:
            return conn.execute(sql, params).fetchall()

    def exceedances(self, matrix: str, determinand: str, limit_value: float) -> list[dict]:
        table = self._table(matrix)
        with psycopg.connect(self.dsn, row_factory=dict_row) as conn:
            return conn.execute(
                f"SELECT sample_id, sampling_point, value, sampled_at FROM {table} "
                "WHERE determinand = %s AND value > %s ORDER BY value DESC",
                (determinand, limit_value),
            ).fetchall()
