"""Monthly damage deposit ledger for the finance team.

Sums authorised, captured and released deposits per unit type. The
ledger can be run against the live table or the archive table; the
table name is picked from a fixed mapping, all values are bound.
"""
from __future__ import annotations

import argparse
import csv
import os
import sys
from datetime import date

from sqlalchemy import create_engine, text

LEDGER_TABLES = {"live": "deposits", "archive": "deposits_archive"}


def ledger_sql(source: str) -> str:
    table = LEDGER_TABLES[source]
    return (
        "SELECT u.unit_type, d.status, COUNT(*) AS n, SUM(d.amount) AS held,"
        " SUM(COALESCE(d.captured_amount, 0)) AS captured"
        f" FROM {table} d JOIN units u ON u.id = d.unit_id"
        " WHERE d.created_at >= :start AND d.created_at < :end"
        " AND (CAST(:unit_type AS TEXT) IS NULL OR u.unit_type = :unit_type)"
        " GROUP BY u.unit_type, d.status ORDER BY u.unit_type, d.status"
    )


def month_bounds(year: int, month: int) -> tuple[date, date]:
    start = date(year, month, 1)
    end = date(year + (month == 12), month % 12 + 1, 1)
    return start, end


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="deposit ledger")
    parser.add_argument("year", type=int)
    parser.add_argument("month", type=int, choices=range(1, 13))
    parser.add_argument("--source", choices=sorted(LEDGER_TABLES), default="live")
    parser.add_argument("--unit-type")
    args = parser.parse_args(argv)

    engine = create_engine(os.environ["GLAMP_DATABASE_URL"])
    start, end = month_bounds(args.year, args.month)
    with engine.connect() as conn:
        result = conn.execute(
            text(ledger_sql(args.source)),
            {"start": start, "end": end, "unit_type": args.unit_type},
        )
        writer = csv.writer(sys.stdout)
        writer.writerow(result.keys())
        writer.writerows(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
