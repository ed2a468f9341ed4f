"""Weekly cycle count of moulding lengths and mount board sheets.

Rather than a full stocktake, each Monday the workshop counts a random
handful of rack positions and compares them against the system figure.
"""
import argparse
import csv
import random
import sqlite3
from dataclasses import dataclass
from typing import List

DEFAULT_DB = "/var/lib/framer/shop.db"


@dataclass
class RackPosition:
    location: str
    sku: str
    description: str
    expected_qty: float
    unit: str


def load_positions(conn: sqlite3.Connection) -> List[RackPosition]:
    rows = conn.execute(
        "SELECT location, sku, description, qty_on_hand, unit FROM stock_locations "
        "WHERE qty_on_hand > 0 ORDER BY location"
    ).fetchall()
    return [RackPosition(*row) for row in rows]


def pick_for_count(positions: List[RackPosition], how_many: int) -> List[RackPosition]:
    if how_many >= len(positions):
        return list(positions)
    return sorted(random.sample(positions, how_many), key=lambda p: p.location)


def write_sheet(picks: List[RackPosition], out_path: str) -> None:
    with open(out_path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["location", "sku", "description", "expected", "unit", "counted"])
        for p in picks:
            writer.writerow([p.location, p.sku, p.description, p.expected_qty, p.unit, ""])


def main() -> None:
    parser = argparse.ArgumentParser(description="Print a cycle count sheet")
    parser.add_argument("--db", default=DEFAULT_DB)
    parser.add_argument("--positions", type=int, default=25)
    parser.add_argument("--out", default="cycle_count.csv")
    args = parser.parse_args()

    with sqlite3.connect(args.db) as conn:
        picks = pick_for_count(load_positions(conn), args.positions)
    write_sheet(picks, args.out)
    print(f"Wrote {len(picks)} rack positions to {args.out}")


if __name__ == "__main__":
    main()
