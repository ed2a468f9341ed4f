"""Repository for station history records in the climate archive."""
from datetime import date

import psycopg2
from psycopg2.extras import RealDictCursor

from .config import ARCHIVE_DSN

ELEMENT_COLUMNS = {
    "tmax": "tmax_c",
    "tmin": "tmin_c",
    "prcp": "prcp_mm",
    "snow": "snow_mm",
}


def build_history_query(station_ids: list[str], elements: list[str]) -> str:
    cols = ", ".join(ELEMENT_COLUMNS[e] for e in elements)
    placeholders = ", ".join(["%s"] * len(station_ids))
    return (
        f"SELECT station_id, obs_date, {cols} FROM daily_summary "
        f"WHERE station_id IN ({placeholders}) AND obs_date BETWEEN %s AND %s "
        "ORDER BY station_id, obs_date"
    )


def fetch_history(station_ids: list[str], start: date, end: date, elements=("tmax", "tmin")) -> list[dict]:
    if not station_ids:
        return []
    unknown = set(elements) - ELEMENT_COLUMNS.keys()
    if unknown:
        raise ValueError(f"unknown elements: {sorted(unknown)}")
    sql = build_history_query(station_ids, list(elements))
    with psycopg2.connect(ARCHIVE_DSN) as conn:
        with conn.cursor(cursor_factory=RealDictCursor) as cur:
            cur.execute(sql, [*station_ids, start, end])
            return cur.fetchall()
