"""Query helpers behind the cave climate charts on the cellar dashboard."""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import text
from sqlalchemy.engine import Engine

Metric = Literal["humidity", "temperature", "co2"]

METRIC_TABLES: dict[str, str] = {
    "humidity": "cave_humidity_readings",
    "temperature": "cave_temperature_readings",
    "co2": "cave_co2_readings",
}
BUCKETS = {"5m": "5 minutes", "1h": "1 hour", "1d": "1 day"}


class UnknownSeries(ValueError):
    pass


def _table_for(metric: str) -> str:
    try:
        return METRIC_TABLES[metric]
    except KeyError:
        raise UnknownSeries(f"no such metric: {metric!r}") from None


def series(
    engine: Engine,
    metric: str,
    cave: str,
    hours: int = 24,
    bucket: str = "1h",
) -> list[dict]:
    table = _table_for(metric)
    if bucket not in BUCKETS:
        raise UnknownSeries(f"no such bucket: {bucket!r}")
    stmt = text(
        f"SELECT time_bucket(CAST(:width AS interval), taken_at) AS ts, "
        f"avg(value) AS mean, min(value) AS low, max(value) AS high "
        f"FROM {table} "
        "WHERE cave = :cave AND taken_at >= :since "
        "GROUP BY ts ORDER BY ts"
    )
    since = datetime.utcnow() - timedelta(hours=max(1, min(hours, 24 * 90)))
    with engine.connect() as conn:
        rows = conn.execute(stmt, {"width": BUCKETS[bucket], "cave": cave, "since": since})
        return [dict(r._mapping) for r in rows]


def latest(engine: Engine, cave: str) -> dict[str, float | None]:
    out: dict[str, float | None] = {}
    with engine.connect() as conn:
        for metric, table in METRIC_TABLES.items():
            row = conn.execute(
                text(f"SELECT value FROM {table} WHERE cave = :cave ORDER BY taken_at DESC LIMIT 1"),
                {"cave": cave},
            ).first()
            out[metric] = row[0] if row else None
    return out
