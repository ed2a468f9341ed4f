"""Picks a random sample of finished walks for the weekly GPS quality review."""

from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import sys
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass
class WalkSummary:
    walk_id: int
    walker_id: int
    dog_name: str
    started_at: str
    distance_m: float
    point_count: int


def load_walks(db_path: str, since: date) -> list[WalkSummary]:
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute(
            "SELECT w.id, w.walker_id, d.name, w.started_at, w.distance_m,"
            " (SELECT COUNT(*) FROM gps_points p WHERE p.walk_id = w.id)"
            " FROM walks w JOIN dogs d ON d.id = w.dog_id"
            " WHERE w.status = 'completed' AND w.started_at >= ?",
            (since.isoformat(),),
        ).fetchall()
    finally:
        conn.close()
    return [WalkSummary(*row) for row in rows]


def pick_for_review(walks: list[WalkSummary], per_walker: int) -> list[WalkSummary]:
    by_walker: dict[int, list[WalkSummary]] = {}
    for walk in walks:
        by_walker.setdefault(walk.walker_id, []).append(walk)
    chosen: list[WalkSummary] = []
    for walker_walks in by_walker.values():
        chosen.extend(random.sample(walker_walks, min(per_walker, len(walker_walks))))
    return chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", default="walks.db")
    parser.add_argument("--days", type=int, default=7)
    parser.add_argument("--per-walker", type=int, default=3)
    args = parser.parse_args(argv)

    walks = load_walks(args.db, date.today() - timedelta(days=args.days))
    sample = pick_for_review(walks, args.per_walker)
    writer = csv.writer(sys.stdout)
    writer.writerow(["walk_id", "walker_id", "dog", "started_at", "distance_m", "points"])
    for walk in sorted(sample, key=lambda w: (w.walker_id, w.started_at)):
        writer.writerow([walk.walk_id, walk.walker_id, walk.dog_name, walk.started_at,
                         f"{walk.distance_m:.0f}", walk.point_count])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
