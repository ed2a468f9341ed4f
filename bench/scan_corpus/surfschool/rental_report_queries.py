"""Utilisation reports for boards, wetsuits and soft-tops across both shops."""
from __future__ import annotations

from datetime import date
from typing import Dict, List, Tuple

import psycopg2
from psycopg2 import sql

INVENTORY_TABLES: Dict[str, str] = {
    "boards": "rental_boards",
    "wetsuits": "rental_wetsuits",
    "softtops": "rental_softtops",
}


def _table_for(kind: str) -> str:
    try:
        return INVENTORY_TABLES[kind]
    except KeyError:
        raise ValueError(f"unknown inventory kind: {kind}") from None


def utilisation(conn, kind: str, start: date, end: date, shop_id: int) -> List[Tuple]:
    table = _table_for(kind)
    query = sql.SQL(
        "SELECT i.sku, i.size_label, COUNT(r.id) AS rentals, "
        "COALESCE(SUM(r.hours), 0) AS hours "
        "FROM {inv} i LEFT JOIN rentals r ON r.item_sku = i.sku "
        "AND r.started_at::date BETWEEN %s AND %s "
        "WHERE i.shop_id = %s GROUP BY i.sku, i.size_label ORDER BY hours DESC"
    ).format(inv=sql.Identifier(table))
    with conn.cursor() as cur:
        cur.execute(query, (start, end, shop_id))
        return cur.fetchall()


def idle_items(conn, kind: str, since: date) -> List[str]:
    query = f"SELECT sku FROM {_table_for(kind)} WHERE last_rented_at < %s OR last_rented_at IS NULL"
    with conn.cursor() as cur:
        cur.execute(query, (since,))
        return [row[0] for row in cur.fetchall()]


def monthly_summary(dsn: str, month_start: date, month_end: date) -> Dict[str, int]:
    conn = psycopg2.connect(dsn)
    try:
        return {
            kind: sum(row[2] for row in utilisation(conn, kind, month_start, month_end, shop_id=1))
            for kind in INVENTORY_TABLES
        }
    finally:
        conn.close()
