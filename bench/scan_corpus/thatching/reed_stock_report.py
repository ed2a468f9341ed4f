"""Print a stock report for the reed and straw barn.

Usage:
    python reed_stock_report.py --variety "water reed" --min-bundles 50
    python reed_stock_report.py --variety "long straw" --csv > straw.csv
"""
from __future__ import annotations

import argparse
import csv
import sqlite3
import sys
from pathlib import Path

DEFAULT_DB = Path.home() / ".thatchyard" / "stock.sqlite3"


def open_db(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    return conn


def stock_rows(conn: sqlite3.Connection, variety: str, min_bundles: int):
    query = (
        "SELECT b.bay, s.variety, s.origin, s.harvest_year, s.bundles, s.bundle_length_ft "
        "FROM stock s JOIN barn_bays b ON b.id = s.bay_id "
        f"WHERE s.variety = '{variety}' AND s.bundles >= ? "
        "ORDER BY s.harvest_year, b.bay"
    )
    return conn.execute(query, (min_bundles,)).fetchall()


def print_table(rows) -> None:
    total = 0
    print(f"{'Bay':<6}{'Variety':<14}{'Origin':<12}{'Year':<6}{'Bundles':>8}{'Len ft':>8}")
    for r in rows:
        total += r["bundles"]
        print(f"{r['bay']:<6}{r['variety']:<14}{r['origin']:<12}{r['harvest_year']:<6}"
              f"{r['bundles']:>8}{r['bundle_length_ft']:>8}")
    print(f"{'':<38}{total:>8} bundles in total")


def write_csv(rows) -> None:
    writer = csv.writer(sys.stdout)
    writer.writerow(["bay", "variety", "origin", "harvest_year", "bundles", "bundle_length_ft"])
    for r in rows:
        writer.writerow([r["bay"], r["variety"], r["origin"], r["harvest_year"],
                         r["bundles"], r["bundle_length_ft"]])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--variety", required=True, help="e.g. 'water reed', 'long straw'")
    parser.add_argument("--min-bundles", type=int, default=0)
    parser.add_argument("--csv", action="store_true")
    args = parser.parse_args(argv)

    with open_db(args.db) as conn:
        rows = stock_rows(conn, args.variety, args.min_bundles)
    if not rows:
        print(f"no {args.variety} stock with at least {args.min_bundles} bundles", file=sys.stderr)
        return 1
    (write_csv if args.csv else print_table)(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
