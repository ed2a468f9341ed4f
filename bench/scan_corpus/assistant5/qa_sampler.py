"""CLI: draw a reproducible sample of closed support tickets for QA review.

The seed is recorded in the review sheet so a reviewer can regenerate the
exact same sample later.
"""
import argparse
import csv
import random
import sqlite3
import sys


def closed_ticket_ids(db_path: str, month: str) -> list[int]:
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute(
            "SELECT id FROM tickets WHERE status = 'closed' AND strftime('%Y-%m', closed_at) = ? ORDER BY id",
            (month,),
        ).fetchall()
    return [r[0] for r in rows]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db")
    parser.add_argument("month", help="YYYY-MM")
    parser.add_argument("--size", type=int, default=40)
    parser.add_argument("--seed", type=int, default=20240101)
    args = parser.parse_args()

    ids = closed_ticket_ids(args.db, args.month)
    rng = random.Random(args.seed)
    sample = sorted(rng.sample(ids, min(args.size, len(ids))))

    writer = csv.writer(sys.stdout)
    writer.writerow(["ticket_id", "month", "seed"])
    for ticket_id in sample:
        writer.writerow([ticket_id, args.month, args.seed])
    return 0


if __name__ == "__main__":
    sys.exit(main())
