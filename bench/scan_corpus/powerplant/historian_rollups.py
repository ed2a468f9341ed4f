"""Hourly/daily roll-ups of historian tags for the monthly generation report."""

from datetime import datetime

import psycopg2
from psycopg2 import sql

from reporting.config import settings

ROLLUP_TABLES = {
    "hour": "hist.rollup_hourly",
    "day": "hist.rollup_daily",
}


def _connect():
    return psycopg2.connect(settings.HISTORIAN_PG_DSN, connect_timeout=10)


def rollup_query(granularity: str) -> sql.Composed:
    try:
        schema, table = ROLLUP_TABLES[granularity].split(".")
    except KeyError:
        raise ValueError(f"unsupported granularity: {granularity}") from None
    return sql.SQL(
        "SELECT bucket, avg_value, min_value, max_value FROM {} "
        "WHERE tag = %s AND bucket >= %s AND bucket < %s ORDER BY bucket"
    ).format(sql.Identifier(schema, table))


def fetch_rollups(tag: str, start: datetime, end: datetime, granularity: str = "hour"):
    query = rollup_query(granularity)
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(query, (tag, start, end))
        return cur.fetchall()


def net_generation_mwh(unit_tag: str, start: datetime, end: datetime) -> float:
    rows = fetch_rollups(unit_tag, start, end, granularity="hour")
    return round(sum(r[1] for r in rows if r[1] is not None), 3)
