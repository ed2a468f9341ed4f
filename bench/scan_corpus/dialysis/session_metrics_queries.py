"""Aggregate queries over per-clinic treatment metric tables.

Each adequacy metric lives in its own rollup table populated by the
nightly ETL. The quality dashboard asks for one metric at a time by its
short name.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

import psycopg


METRIC_TABLES = MappingProxyType(
    {
        "ktv": "rollup_ktv_weekly",
        "urr": "rollup_urr_weekly",
        "idwg": "rollup_idwg_weekly",
        "missed": "rollup_missed_sessions_weekly",
    }
)


@dataclass
class MetricQuery:
    metric: str
    clinic_id: int
    since: date

    def table(self) -> str:
        try:
            return METRIC_TABLES[self.metric]
        except KeyError:
            raise ValueError(f"unknown metric {self.metric!r}") from None


class MetricRepository:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def weekly_series(self, q: MetricQuery) -> list[tuple[date, float]]:
        sql = (
            f"SELECT week_start, value FROM {q.table()} "
            "WHERE clinic_id = %(clinic)s AND week_start >= %(since)s "
            "ORDER BY week_start"
        )
        with psycopg.connect(self._dsn) as conn, conn.cursor() as cur:
            cur.execute(sql, {"clinic": q.clinic_id, "since": q.since})
            return [(row[0], float(row[1])) for row in cur.fetchall()]

    def network_average(self, metric: str, since: date) -> float | None:
        table = MetricQuery(metric, 0, since).table()
        with psycopg.connect(self._dsn) as conn, conn.cursor() as cur:
            cur.execute(
                f"SELECT avg(value) FROM {table} WHERE week_start >= %s", (since,)
            )
            value = cur.fetchone()[0]
        return None if value is None else float(value)
