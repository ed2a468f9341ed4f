"""Picks tracks for the weekly promo sampler sent to college radio.

Each week we pick a handful of recent singles, weighted towards priority
campaigns, and shuffle the running order so no artist always opens.
"""
from __future__ import annotations

import argparse
import os
import random
from dataclasses import dataclass
from datetime import date, timedelta

import psycopg


@dataclass(frozen=True)
class Single:
    isrc: str
    artist: str
    title: str
    priority: bool


def recent_singles(conn: psycopg.Connection, since: date) -> list[Single]:
    rows = conn.execute(
        "SELECT t.isrc, a.name, t.title, c.priority FROM tracks t"
        " JOIN artists a ON a.id = t.artist_id"
        " JOIN campaigns c ON c.track_id = t.id"
        " WHERE t.is_single AND t.release_date >= %s",
        (since,),
    ).fetchall()
    return [Single(*r) for r in rows]


def pick_sampler(singles: list[Single], size: int, rng: random.Random) -> list[Single]:
    weights = [3 if s.priority else 1 for s in singles]
    chosen: list[Single] = []
    pool = list(singles)
    while pool and len(chosen) < size:
        pick = rng.choices(pool, weights=weights, k=1)[0]
        idx = pool.index(pick)
        pool.pop(idx)
        weights.pop(idx)
        if all(c.artist != pick.artist for c in chosen):
            chosen.append(pick)
    rng.shuffle(chosen)
    return chosen


def main() -> int:
    parser = argparse.ArgumentParser(description="Weekly college radio sampler")
    parser.add_argument("--size", type=int, default=8)
    parser.add_argument("--weeks", type=int, default=6)
    parser.add_argument("--seed", type=int, help="reproduce a previous week's running order")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    since = date.today() - timedelta(weeks=args.weeks)
    with psycopg.connect(os.environ["CATALOG_DATABASE_URL"]) as conn:
        singles = recent_singles(conn, since)
    for n, single in enumerate(pick_sampler(singles, args.size, rng), start=1):
        print(f"{n:>2}. {single.artist} - {single.title} ({single.isrc})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
