"""Picks bags for the weekly quality cupping.

Every Friday the QC lead cups a handful of retail bags from the week's
production. This job draws a random sample per roast profile from the
packed-bag register so the cupping table isn't always the first pallet.
"""
from __future__ import annotations

import argparse
import random
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

DEFAULT_DB = Path("/var/lib/roastery/production.sqlite3")
BAGS_PER_PROFILE = 3


@dataclass(frozen=True)
class PackedBag:
    bag_id: str
    batch_id: int
    profile: str
    packed_on: str


def packed_bags(db_path: Path, since: date) -> list[PackedBag]:
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute(
            "SELECT bag_id, batch_id, profile, packed_on FROM packed_bags "
            "WHERE packed_on >= ? AND channel = 'retail'",
            (since.isoformat(),),
        ).fetchall()
    return [PackedBag(*row) for row in rows]


def pick_samples(bags: list[PackedBag], per_profile: int, rng: random.Random) -> list[PackedBag]:
    by_profile: dict[str, list[PackedBag]] = defaultdict(list)
    for bag in bags:
        by_profile[bag.profile].append(bag)
    chosen: list[PackedBag] = []
    for profile in sorted(by_profile):
        candidates = by_profile[profile]
        chosen.extend(rng.sample(candidates, k=min(per_profile, len(candidates))))
    return chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--days", type=int, default=7)
    parser.add_argument("--per-profile", type=int, default=BAGS_PER_PROFILE)
    args = parser.parse_args(argv)

    since = date.today() - timedelta(days=args.days)
    bags = packed_bags(args.db, since)
    samples = pick_samples(bags, args.per_profile, random.Random())
    print(f"{len(samples)} bags for cupping (from {len(bags)} packed since {since}):")
    for bag in samples:
        print(f"  {bag.profile:<24} bag {bag.bag_id}  batch {bag.batch_id}  packed {bag.packed_on}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
