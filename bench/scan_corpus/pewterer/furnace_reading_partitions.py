"""Reads from the month-partitioned furnace readings tables."""
from datetime import date

import psycopg
from psycopg import sql

from pewterer.settings import DATABASE_DSN

PARTITION_PREFIX = "furnace_readings_"


def partition_name(day: date) -> str:
    return f"{PARTITION_PREFIX}{day:%Y_%m}"


def peak_temperatures(furnace_id: str, day: date) -> list[tuple]:
    table = partition_name(day)
    query = sql.SQL(
        "SELECT date_trunc('hour', taken_at) AS hour, max(celsius) "
        "FROM {table} WHERE furnace_id = %s AND taken_at::date = %s "
        "GROUP BY 1 ORDER BY 1"
    ).format(table=sql.Identifier(table))
    with psycopg.connect(DATABASE_DSN) as conn:
        return conn.execute(query, (furnace_id, day)).fetchall()


def melt_cycles(furnace_id: str, start: date, end: date, threshold: float = 232.0) -> int:
    total = 0
    month = date(start.year, start.month, 1)
    while month <= end:
        query = sql.SQL(
            "SELECT count(*) FROM {table} "
            "WHERE furnace_id = %s AND celsius >= %s AND taken_at::date BETWEEN %s AND %s"
        ).format(table=sql.Identifier(partition_name(month)))
        with psycopg.connect(DATABASE_DSN) as conn:
            total += conn.execute(query, (furnace_id, threshold, start, end)).fetchone()[0]
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return total
