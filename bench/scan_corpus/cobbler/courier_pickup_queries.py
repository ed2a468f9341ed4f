"""Queries behind the courier dispatch board.

Dispatchers filter pickups by any of a few columns; the column name comes
from the board's filter dropdown and is composed as a SQL identifier.
"""
from datetime import date

import psycopg
from psycopg import sql

from cobbler.config import settings

FILTERABLE = frozenset({"store_code", "courier_company", "status", "service_level"})


def pickups_filtered(column: str, value: str, day: date) -> list[tuple]:
    if column not in FILTERABLE:
        raise ValueError(f"cannot filter on {column}")
    query = sql.SQL(
        "SELECT id, store_code, courier_company, parcel_count, window_start, status"
        " FROM courier_pickups WHERE {col} = %s AND pickup_date = %s ORDER BY window_start"
    ).format(col=sql.Identifier(column))
    with psycopg.connect(settings.DATABASE_DSN) as conn:
        return conn.execute(query, (value, day)).fetchall()


def late_pickups(store_codes: list[str], day: date) -> list[tuple]:
    query = sql.SQL(
        "SELECT id, store_code, window_end FROM courier_pickups"
        " WHERE store_code = ANY(%s) AND pickup_date = %s"
        " AND collected_at IS NULL AND window_end < now()"
    )
    with psycopg.connect(settings.DATABASE_DSN) as conn:
        return conn.execute(query, (store_codes, day)).fetchall()


def mark_collected(pickup_id: int, driver_ref: str) -> None:
    with psycopg.connect(settings.DATABASE_DSN) as conn:
        conn.execute(
            "UPDATE courier_pickups SET collected_at = now(), driver_ref = %s WHERE id = %s",
            (driver_ref, pickup_id),
        )
