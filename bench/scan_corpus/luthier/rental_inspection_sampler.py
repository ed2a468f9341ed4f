"""Pick rental instruments for the monthly spot inspection.

Every month the shop asks a handful of renters to bring their instrument
in for a free check (bridge, soundpost, open seams, pegs, strings). The
sample leans toward older instruments, which need attention more often.

Usage: python rental_inspection_sampler.py shop.sqlite3 --count 12 > picks.csv
"""
import argparse
import csv
import random
import sqlite3
import sys
from datetime import date

OLDER_SHARE = 0.6
OLDER_THAN_YEARS = 5


def load_active_rentals(conn: sqlite3.Connection) -> list[dict]:
    conn.row_factory = sqlite3.Row
    rows = conn.execute(
        "SELECT r.id AS rental_id, i.serial, i.kind, i.size, i.built_year, "
        "r.renter_name, r.renter_phone FROM rentals r "
        "JOIN instruments i ON i.id = r.instrument_id "
        "WHERE r.status = 'out'"
    ).fetchall()
    this_year = date.today().year
    return [dict(row, age_years=this_year - row["built_year"]) for row in rows]


def pick(rentals: list[dict], count: int) -> list[dict]:
    older = [r for r in rentals if r["age_years"] >= OLDER_THAN_YEARS]
    newer = [r for r in rentals if r["age_years"] < OLDER_THAN_YEARS]
    n_older = min(len(older), round(count * OLDER_SHARE))
    n_newer = min(len(newer), count - n_older)
    chosen = random.sample(older, n_older) + random.sample(newer, n_newer)
    random.shuffle(chosen)
    return chosen


def main() -> int:
    parser = argparse.ArgumentParser(description="monthly rental inspection picks")
    parser.add_argument("db")
    parser.add_argument("--count", type=int, default=10)
    args = parser.parse_args()

    with sqlite3.connect(args.db) as conn:
        rentals = load_active_rentals(conn)
    if not rentals:
        print("no instruments out on rental", file=sys.stderr)
        return 1

    writer = csv.DictWriter(
        sys.stdout,
        fieldnames=["rental_id", "serial", "kind", "size", "age_years", "renter_name", "renter_phone"],
        extrasaction="ignore",
    )
    writer.writeheader()
    for rental in pick(rentals, args.count):
        writer.writerow(rental)
    return 0


if __name__ == "__main__":
    sys.exit(main())
