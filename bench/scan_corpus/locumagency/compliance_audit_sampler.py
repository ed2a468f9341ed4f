"""Pick a random sample of last month's timesheets for the compliance audit.

The framework agreement with NHS trusts requires the agency to re-check a
sample of timesheets against the hospital's own rota every month.  The
sample is drawn per trust so small trusts are still represented.
"""

from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import sys
from collections import defaultdict
from datetime import date


def load_timesheets(db_path: str, month: str) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute(
            """
            SELECT t.id, t.trust_code, t.clinician_id, t.shift_date, t.hours
            FROM timesheets t
            WHERE strftime('%Y-%m', t.shift_date) = ? AND t.status = 'approved'
            """,
            (month,),
        ).fetchall()
    finally:
        conn.close()
    by_trust: dict[str, list[tuple]] = defaultdict(list)
    for row in rows:
        by_trust[row[1]].append(row)
    return by_trust


def draw_sample(by_trust: dict[str, list[tuple]], fraction: float, minimum: int) -> list[tuple]:
    picked: list[tuple] = []
    for trust, rows in sorted(by_trust.items()):
        k = min(len(rows), max(minimum, round(len(rows) * fraction)))
        picked.extend(random.sample(rows, k))
    return picked


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--month", default=date.today().strftime("%Y-%m"))
    parser.add_argument("--fraction", type=float, default=0.05)
    parser.add_argument("--minimum", type=int, default=3)
    args = parser.parse_args(argv)

    sample = draw_sample(load_timesheets(args.db, args.month), args.fraction, args.minimum)
    writer = csv.writer(sys.stdout)
    writer.writerow(["timesheet_id", "trust_code", "clinician_id", "shift_date", "hours"])
    writer.writerows(sample)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
