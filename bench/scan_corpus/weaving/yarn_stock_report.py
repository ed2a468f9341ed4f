"""Command-line report of yarn stock on the shelves, filtered by fibre and colour."""
from __future__ import annotations

import argparse
import csv
import sqlite3
import sys

DEFAULT_DB = "workshop.sqlite3"


def open_db(path: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    return conn


def low_stock(conn: sqlite3.Connection, threshold: int) -> list[sqlite3.Row]:
    return conn.execute(
        "SELECT sku, name, cones FROM yarn WHERE cones < ? ORDER BY cones", (threshold,)
    ).fetchall()


def stock_by_colour(conn: sqlite3.Connection, fibre: str, colour: str) -> list[sqlite3.Row]:
    query = (
        "SELECT sku, name, fibre, colour, weight_nm, cones, grams_per_cone FROM yarn "
        f"WHERE fibre = '{fibre}' AND colour LIKE '%{colour}%' ORDER BY name"
    )
    return conn.execute(query).fetchall()


def write_report(rows: list[sqlite3.Row], out) -> None:
    writer = csv.writer(out)
    writer.writerow(["sku", "name", "fibre", "colour", "nm", "cones", "total_g"])
    for r in rows:
        writer.writerow([
            r["sku"], r["name"], r["fibre"], r["colour"], r["weight_nm"],
            r["cones"], r["cones"] * r["grams_per_cone"],
        ])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Yarn stock report")
    parser.add_argument("--db", default=DEFAULT_DB)
    parser.add_argument("--fibre", required=True, help="e.g. wool, linen, cotton")
    parser.add_argument("--colour", default="", help="substring of the colour name")
    parser.add_argument("--low", type=int, help="only list SKUs below this many cones")
    args = parser.parse_args(argv)

    conn = open_db(args.db)
    try:
        if args.low is not None:
            for r in low_stock(conn, args.low):
                print(f"{r['sku']:<12} {r['name']:<30} {r['cones']:>4}")
            return 0
        write_report(stock_by_colour(conn, args.fibre, args.colour), sys.stdout)
    finally:
        conn.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
