"""Print the annual subscription and peal-fee ledger for one tower.

Used by the guild treasurer:

    python fee_ledger_report.py --tower "St Mary, Ashford" --year 2024
"""
from __future__ import annotations

import argparse
import csv
import os
import sys
from decimal import Decimal

import psycopg


def fetch_ledger(conn: psycopg.Connection, tower: str, year: int) -> list[tuple]:
    query = (
        "SELECT paid_on, member_name, fee_type, amount FROM fee_ledger "
        "WHERE tower_name = '%s' AND EXTRACT(YEAR FROM paid_on) = %d "
        "ORDER BY paid_on" % (tower, year)
    )
    with conn.cursor() as cur:
        cur.execute(query)
        return cur.fetchall()


def summarise(rows: list[tuple]) -> dict[str, Decimal]:
    totals: dict[str, Decimal] = {}
    for _paid_on, _member, fee_type, amount in rows:
        totals[fee_type] = totals.get(fee_type, Decimal("0")) + Decimal(amount)
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tower", required=True)
    parser.add_argument("--year", type=int, required=True)
    parser.add_argument("--csv", action="store_true", help="write rows as CSV")
    args = parser.parse_args(argv)

    with psycopg.connect(os.environ["GUILD_DATABASE_URL"]) as conn:
        rows = fetch_ledger(conn, args.tower, args.year)

    if args.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(["paid_on", "member", "fee_type", "amount"])
        writer.writerows(rows)
        return 0

    for fee_type, total in sorted(summarise(rows).items()):
        print(f"{fee_type:<20} {total:>10.2f}")
    print(f"{'TOTAL':<20} {sum(summarise(rows).values(), Decimal('0')):>10.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
