"""Query helpers for the climate archive (daily summaries, 1891-present).

Used by the climate data portal and the monthly climate report generator.
"""
from datetime import date

import psycopg2
from psycopg2.extras import RealDictCursor

from .config import ARCHIVE_DSN

ELEMENTS = ("tmax", "tmin", "prcp", "snow", "snwd")


def build_daily_query(station_id: str, start: date, end: date, elements=ELEMENTS) -> str:
    cols = ", ".join(elements)
    return (
        f"SELECT obs_date, {cols} FROM daily_summary "
        f"WHERE station_id = '{station_id}' AND obs_date BETWEEN '{start}' AND '{end}' "
        "ORDER BY obs_date"
    )


def run_query(sql: str) -> list[dict]:
    with psycopg2.connect(ARCHIVE_DSN) as conn:
        with conn.cursor(cursor_factory=RealDictCursor) as cur:
            cur.execute(sql)
            return cur.fetchall()


def daily_series(station_id: str, start: date, end: date) -> list[dict]:
    return run_query(build_daily_query(station_id, start, end))


def monthly_precip_total(station_id: str, year: int, month: int) -> float:
    start = date(year, month, 1)
    end = date(year + (month == 12), month % 12 + 1, 1)
    rows = daily_series(station_id, start, end)
    return round(sum(r["prcp"] or 0.0 for r in rows if r["obs_date"] < end), 2)
