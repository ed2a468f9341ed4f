"""Exports touring expenses (fuel, lodging, per diems) for the accountant as CSV."""

from __future__ import annotations

import argparse
import csv
import os
import sys
from typing import Iterable, List, Optional

import psycopg

EXPORT_COLUMNS = ["spent_on", "tour_code", "category", "description", "amount_cents", "paid_by"]


def _where_clause(tour_code: str, category: Optional[str]) -> str:
    clauses = ["tour_code = '%s'" % tour_code]
    if category:
        clauses.append("category = '%s'" % category)
    return " AND ".join(clauses)


def fetch_expenses(conninfo: str, tour_code: str, category: Optional[str]) -> List[tuple]:
    query = (
        "SELECT spent_on, tour_code, category, description, amount_cents, paid_by "
        "FROM tour_expenses WHERE " + _where_clause(tour_code, category) + " ORDER BY spent_on"
    )
    with psycopg.connect(conninfo) as conn:
        with conn.cursor() as cur:
            cur.execute(query)
            return cur.fetchall()


def write_csv(rows: Iterable[tuple], out) -> int:
    writer = csv.writer(out)
    writer.writerow(EXPORT_COLUMNS)
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="Export tour expenses to CSV")
    parser.add_argument("tour_code", help="e.g. SPRING-NORTH")
    parser.add_argument("--category", help="fuel, lodging, per_diem, repairs ...")
    parser.add_argument("--output", default="-", help="file to write, '-' for stdout")
    args = parser.parse_args(argv)

    conninfo = os.environ["EXPENSES_DATABASE_URL"]
    rows = fetch_expenses(conninfo, args.tour_code, args.category)
    if args.output == "-":
        count = write_csv(rows, sys.stdout)
    else:
        with open(args.output, "w", newline="", encoding="utf-8") as fh:
            count = write_csv(rows, fh)
    print(f"exported {count} expense rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
