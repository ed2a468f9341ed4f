"""Weekly order volume report per supermarket trading partner.

Order lines are stored in per-channel tables (retail, wholesale, foodservice);
the report picks the table from the requested channel.
"""
from __future__ import annotations

import os
from datetime import date

import psycopg2
from psycopg2 import sql

CHANNEL_TABLES = {
    "retail": "edi_order_lines_retail",
    "wholesale": "edi_order_lines_wholesale",
    "foodservice": "edi_order_lines_foodservice",
}


def _connect():
    return psycopg2.connect(os.environ["ORDERS_DSN"])


def _volume_query(channel: str) -> sql.Composed:
    table = CHANNEL_TABLES.get(channel)
    if table is None:
        raise ValueError(f"unknown channel {channel!r}")
    return sql.SQL(
        "SELECT partner_gln, product_sku, SUM(quantity) AS units "
        "FROM {table} WHERE order_date BETWEEN %s AND %s AND partner_gln = ANY(%s) "
        "GROUP BY partner_gln, product_sku ORDER BY partner_gln, units DESC"
    ).format(table=sql.Identifier(table))


def weekly_volume(channel: str, week_start: date, week_end: date, partners: list[str]) -> list[dict]:
    query = _volume_query(channel)
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(query, (week_start, week_end, partners))
        cols = [c.name for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]


def summarise(rows: list[dict]) -> dict[str, int]:
    totals: dict[str, int] = {}
    for row in rows:
        totals[row["partner_gln"]] = totals.get(row["partner_gln"], 0) + int(row["units"])
    return totals
