"""Monthly renewal report for the membership secretary.

Lists members whose subscription falls due in a given month, optionally
restricted to one membership category, from either the live table or the
archived table for previous years.
"""
from __future__ import annotations

import argparse
import csv
import os
import sys
from datetime import date

import psycopg
from psycopg import sql

SOURCE_TABLES = {"current": "members", "archive": "members_archive"}
CATEGORIES = ("full", "associate", "junior", "life", "overseas")


def renewal_query(source: str, with_category: bool) -> sql.Composed:
    table = SOURCE_TABLES[source]
    conditions = [sql.SQL("date_trunc('month', renewal_due) = %(month)s")]
    if with_category:
        conditions.append(sql.SQL("category = %(category)s"))
    return sql.SQL(
        "SELECT membership_no, full_name, category, renewal_due, email FROM {table}"
        " WHERE {conditions} ORDER BY renewal_due, full_name"
    ).format(
        table=sql.Identifier(table),
        conditions=sql.SQL(" AND ").join(conditions),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Renewals falling due in a month")
    parser.add_argument("month", help="YYYY-MM")
    parser.add_argument("--category", choices=CATEGORIES)
    parser.add_argument("--source", choices=sorted(SOURCE_TABLES), default="current")
    args = parser.parse_args(argv)

    year, month = (int(part) for part in args.month.split("-"))
    params = {"month": date(year, month, 1), "category": args.category}
    query = renewal_query(args.source, args.category is not None)

    writer = csv.writer(sys.stdout)
    writer.writerow(["membership_no", "name", "category", "due", "email"])
    with psycopg.connect(os.environ["CLUB_DATABASE_URL"]) as conn:
        for row in conn.execute(query, params):
            writer.writerow(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
