"""Pick instruments for the quarterly calibration re-check.

Our accreditation requires re-measuring a sample of instruments that passed
calibration in the last quarter, weighted so every technician is represented.
"""
import argparse
import csv
import random
import sqlite3
from collections import defaultdict
from datetime import date, timedelta

DEFAULT_DB = "calibration.sqlite3"


def passed_since(conn: sqlite3.Connection, since: date) -> list[dict]:
    conn.row_factory = sqlite3.Row
    rows = conn.execute(
        "SELECT certificate_no, instrument_serial, technician, calibrated_on "
        "FROM calibration_runs WHERE result = 'pass' AND calibrated_on >= ?",
        (since.isoformat(),),
    ).fetchall()
    return [dict(r) for r in rows]


def stratified_sample(runs: list[dict], per_technician: int, rng: random.Random) -> list[dict]:
    by_tech: dict[str, list[dict]] = defaultdict(list)
    for run in runs:
        by_tech[run["technician"]].append(run)
    picked = []
    for tech in sorted(by_tech):
        pool = by_tech[tech]
        picked.extend(rng.sample(pool, k=min(per_technician, len(pool))))
    rng.shuffle(picked)
    return picked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", default=DEFAULT_DB)
    parser.add_argument("--per-technician", type=int, default=3)
    parser.add_argument("--days", type=int, default=92)
    parser.add_argument("--out", default="recheck_list.csv")
    args = parser.parse_args()

    since = date.today() - timedelta(days=args.days)
    with sqlite3.connect(args.db) as conn:
        runs = passed_since(conn, since)
    sample = stratified_sample(runs, args.per_technician, random.Random())

    with open(args.out, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["certificate_no", "instrument_serial", "technician", "calibrated_on"])
        writer.writeheader()
        writer.writerows(sample)
    print(f"{len(sample)} instruments selected from {len(runs)} passed runs since {since}")


if __name__ == "__main__":
    main()
