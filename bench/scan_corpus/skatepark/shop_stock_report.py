"""Stock report for the pro shop: decks, wheels, bearings, pads and hire gear."""
from __future__ import annotations

import argparse
import csv
import sqlite3
import sys

SORT_COLUMNS = {
    "sku": "p.sku",
    "name": "p.name",
    "on_hand": "s.on_hand",
    "value": "s.on_hand * p.cost_price",
    "last_sold": "s.last_sold_at",
}
CATEGORIES = ("decks", "trucks", "wheels", "bearings", "protection", "hire", "apparel")


def stock_rows(conn: sqlite3.Connection, category: str | None, below: int | None,
               sort: str = "sku", descending: bool = False) -> list[sqlite3.Row]:
    order_column = SORT_COLUMNS.get(sort, SORT_COLUMNS["sku"])
    direction = "DESC" if descending else "ASC"
    where, params = ["p.active = 1"], []
    if category:
        where.append("p.category = ?")
        params.append(category)
    if below is not None:
        where.append("s.on_hand < ?")
        params.append(below)
    sql = (
        "SELECT p.sku, p.name, p.category, s.on_hand, p.cost_price, s.last_sold_at "
        "FROM products p JOIN stock s ON s.sku = p.sku "
        f"WHERE {' AND '.join(where)} ORDER BY {order_column} {direction}"
    )
    return conn.execute(sql, params).fetchall()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Pro-shop stock report")
    parser.add_argument("--db", default="/srv/rampworks/shop.sqlite3")
    parser.add_argument("--category", choices=CATEGORIES)
    parser.add_argument("--below", type=int, help="only items with fewer than N on hand")
    parser.add_argument("--sort", default="sku")
    parser.add_argument("--desc", action="store_true")
    args = parser.parse_args(argv)

    conn = sqlite3.connect(args.db)
    conn.row_factory = sqlite3.Row
    rows = stock_rows(conn, args.category, args.below, args.sort, args.desc)
    writer = csv.writer(sys.stdout)
    writer.writerow(["sku", "name", "category", "on_hand", "cost_price", "last_sold_at"])
    for row in rows:
        writer.writerow([row["sku"], row["name"], row["category"], row["on_hand"],
                         row["cost_price"], row["last_sold_at"]])
    return 0


if __name__ == "__main__":
    sys.exit(main())
