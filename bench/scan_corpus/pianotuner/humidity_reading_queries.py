"""Queries over per-region humidity reading partitions for the care-plan dashboard."""
from dataclasses import dataclass
from datetime import datetime
from typing import List

import psycopg
from psycopg import sql

from pianotuner.settings import TELEMETRY_DSN

REGION_PARTITIONS = {
    "north": "humidity_readings_north",
    "south": "humidity_readings_south",
    "coastal": "humidity_readings_coastal",
}


@dataclass
class DailyHumidity:
    day: datetime
    min_rh: float
    max_rh: float
    avg_rh: float


class HumidityQueries:
    def __init__(self, dsn: str = TELEMETRY_DSN):
        self.dsn = dsn

    def _table(self, region: str) -> sql.Identifier:
        try:
            return sql.Identifier(REGION_PARTITIONS[region])
        except KeyError:
            raise ValueError(f"unknown region {region!r}")

    def daily_summary(self, region: str, piano_id: int, since: datetime) -> List[DailyHumidity]:
        query = sql.SQL(
            "SELECT date_trunc('day', taken_at) AS day, min(relative_humidity), "
            "max(relative_humidity), avg(relative_humidity) FROM {table} "
            "WHERE piano_id = %s AND taken_at >= %s GROUP BY 1 ORDER BY 1"
        ).format(table=self._table(region))
        with psycopg.connect(self.dsn) as conn, conn.cursor() as cur:
            cur.execute(query, (piano_id, since))
            return [DailyHumidity(*row) for row in cur.fetchall()]

    def out_of_range(self, region: str, low: float, high: float) -> List[int]:
        query = sql.SQL(
            "SELECT DISTINCT piano_id FROM {table} "
            "WHERE taken_at > now() - interval '2 days' "
            "AND (relative_humidity < %s OR relative_humidity > %s)"
        ).format(table=self._table(region))
        with psycopg.connect(self.dsn) as conn, conn.cursor() as cur:
            cur.execute(query, (low, high))
            return [row[0] for row in cur.fetchall()]
