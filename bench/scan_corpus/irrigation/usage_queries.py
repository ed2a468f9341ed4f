"""Queries behind the water-use dashboard's sortable parcel table."""

from __future__ import annotations

from datetime import date

from psycopg2 import sql

SORTABLE_COLUMNS = {
    "parcel": "parcel_id",
    "used": "used_m3",
    "allocation": "allocation_m3",
    "last_reading": "last_reading_at",
}


def _usage_statement(sort_key: str, descending: bool) -> sql.Composed:
    column = SORTABLE_COLUMNS.get(sort_key, "parcel_id")
    direction = sql.SQL("DESC") if descending else sql.SQL("ASC")
    return sql.SQL(
        "SELECT parcel_id, used_m3, allocation_m3, last_reading_at "
        "FROM parcel_usage_summary "
        "WHERE farm_id = %s AND period_start >= %s AND period_end <= %s "
        "ORDER BY {column} {direction} "
        "LIMIT %s OFFSET %s"
    ).format(column=sql.Identifier(column), direction=direction)


def parcel_usage(conn, farm_id: int, start: date, end: date, *, sort_key: str = "parcel",
                 descending: bool = False, page: int = 1, page_size: int = 50) -> list[tuple]:
    page_size = max(1, min(page_size, 200))
    offset = (max(page, 1) - 1) * page_size
    stmt = _usage_statement(sort_key, descending)
    with conn.cursor() as cur:
        cur.execute(stmt, (farm_id, start, end, page_size, offset))
        return cur.fetchall()
