"""Reads machine telemetry from monthly partitions for the maintenance dashboard."""
from datetime import datetime

import psycopg
from psycopg import sql
from psycopg.rows import dict_row

from ropewalker.config import settings

METRICS = ("spindle_rpm", "tension_n", "motor_temp_c", "haul_off_speed_m_min")


def partition_name(when: datetime) -> str:
    return f"telemetry_{when:%Y_%m}"


def build_query(partition: str, metric: str) -> sql.Composed:
    if metric not in METRICS:
        raise ValueError(f"unsupported metric {metric!r}")
    return sql.SQL(
        "SELECT recorded_at, {metric} AS value FROM {table} "
        "WHERE machine_id = %s AND recorded_at BETWEEN %s AND %s ORDER BY recorded_at"
    ).format(metric=sql.Identifier(metric), table=sql.Identifier("telemetry", partition))


class TelemetryReader:
    def __init__(self, dsn: str = settings.TELEMETRY_DB_DSN):
        self.dsn = dsn

    async def series(self, machine_id: int, metric: str, start: datetime, end: datetime):
        query = build_query(partition_name(start), metric)
        async with await psycopg.AsyncConnection.connect(self.dsn, row_factory=dict_row) as conn:
            cursor = await conn.execute(query, (machine_id, start, end))
            return await cursor.fetchall()

    async def latest(self, machine_id: int) -> dict | None:
        async with await psycopg.AsyncConnection.connect(self.dsn, row_factory=dict_row) as conn:
            cursor = await conn.execute(
                "SELECT * FROM telemetry.latest_readings WHERE machine_id = %s",
                (machine_id,),
            )
            return await cursor.fetchone()
