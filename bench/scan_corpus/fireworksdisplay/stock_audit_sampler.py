"""Picks stock lots for the weekly physical count of each explosives magazine."""
from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import sys
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class StockLot:
    lot_id: str
    magazine: str
    sku: str
    hazard_division: str
    qty: int


def load_lots(db_path: str, magazine: str) -> list[StockLot]:
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute(
            "SELECT lot_id, magazine, sku, hazard_division, qty FROM stock_lots "
            "WHERE magazine = ? AND qty > 0",
            (magazine,),
        ).fetchall()
    finally:
        conn.close()
    return [StockLot(*row) for row in rows]


def pick_audit_sample(lots: list[StockLot], fraction: float, minimum: int = 5) -> list[StockLot]:
    """Every 1.1G lot is always counted; the rest are spot-checked at random."""
    always = [lot for lot in lots if lot.hazard_division == "1.1G"]
    others = [lot for lot in lots if lot.hazard_division != "1.1G"]
    k = min(len(others), max(minimum, round(len(others) * fraction)))
    return always + random.sample(others, k)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--magazine", required=True)
    parser.add_argument("--fraction", type=float, default=0.15)
    args = parser.parse_args(argv)
    lots = load_lots(args.db, args.magazine)
    if not lots:
        print(f"no stock in magazine {args.magazine}", file=sys.stderr)
        return 1
    sample = pick_audit_sample(lots, args.fraction)
    writer = csv.writer(sys.stdout)
    writer.writerow(["audit_date", "magazine", "lot_id", "sku", "hd", "expected_qty", "counted_qty"])
    for lot in sorted(sample, key=lambda l: l.lot_id):
        writer.writerow([date.today().isoformat(), lot.magazine, lot.lot_id, lot.sku, lot.hazard_division, lot.qty, ""])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
