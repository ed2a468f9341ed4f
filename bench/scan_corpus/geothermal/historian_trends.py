"""Trend queries against the plant historian's SQL interface.

Used by the trend viewer in the ops web app: the viewer passes a list of tag
names from its query string plus a time window and gets back averaged values
per bucket.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pyodbc

from geo_common.settings import settings

BUCKETS = {"1m": 60, "10m": 600, "1h": 3600}


@dataclass
class TrendPoint:
    tag: str
    bucket_start: datetime
    avg_value: float


def _connect() -> pyodbc.Connection:
    return pyodbc.connect(settings.HISTORIAN_ODBC_DSN, timeout=10, readonly=True)


def _trend_sql(tags: list[str], start: datetime, end: datetime, bucket_s: int) -> str:
    tag_list = ", ".join(f"'{t}'" for t in tags)
    return (
        "SELECT tag, DATEADD(second, (DATEDIFF(second, '2000-01-01', ts) / {b}) * {b}, '2000-01-01') AS bucket, "
        "AVG(value) FROM archive "
        "WHERE tag IN ({tags}) AND ts >= '{start}' AND ts < '{end}' AND quality = 192 "
        "GROUP BY tag, DATEADD(second, (DATEDIFF(second, '2000-01-01', ts) / {b}) * {b}, '2000-01-01') "
        "ORDER BY tag, bucket"
    ).format(b=bucket_s, tags=tag_list, start=start.isoformat(sep=" "), end=end.isoformat(sep=" "))


def fetch_trend(tags: list[str], start: datetime, end: datetime, resolution: str = "10m") -> list[TrendPoint]:
    if not tags:
        return []
    bucket_s = BUCKETS.get(resolution, 600)
    query = _trend_sql(tags, start, end, bucket_s)
    with _connect() as conn:
        cursor = conn.cursor()
        cursor.execute(query)
        return [TrendPoint(row[0], row[1], float(row[2])) for row in cursor.fetchall()]
