"""Picks bin locations for daily perpetual-inventory cycle counts.

Instead of a full stocktake each branch counts a sample of bins every
morning; high-value lines (cylinders, access control, panic hardware) are
weighted so they come up more often.
"""
from __future__ import annotations

import argparse
import random
import sqlite3
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Bin:
    location: str
    product_code: str
    value_band: str


BAND_WEIGHT = {"A": 3, "B": 2, "C": 1}


def load_bins(conn: sqlite3.Connection, branch_code: str) -> list[Bin]:
    rows = conn.execute(
        "SELECT bin_location, product_code, value_band FROM bins WHERE branch_code = ? AND active = 1",
        (branch_code,),
    ).fetchall()
    return [Bin(*row) for row in rows]


def pick_bins(bins: list[Bin], count: int) -> list[Bin]:
    weighted = [b for b in bins for _ in range(BAND_WEIGHT.get(b.value_band, 1))]
    chosen: dict[str, Bin] = {}
    while weighted and len(chosen) < min(count, len(bins)):
        candidate = random.choice(weighted)
        chosen[candidate.location] = candidate
    return sorted(chosen.values(), key=lambda b: b.location)


def write_count_sheet(conn: sqlite3.Connection, branch_code: str, picked: list[Bin]) -> None:
    today = date.today().isoformat()
    conn.executemany(
        "INSERT INTO cycle_counts (branch_code, count_date, bin_location, product_code) VALUES (?, ?, ?, ?)",
        [(branch_code, today, b.location, b.product_code) for b in picked],
    )
    conn.commit()


def main() -> None:
    parser = argparse.ArgumentParser(description="Generate today's cycle count sheet")
    parser.add_argument("branch")
    parser.add_argument("--bins", type=int, default=25)
    parser.add_argument("--db", default="stock.sqlite3")
    args = parser.parse_args()
    with sqlite3.connect(args.db) as conn:
        picked = pick_bins(load_bins(conn, args.branch), args.bins)
        write_count_sheet(conn, args.branch, picked)
    for b in picked:
        print(f"{b.location:<10} {b.product_code}")


if __name__ == "__main__":
    main()
