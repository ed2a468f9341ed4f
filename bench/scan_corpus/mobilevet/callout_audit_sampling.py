"""Monthly clinical audit: draws a sample of emergency call-outs for peer review.

The clinical director reviews a random selection of call-outs each month. The
draw is seeded from the audit month so the same sample can be reproduced when
the review is questioned later.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from datetime import date

from sqlalchemy import create_engine, text

SAMPLE_SIZE = 25


def month_bounds(month: str) -> tuple[date, date]:
    year, mon = (int(p) for p in month.split("-"))
    start = date(year, mon, 1)
    end = date(year + (mon == 12), (mon % 12) + 1, 1)
    return start, end


def draw_sample(callout_ids: list[int], month: str, size: int = SAMPLE_SIZE) -> list[int]:
    rng = random.Random(f"callout-audit:{month}")
    if len(callout_ids) <= size:
        return sorted(callout_ids)
    return sorted(rng.sample(callout_ids, size))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Draw the monthly call-out audit sample")
    parser.add_argument("month", help="YYYY-MM")
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--size", type=int, default=SAMPLE_SIZE)
    args = parser.parse_args(argv)

    start, end = month_bounds(args.month)
    engine = create_engine(args.database_url)
    with engine.connect() as conn:
        ids = [r[0] for r in conn.execute(
            text("SELECT id FROM callouts WHERE created_at >= :s AND created_at < :e"),
            {"s": start, "e": end},
        )]
        chosen = draw_sample(ids, args.month, args.size)
        rows = conn.execute(
            text("SELECT id, created_at, farm_id, species, attending_vet, outcome "
                 "FROM callouts WHERE id = ANY(:ids) ORDER BY id"),
            {"ids": chosen},
        ).all()

    writer = csv.writer(sys.stdout)
    writer.writerow(["callout_id", "created_at", "farm_id", "species", "vet", "outcome"])
    writer.writerows(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
