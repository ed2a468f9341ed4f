"""Weekly job picking a random sample of customer reviews for manual quality audit."""
from __future__ import annotations

import argparse
import csv
import random
import sys
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import create_engine, text


@dataclass
class ReviewForAudit:
    review_id: int
    booking_ref: str
    stars: int
    body: str


def load_week(database_url: str, week_ending: date) -> list[ReviewForAudit]:
    engine = create_engine(database_url)
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT r.id, b.reference, r.stars, r.body FROM reviews r "
                "JOIN bookings b ON b.id = r.booking_id "
                "WHERE r.created_at::date BETWEEN :start AND :end"
            ),
            {"start": week_ending - timedelta(days=6), "end": week_ending},
        ).all()
    return [ReviewForAudit(*row) for row in rows]


def pick_sample(reviews: list[ReviewForAudit], size: int) -> list[ReviewForAudit]:
    low = [r for r in reviews if r.stars <= 2]
    rest = [r for r in reviews if r.stars > 2]
    remaining = max(size - len(low), 0)
    return low + random.sample(rest, min(remaining, len(rest)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--week-ending", type=date.fromisoformat, default=date.today())
    parser.add_argument("--size", type=int, default=25)
    args = parser.parse_args(argv)
    sample = pick_sample(load_week(args.database_url, args.week_ending), args.size)
    writer = csv.writer(sys.stdout)
    writer.writerow(["review_id", "booking_ref", "stars", "body"])
    for r in sample:
        writer.writerow([r.review_id, r.booking_ref, r.stars, r.body])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
