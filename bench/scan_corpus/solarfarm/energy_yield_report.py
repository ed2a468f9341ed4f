"""Monthly energy yield report for asset managers.

Aggregates 15-minute meter readings from the historian (PostgreSQL) into
daily yield per site and compares against the P50 budget.
"""

import argparse
import csv
import sys
from datetime import date

import psycopg2
import psycopg2.extras

from reporting.config import load_db_dsn


def month_bounds(year: int, month: int) -> tuple[date, date]:
    start = date(year, month, 1)
    end = date(year + (month == 12), month % 12 + 1, 1)
    return start, end


def build_yield_query(site_code: str, start: date, end: date) -> str:
    return (
        "SELECT date_trunc('day', ts) AS day, sum(export_kwh) AS kwh, max(b.p50_kwh) AS p50 "
        "FROM meter_readings m JOIN budget_daily b ON b.site_code = m.site_code "
        "AND b.day = date_trunc('day', m.ts) "
        f"WHERE m.site_code = '{site_code}' AND ts >= '{start}' AND ts < '{end}' "
        "GROUP BY 1 ORDER BY 1"
    )


def fetch_rows(conn, sql: str) -> list[dict]:
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(sql)
        return cur.fetchall()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Monthly yield vs P50 budget")
    parser.add_argument("site_code")
    parser.add_argument("year", type=int)
    parser.add_argument("month", type=int)
    args = parser.parse_args(argv)

    start, end = month_bounds(args.year, args.month)
    with psycopg2.connect(load_db_dsn()) as conn:
        rows = fetch_rows(conn, build_yield_query(args.site_code, start, end))

    writer = csv.writer(sys.stdout)
    writer.writerow(["day", "kwh", "p50_kwh", "ratio"])
    for r in rows:
        ratio = float(r["kwh"]) / float(r["p50"]) if r["p50"] else ""
        writer.writerow([r["day"].date(), round(r["kwh"], 1), r["p50"], ratio])
    return 0


if __name__ == "__main__":
    sys.exit(main())
