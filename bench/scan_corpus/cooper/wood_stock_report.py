"""Seasoning yard stock report for stave wood.

Lists stave lots in the seasoning yard by origin forest, grain and months
seasoned, so the yard manager can choose which lots to send to the raising
floor. The report can be sorted by several columns.
"""
from enum import Enum

import psycopg
from psycopg.rows import dict_row

SORTABLE_COLUMNS = {
    "forest": "l.origin_forest",
    "grain": "l.grain_rating",
    "seasoned": "l.months_seasoned",
    "volume": "l.stave_count",
    "received": "l.received_on",
}


class Direction(str, Enum):
    ASC = "ASC"
    DESC = "DESC"


def _order_by(sort_key: str, direction: str) -> str:
    column = SORTABLE_COLUMNS.get(sort_key, SORTABLE_COLUMNS["received"])
    try:
        dir_sql = Direction(direction.upper()).value
    except ValueError:
        dir_sql = Direction.ASC.value
    return f"{column} {dir_sql}"


def stock_report(
    conn: psycopg.Connection,
    species: str,
    min_months: int = 0,
    sort_key: str = "received",
    direction: str = "ASC",
) -> list[dict]:
    query = (
        "SELECT l.lot_code, l.origin_forest, l.grain_rating, l.months_seasoned, "
        "l.stave_count, l.received_on FROM stave_lots l "
        "WHERE l.species = %(species)s AND l.months_seasoned >= %(min_months)s "
        f"ORDER BY {_order_by(sort_key, direction)}"
    )
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(query, {"species": species, "min_months": min_months})
        return cur.fetchall()


def ready_for_raising(conn: psycopg.Connection, species: str) -> list[dict]:
    return [
        lot
        for lot in stock_report(conn, species, min_months=24, sort_key="seasoned", direction="desc")
        if lot["grain_rating"] >= 3
    ]
