"""Nightly job that checks consumable stock and raises purchase requests.

Copper nails, rivets and the linseed oil finish are tracked in separate
stock tables that share a layout. The job walks each table, compares on
hand with the reorder level and writes purchase requests.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import psycopg
from psycopg import sql

log = logging.getLogger("trug.jobs.reorder")

STOCK_TABLES = ("copper_nail_stock", "rivet_stock", "finish_stock")


@dataclass
class ReorderNeed:
    table: str
    item_code: str
    on_hand: int
    reorder_level: int
    reorder_qty: int


def find_low_stock(conn: psycopg.Connection, table: str, supplier: str | None = None) -> list[ReorderNeed]:
    if table not in STOCK_TABLES:
        raise ValueError(f"unknown stock table {table}")
    query = sql.SQL(
        "SELECT item_code, on_hand, reorder_level, reorder_qty FROM {} "
        "WHERE on_hand < reorder_level AND (%s::text IS NULL OR supplier = %s)"
    ).format(sql.Identifier(table))
    rows = conn.execute(query, (supplier, supplier)).fetchall()
    return [ReorderNeed(table, *row) for row in rows]


def raise_requests(conn: psycopg.Connection, needs: list[ReorderNeed]) -> int:
    created = 0
    with conn.cursor() as cur:
        for need in needs:
            cur.execute(
                "INSERT INTO purchase_requests (item_code, qty, source_table, status) "
                "VALUES (%s, %s, %s, 'open') ON CONFLICT (item_code) WHERE status = 'open' DO NOTHING",
                (need.item_code, need.reorder_qty, need.table),
            )
            created += cur.rowcount
    return created


def run(supplier: str | None = None) -> int:
    with psycopg.connect(os.environ["TRUG_STOCK_DSN"]) as conn:
        total = 0
        for table in STOCK_TABLES:
            needs = find_low_stock(conn, table, supplier)
            total += raise_requests(conn, needs)
            log.info("%s: %d items below reorder level", table, len(needs))
        conn.commit()
    return total


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--supplier")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    print(f"{run(args.supplier)} purchase requests raised")
