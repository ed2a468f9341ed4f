"""Monthly QA audit: pick a random sample of completed inspection reports
for a senior millwright to re-check against the photos and readings.
"""
import argparse
import csv
import random
import sqlite3
import sys
from collections import defaultdict
from datetime import date

DEFAULT_DB = "/var/lib/millwright/inspections.db"


def completed_reports(conn: sqlite3.Connection, month: str) -> dict[str, list[int]]:
    by_engineer: dict[str, list[int]] = defaultdict(list)
    rows = conn.execute(
        "SELECT id, engineer FROM inspection_reports "
        "WHERE status = 'completed' AND strftime('%Y-%m', completed_on) = ?",
        (month,),
    )
    for report_id, engineer in rows:
        by_engineer[engineer].append(report_id)
    return by_engineer


def pick_sample(by_engineer: dict[str, list[int]], per_engineer: int) -> list[tuple[str, int]]:
    """Take up to ``per_engineer`` reports from every engineer so nobody is skipped."""
    picked = []
    for engineer, ids in sorted(by_engineer.items()):
        for report_id in random.sample(ids, k=min(per_engineer, len(ids))):
            picked.append((engineer, report_id))
    random.shuffle(picked)
    return picked


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", default=DEFAULT_DB)
    parser.add_argument("--month", default=date.today().strftime("%Y-%m"))
    parser.add_argument("--per-engineer", type=int, default=3)
    args = parser.parse_args(argv)

    with sqlite3.connect(args.db) as conn:
        sample = pick_sample(completed_reports(conn, args.month), args.per_engineer)

    writer = csv.writer(sys.stdout)
    writer.writerow(["engineer", "report_id"])
    writer.writerows(sample)
    print(f"{len(sample)} reports selected for {args.month}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
