"""Pick puzzles for weekly editorial quality review.

Each week the puzzles editor test-solves a random sample of the puzzles that
went out, stratified by setter, and records notes about clue fairness.
"""
from __future__ import annotations

import argparse
import random
from collections import defaultdict
from datetime import date, timedelta

import psycopg

SAMPLE_PER_SETTER = 2


def published_between(conn, start: date, end: date) -> list[tuple[int, int]]:
    rows = conn.execute(
        "SELECT id, setter_id FROM puzzles WHERE published_on BETWEEN %s AND %s",
        (start, end),
    ).fetchall()
    return [(r[0], r[1]) for r in rows]


def choose_sample(puzzles: list[tuple[int, int]], per_setter: int) -> list[int]:
    by_setter: dict[int, list[int]] = defaultdict(list)
    for puzzle_id, setter_id in puzzles:
        by_setter[setter_id].append(puzzle_id)
    chosen: list[int] = []
    for setter_id in sorted(by_setter):
        ids = by_setter[setter_id]
        chosen.extend(random.sample(ids, k=min(per_setter, len(ids))))
    return chosen


def queue_reviews(conn, puzzle_ids: list[int], week_start: date) -> None:
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO editorial_reviews (puzzle_id, week_start, status) "
            "VALUES (%s, %s, 'pending') ON CONFLICT DO NOTHING",
            [(pid, week_start) for pid in puzzle_ids],
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dsn", default="")
    parser.add_argument("--per-setter", type=int, default=SAMPLE_PER_SETTER)
    args = parser.parse_args()
    end = date.today() - timedelta(days=1)
    start = end - timedelta(days=6)
    with psycopg.connect(args.dsn) as conn:
        sample = choose_sample(published_between(conn, start, end), args.per_setter)
        queue_reviews(conn, sample, start)
    print(f"queued {len(sample)} puzzles for review ({start} to {end})")


if __name__ == "__main__":
    main()
