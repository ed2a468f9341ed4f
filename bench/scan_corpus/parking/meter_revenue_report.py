"""Meter revenue roll-ups for the finance dashboard."""
import datetime as dt

import psycopg
from psycopg import sql

GROUPINGS = {
    "zone": "zone_code",
    "meter": "meter_id",
    "district": "council_district",
}


def revenue_query(group_by: str) -> sql.Composed:
    try:
        column = GROUPINGS[group_by]
    except KeyError:
        raise ValueError(f"unsupported grouping: {group_by!r}") from None
    return sql.SQL(
        "SELECT {col} AS bucket, SUM(amount_cents) AS cents, COUNT(*) AS txns "
        "FROM meter_payments WHERE paid_at >= %s AND paid_at < %s "
        "GROUP BY {col} ORDER BY cents DESC"
    ).format(col=sql.Identifier(column))


def revenue_by(conn: psycopg.Connection, group_by: str, start: dt.date, end: dt.date) -> list[tuple]:
    query = revenue_query(group_by)
    with conn.cursor() as cur:
        cur.execute(query, (start, end))
        return cur.fetchall()
