"""Read furnace telemetry from the per-furnace history tables.

Each furnace writes to its own partitioned table (``telemetry_f1`` ...)
because the historians were commissioned at different times.  Reports ask
for a furnace, a tag and a time range.
"""
from __future__ import annotations

import os
from datetime import datetime
from typing import Mapping

from sqlalchemy import create_engine, text

engine = create_engine(os.environ["FURNACE_HISTORY_DB_URL"], pool_pre_ping=True)

TELEMETRY_TABLES: Mapping[str, str] = {
    "F1": "telemetry_f1",
    "F2": "telemetry_f2",
    "F3": "telemetry_f3_oxyfuel",
}

AGGREGATES: Mapping[str, str] = {
    "avg": "AVG(value)",
    "max": "MAX(value)",
    "min": "MIN(value)",
}


def _table_for(furnace: str) -> str:
    try:
        return TELEMETRY_TABLES[furnace.upper()]
    except KeyError:
        raise ValueError(f"unknown furnace {furnace!r}") from None


def hourly_series(
    furnace: str,
    tag: str,
    start: datetime,
    end: datetime,
    aggregate: str = "avg",
) -> list[tuple[datetime, float]]:
    table = _table_for(furnace)
    expr = AGGREGATES.get(aggregate)
    if expr is None:
        raise ValueError(f"unsupported aggregate {aggregate!r}")
    sql = text(
        f"SELECT date_trunc('hour', ts) AS hour, {expr} AS value "
        f"FROM {table} "
        "WHERE tag = :tag AND ts >= :start AND ts < :end "
        "GROUP BY 1 ORDER BY 1"
    )
    with engine.connect() as conn:
        rows = conn.execute(sql, {"tag": tag, "start": start, "end": end}).all()
    return [(row.hour, float(row.value)) for row in rows]


def crown_temperature_report(furnace: str, start: datetime, end: datetime) -> dict:
    series = hourly_series(furnace, "CROWN_TEMP_PYRO_1", start, end, "max")
    peak = max((v for _, v in series), default=None)
    return {"furnace": furnace, "points": len(series), "peak_c": peak}
