"""Weekly quality audit of graded bundles.

Each week the head grader re-measures a random sample of graded bundles
from the cold store to check that the length and quality grades are being
applied consistently across the grading team.
"""
from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import sys
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class GradedBundle:
    lot: str
    variety: str
    length_cm: int
    grade: str
    grader: str


def bundles_graded_since(conn: sqlite3.Connection, since: date) -> list[GradedBundle]:
    rows = conn.execute(
        "SELECT lot, variety, length_cm, grade, grader FROM graded_bundles "
        "WHERE graded_on >= ? AND bundles > 0",
        (since.isoformat(),),
    ).fetchall()
    return [GradedBundle(*r) for r in rows]


def pick_audit_sample(bundles: list[GradedBundle], per_grader: int) -> list[GradedBundle]:
    """Pick up to ``per_grader`` bundles for each grader so nobody is over-audited."""
    by_grader: dict[str, list[GradedBundle]] = {}
    for b in bundles:
        by_grader.setdefault(b.grader, []).append(b)
    sample: list[GradedBundle] = []
    for grader in sorted(by_grader):
        pool = by_grader[grader]
        sample.extend(random.sample(pool, k=min(per_grader, len(pool))))
    return sample


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="print this week's bundle audit sheet")
    parser.add_argument("database")
    parser.add_argument("--days", type=int, default=7)
    parser.add_argument("--per-grader", type=int, default=5)
    args = parser.parse_args(argv)
    conn = sqlite3.connect(args.database)
    bundles = bundles_graded_since(conn, date.today() - timedelta(days=args.days))
    sample = pick_audit_sample(bundles, args.per_grader)
    writer = csv.writer(sys.stdout)
    writer.writerow(["lot", "variety", "length_cm", "grade", "grader", "measured_cm", "regrade"])
    for b in sorted(sample, key=lambda x: (x.variety, x.lot)):
        writer.writerow([b.lot, b.variety, b.length_cm, b.grade, b.grader, "", ""])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
