"""Reads production KPIs per paper machine for the mill management dashboard."""
from __future__ import annotations

from datetime import date
from typing import Literal

import psycopg
from psycopg import sql

Metric = Literal["tonnes", "breaks", "downtime_min", "oee"]


class KpiRepository:
    METRIC_COLUMNS = {
        "tonnes": "net_tonnes",
        "breaks": "sheet_breaks",
        "downtime_min": "downtime_minutes",
        "oee": "oee_pct",
    }
    TABLE = "pm_daily_kpi"

    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    @classmethod
    def _column(cls, metric: str) -> str:
        try:
            return cls.METRIC_COLUMNS[metric]
        except KeyError:
            raise ValueError(f"unknown metric {metric!r}") from None

    def _statement(self, metric: str) -> sql.Composed:
        return sql.SQL(
            "SELECT production_day, {col} FROM {table} "
            "WHERE machine = %s AND production_day BETWEEN %s AND %s ORDER BY production_day"
        ).format(col=sql.Identifier(self._column(metric)), table=sql.Identifier(self.TABLE))

    def series(self, machine: str, metric: str, start: date, end: date) -> list[tuple[date, float]]:
        stmt = self._statement(metric)
        with psycopg.connect(self._dsn) as conn, conn.cursor() as cur:
            cur.execute(stmt, (machine, start, end))
            return [(row[0], float(row[1])) for row in cur.fetchall()]

    def summary(self, machine: str, start: date, end: date) -> dict[str, float]:
        return {
            metric: sum(v for _, v in self.series(machine, metric, start, end))
            for metric in ("tonnes", "breaks", "downtime_min")
        }
