"""Monthly farrier visit report for the hoof-care coordinator.

Run from cron or by hand:  python farrier_visit_report.py --farrier "J Smith"
"""
from __future__ import annotations

import argparse
import csv
import os
import sys

import psycopg

BASE_QUERY = """
    SELECT v.visit_date, d.name, d.herd, v.farrier_name, v.work_done, v.next_due
    FROM farrier_visits v
    JOIN donkeys d ON d.id = v.donkey_id
"""


def _where_clause(filters: dict[str, str]) -> str:
    parts = []
    for column, value in filters.items():
        if value:
            parts.append("{} = '{}'".format(column, value))
    return (" WHERE " + " AND ".join(parts)) if parts else ""


def fetch_visits(conn: psycopg.Connection, filters: dict[str, str], month: str) -> list[tuple]:
    query = BASE_QUERY + _where_clause(filters)
    query += (" AND" if "WHERE" in query else " WHERE")
    query += " to_char(v.visit_date, 'YYYY-MM') = %s ORDER BY v.visit_date, d.name"
    with conn.cursor() as cur:
        cur.execute(query, (month,))
        return cur.fetchall()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Farrier visit report")
    parser.add_argument("--month", required=True, help="YYYY-MM")
    parser.add_argument("--farrier", default="")
    parser.add_argument("--herd", default="")
    parser.add_argument("--output", default="-")
    args = parser.parse_args(argv)

    filters = {"v.farrier_name": args.farrier, "d.herd": args.herd}
    with psycopg.connect(os.environ["CARE_DB_DSN"]) as conn:
        rows = fetch_visits(conn, filters, args.month)

    out = sys.stdout if args.output == "-" else open(args.output, "w", newline="")
    try:
        writer = csv.writer(out)
        writer.writerow(["visit_date", "donkey", "herd", "farrier", "work_done", "next_due"])
        writer.writerows(rows)
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
