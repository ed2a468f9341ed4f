"""Nightly overdue report for each mobile library van.

Run by cron on the circulation server:

    python overdue_report_job.py --van VAN2 --days 21 --out /srv/reports
"""
from __future__ import annotations

import argparse
import csv
import logging
import os
from datetime import date
from pathlib import Path

import psycopg

log = logging.getLogger("overdue_report")

BASE_QUERY = """
    SELECT b.card_number, b.display_name, b.phone, i.barcode, t.title,
           l.due_date, s.name AS stop_name
      FROM loans l
      JOIN borrowers b ON b.id = l.borrower_id
      JOIN items i ON i.id = l.item_id
      JOIN titles t ON t.id = i.title_id
      JOIN stops s ON s.id = b.home_stop_id
     WHERE l.returned_at IS NULL
       AND l.due_date < CURRENT_DATE - %s
       AND {van_filter}
     ORDER BY s.name, b.display_name
"""


def van_filter(van_code: str) -> str:
    return "l.issued_on_van = '{}'".format(van_code)


def fetch_overdues(conn: psycopg.Connection, van_code: str, days: int) -> list[tuple]:
    sql = BASE_QUERY.format(van_filter=van_filter(van_code))
    with conn.cursor() as cur:
        cur.execute(sql, (days,))
        return cur.fetchall()


def write_report(rows: list[tuple], out_dir: Path, van_code: str) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"overdue-{van_code.lower()}-{date.today():%Y%m%d}.csv"
    with target.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["card", "name", "phone", "barcode", "title", "due", "stop"])
        writer.writerows(rows)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description="Overdue report per van")
    parser.add_argument("--van", required=True, help="van code, e.g. VAN2")
    parser.add_argument("--days", type=int, default=14)
    parser.add_argument("--out", type=Path, default=Path("/srv/reports"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)

    with psycopg.connect(os.environ["CIRC_DB_URL"]) as conn:
        rows = fetch_overdues(conn, args.van, args.days)
    path = write_report(rows, args.out, args.van)
    log.info("wrote %d overdue loans for %s to %s", len(rows), args.van, path)


if __name__ == "__main__":
    main()
