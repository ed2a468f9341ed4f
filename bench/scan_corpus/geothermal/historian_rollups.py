"""Nightly rollups of historian data into the reporting schema (Postgres/Timescale)."""
from __future__ import annotations

from datetime import date, timedelta

import psycopg
from psycopg import sql

ROLLUP_TABLES = {
    "hourly": ("rollup_hourly", "1 hour"),
    "daily": ("rollup_daily", "1 day"),
}


def _rollup_statement(table: str) -> sql.Composed:
    return sql.SQL(
        "INSERT INTO reporting.{table} (site, tag, bucket, avg_value, min_value, max_value) "
        "SELECT site, tag, time_bucket(%(width)s::interval, ts), avg(value), min(value), max(value) "
        "FROM historian.samples "
        "WHERE site = %(site)s AND ts >= %(start)s AND ts < %(end)s "
        "GROUP BY 1, 2, 3 "
        "ON CONFLICT (site, tag, bucket) DO UPDATE SET avg_value = EXCLUDED.avg_value, "
        "min_value = EXCLUDED.min_value, max_value = EXCLUDED.max_value"
    ).format(table=sql.Identifier(table))


def run_rollup(conn: psycopg.Connection, site: str, day: date, granularity: str = "hourly") -> int:
    try:
        table, width = ROLLUP_TABLES[granularity]
    except KeyError:
        raise ValueError(f"unknown granularity {granularity!r}") from None
    params = {"width": width, "site": site, "start": day, "end": day + timedelta(days=1)}
    with conn.cursor() as cur:
        cur.execute(_rollup_statement(table), params)
        inserted = cur.rowcount
    conn.commit()
    return inserted
