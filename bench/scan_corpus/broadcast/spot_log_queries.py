"""Query helpers for the spot log (which commercials aired where and when)."""
from __future__ import annotations

from datetime import datetime

import psycopg2
from psycopg2 import sql

SORTABLE = {
    "aired": "aired_at",
    "advertiser": "advertiser_name",
    "duration": "duration_ms",
}


def spots_for_breaks(conn, break_ids: list[str]) -> list[tuple]:
    if not break_ids:
        return []
    placeholders = ", ".join(["%s"] * len(break_ids))
    query = (
        "SELECT break_id, position, cart, advertiser_name, duration_ms "
        f"FROM spot_log WHERE break_id IN ({placeholders}) ORDER BY break_id, position"
    )
    with conn.cursor() as cur:
        cur.execute(query, break_ids)
        return cur.fetchall()


def search_spots(conn, channel: str, since: datetime, until: datetime,
                 advertiser: str | None = None, order_by: str = "aired") -> list[tuple]:
    column = SORTABLE.get(order_by)
    if column is None:
        raise ValueError(f"cannot sort by {order_by!r}")
    filters = [sql.SQL("channel = %s"), sql.SQL("aired_at >= %s"), sql.SQL("aired_at < %s")]
    params: list = [channel, since, until]
    if advertiser:
        filters.append(sql.SQL("advertiser_name ILIKE %s"))
        params.append(f"%{advertiser}%")
    query = sql.SQL("SELECT spot_id, cart, advertiser_name, aired_at, duration_ms "
                    "FROM spot_log WHERE {where} ORDER BY {col}").format(
        where=sql.SQL(" AND ").join(filters),
        col=sql.Identifier(column),
    )
    with conn.cursor() as cur:
        cur.execute(query, params)
        return cur.fetchall()


def connect(dsn: str):
    return psycopg2.connect(dsn, application_name="spot-log-queries")
