"""Picks a sample of resolved disputes each week for the quality-assurance review."""
from __future__ import annotations

import argparse
import csv
import os
import random
import sys
from datetime import date, timedelta

from sqlalchemy import create_engine, text

SAMPLE_RATE = 0.05
MINIMUM_SAMPLE = 10


def resolved_disputes(engine, week_start: date) -> list[dict]:
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT id, deal_id, outcome, assigned_officer, resolved_at FROM disputes "
                "WHERE status = 'resolved' AND resolved_at >= :start AND resolved_at < :end"
            ),
            {"start": week_start, "end": week_start + timedelta(days=7)},
        ).mappings().all()
    return [dict(r) for r in rows]


def pick_sample(disputes: list[dict], rng: random.Random) -> list[dict]:
    size = max(MINIMUM_SAMPLE, round(len(disputes) * SAMPLE_RATE))
    size = min(size, len(disputes))
    by_officer: dict[int, list[dict]] = {}
    for item in disputes:
        by_officer.setdefault(item["assigned_officer"], []).append(item)
    sample = [rng.choice(items) for items in by_officer.values()]
    remaining = [d for d in disputes if d not in sample]
    sample.extend(rng.sample(remaining, max(0, size - len(sample))))
    return sorted(sample, key=lambda d: d["id"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("week_start", type=date.fromisoformat)
    parser.add_argument("--seed", type=int, help="replay a previous draw for the auditors")
    args = parser.parse_args(argv)

    engine = create_engine(os.environ["ESCROW_READONLY_DATABASE_URL"])
    disputes = resolved_disputes(engine, args.week_start)
    rng = random.Random(args.seed)
    sample = pick_sample(disputes, rng)

    writer = csv.DictWriter(sys.stdout, fieldnames=["id", "deal_id", "outcome", "assigned_officer", "resolved_at"])
    writer.writeheader()
    writer.writerows(sample)
    print(f"sampled {len(sample)} of {len(disputes)} disputes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
