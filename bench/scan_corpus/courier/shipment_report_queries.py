"""Queries behind the shipper dashboard's shipment report table."""
from __future__ import annotations

from datetime import date

from psycopg2 import sql

SORTABLE = {
    "created": "created_at",
    "delivered": "delivered_at",
    "status": "status",
    "postcode": "recipient_postcode",
}
PAGE_SIZE = 100


def build_report_query(sort_key: str, descending: bool) -> sql.Composed:
    column = SORTABLE.get(sort_key, "created_at")
    direction = sql.SQL("DESC") if descending else sql.SQL("ASC")
    return sql.SQL(
        "SELECT tracking_number, status, recipient_postcode, created_at, delivered_at "
        "FROM shipments "
        "WHERE shipper_id = %(shipper_id)s AND created_at >= %(since)s AND created_at < %(until)s "
        "AND (%(status)s IS NULL OR status = %(status)s) "
        "ORDER BY {column} {direction} LIMIT %(limit)s OFFSET %(offset)s"
    ).format(column=sql.Identifier(column), direction=direction)


def fetch_report(conn, shipper_id: int, since: date, until: date, *, status: str | None = None,
                 sort_key: str = "created", descending: bool = True, page: int = 0) -> list[tuple]:
    query = build_report_query(sort_key, descending)
    params = {
        "shipper_id": shipper_id,
        "since": since,
        "until": until,
        "status": status,
        "limit": PAGE_SIZE,
        "offset": max(page, 0) * PAGE_SIZE,
    }
    with conn.cursor() as cur:
        cur.execute(query, params)
        return cur.fetchall()
