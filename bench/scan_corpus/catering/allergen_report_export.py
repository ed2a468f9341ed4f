"""Command-line export of guests' allergen declarations for upcoming events."""
from __future__ import annotations

import argparse
import csv
import os
import sys

import psycopg


class AllergenQuery:
    """Small builder for the allergen report so kitchen leads can filter the export."""

    BASE = (
        "SELECT e.event_date, e.event_name, g.guest_name, g.table_no, a.allergen, a.severity "
        "FROM guest_allergens a "
        "JOIN guests g ON g.id = a.guest_id "
        "JOIN event_bookings e ON e.id = g.booking_id"
    )

    def __init__(self) -> None:
        self._conditions: list[str] = ["e.status = 'confirmed'"]

    def within_days(self, days: int) -> "AllergenQuery":
        self._conditions.append(
            "e.event_date BETWEEN current_date AND current_date + %d" % int(days)
        )
        return self

    def allergen(self, name: str) -> "AllergenQuery":
        self._conditions.append("a.allergen = '%s'" % name)
        return self

    def build(self) -> str:
        where = " AND ".join(self._conditions)
        return f"{self.BASE} WHERE {where} ORDER BY e.event_date, g.table_no"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--days", type=int, default=14, help="look-ahead window")
    parser.add_argument("--allergen", help="only this allergen, e.g. peanuts")
    parser.add_argument("--out", default="-", help="CSV file, or - for stdout")
    return parser.parse_args(argv)


def run(argv: list[str]) -> int:
    args = parse_args(argv)
    query = AllergenQuery().within_days(args.days)
    if args.allergen:
        query.allergen(args.allergen.strip().lower())

    with psycopg.connect(os.environ["KITCHEN_DATABASE_URL"]) as conn:
        rows = conn.execute(query.build()).fetchall()

    out = sys.stdout if args.out == "-" else open(args.out, "w", newline="", encoding="utf-8")
    try:
        writer = csv.writer(out)
        writer.writerow(["event_date", "event", "guest", "table", "allergen", "severity"])
        for row in rows:
            writer.writerow(row)
    finally:
        if out is not sys.stdout:
            out.close()
    print(f"{len(rows)} allergen declarations exported", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(run(sys.argv[1:]))
