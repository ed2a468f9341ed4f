"""Picks a random sample of last month's shoeing jobs for the senior farrier to re-inspect.

The sample is reproducible for a given month so that the office and the
senior farrier see the same list.
"""
from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import sys
from datetime import date


def month_bounds(year: int, month: int) -> tuple[str, str]:
    start = date(year, month, 1)
    end = date(year + (month == 12), month % 12 + 1, 1)
    return start.isoformat(), end.isoformat()


def load_jobs(conn: sqlite3.Connection, year: int, month: int) -> list[sqlite3.Row]:
    start, end = month_bounds(year, month)
    return conn.execute(
        "SELECT a.id, a.visit_date, h.name AS horse, y.name AS yard, a.farrier, a.job_type "
        "FROM appointments a JOIN horses h ON h.id = a.horse_id JOIN yards y ON y.id = a.yard_id "
        "WHERE a.visit_date >= ? AND a.visit_date < ? AND a.status = 'completed' "
        "ORDER BY a.id",
        (start, end),
    ).fetchall()


def pick_sample(jobs: list[sqlite3.Row], fraction: float, year: int, month: int) -> list[sqlite3.Row]:
    size = max(1, round(len(jobs) * fraction)) if jobs else 0
    rng = random.Random(year * 100 + month)
    return sorted(rng.sample(jobs, size), key=lambda r: r["visit_date"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", default="/var/lib/farrier/office.db")
    parser.add_argument("--year", type=int, required=True)
    parser.add_argument("--month", type=int, required=True)
    parser.add_argument("--fraction", type=float, default=0.05)
    args = parser.parse_args(argv)

    conn = sqlite3.connect(args.db)
    conn.row_factory = sqlite3.Row
    sample = pick_sample(load_jobs(conn, args.year, args.month), args.fraction, args.year, args.month)

    writer = csv.writer(sys.stdout)
    writer.writerow(["appointment_id", "visit_date", "horse", "yard", "farrier", "job_type"])
    for row in sample:
        writer.writerow([row["id"], row["visit_date"], row["horse"], row["yard"], row["farrier"], row["job_type"]])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
