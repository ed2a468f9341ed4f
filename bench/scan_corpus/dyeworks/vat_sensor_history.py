"""Historical vat sensor data for the process engineers' trend charts.

Readings are rolled up into per-minute, per-hour and per-day tables by the
historian job; the chart picks a resolution depending on the zoom level.
"""
import sqlite3
from datetime import datetime
from enum import Enum
from typing import List, Tuple

HISTORIAN_DB = "/var/lib/historian/vats.sqlite"


class Resolution(Enum):
    MINUTE = "vat_readings_1m"
    HOUR = "vat_readings_1h"
    DAY = "vat_readings_1d"


METRICS = {
    "temperature": "temp_c",
    "ph": "ph",
    "conductivity": "cond_ms",
    "level": "level_pct",
}


def pick_resolution(start: datetime, end: datetime) -> Resolution:
    span = (end - start).total_seconds()
    if span <= 6 * 3600:
        return Resolution.MINUTE
    if span <= 14 * 86400:
        return Resolution.HOUR
    return Resolution.DAY


def series(vat_id: str, metric: str, start: datetime, end: datetime) -> List[Tuple[str, float]]:
    column = METRICS.get(metric)
    if column is None:
        raise ValueError(f"unknown metric {metric!r}")
    table = pick_resolution(start, end).value
    sql = (
        f"SELECT bucket, {column} FROM {table} "
        "WHERE vat_id = ? AND bucket BETWEEN ? AND ? ORDER BY bucket"
    )
    with sqlite3.connect(HISTORIAN_DB) as conn:
        return conn.execute(sql, (vat_id, start.isoformat(), end.isoformat())).fetchall()


def chart_payload(args: dict) -> dict:
    start = datetime.fromisoformat(args["from"])
    end = datetime.fromisoformat(args["to"])
    points = series(args["vat"], args.get("metric", "temperature"), start, end)
    return {
        "vat": args["vat"],
        "metric": args.get("metric", "temperature"),
        "points": [{"t": t, "v": v} for t, v in points],
    }
