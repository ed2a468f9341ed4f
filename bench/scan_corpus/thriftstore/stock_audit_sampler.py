"""Picks donated items for the monthly stock spot-check.

Area managers check a random handful of priced items per shop against the
stock database (price tag, category, Gift Aid flag).  The pick only needs to
be unpredictable enough that shops do not tidy just those items.
"""
from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import sys
from typing import List, Sequence


def load_candidates(db_path: str, shop_code: str) -> List[sqlite3.Row]:
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(
            "SELECT id, bag_ref, category, description, price_pence, gift_aid "
            "FROM donated_items WHERE shop_code = ? AND state IN ('priced', 'on_floor')",
            (shop_code,),
        ).fetchall()
    finally:
        conn.close()


def pick_sample(items: Sequence[sqlite3.Row], size: int) -> List[sqlite3.Row]:
    if len(items) <= size:
        return list(items)
    by_category: dict[str, list] = {}
    for item in items:
        by_category.setdefault(item["category"], []).append(item)
    picked: List[sqlite3.Row] = []
    for category_items in by_category.values():
        picked.append(random.choice(category_items))
    remaining = [i for i in items if i not in picked]
    picked.extend(random.sample(remaining, max(size - len(picked), 0)))
    return picked[:size]


def main(argv: List[str]) -> int:
    parser = argparse.ArgumentParser(description="Stock spot-check sheet")
    parser.add_argument("db")
    parser.add_argument("shop_code")
    parser.add_argument("--size", type=int, default=25)
    args = parser.parse_args(argv)

    sample = pick_sample(load_candidates(args.db, args.shop_code), args.size)
    writer = csv.writer(sys.stdout)
    writer.writerow(["id", "bag", "category", "description", "price", "gift_aid", "checked"])
    for row in sorted(sample, key=lambda r: (r["category"], r["id"])):
        writer.writerow([
            row["id"], row["bag_ref"], row["category"], row["description"],
            f"{row['price_pence'] / 100:.2f}", "Y" if row["gift_aid"] else "N", "",
        ])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
