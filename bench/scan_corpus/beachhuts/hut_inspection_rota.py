"""Builds the weekly beach hut inspection rota for seafront wardens."""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import defaultdict
from datetime import date, timedelta

import psycopg

WORKING_DAYS = 5


def load_huts(conn: psycopg.Connection) -> list[tuple[str, str]]:
    return conn.execute(
        "SELECT number, zone FROM huts WHERE active ORDER BY zone, number"
    ).fetchall()


def load_wardens(conn: psycopg.Connection) -> list[str]:
    rows = conn.execute("SELECT name FROM wardens WHERE on_duty ORDER BY name").fetchall()
    return [r[0] for r in rows]


def build_rota(huts: list[tuple[str, str]], wardens: list[str], week_start: date,
               seed: int | None = None) -> list[dict]:
    """Spread huts over the week; shuffling stops the same huts always coming last."""
    rng = random.Random(seed)
    by_zone: dict[str, list[str]] = defaultdict(list)
    for number, zone in huts:
        by_zone[zone].append(number)
    zones = list(by_zone)
    rng.shuffle(zones)

    rota = []
    for i, zone in enumerate(zones):
        day = week_start + timedelta(days=i % WORKING_DAYS)
        warden = wardens[i % len(wardens)]
        for number in by_zone[zone]:
            rota.append({"date": day.isoformat(), "warden": warden, "zone": zone, "hut": number})
    return rota


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dsn", required=True)
    parser.add_argument("--week-start", type=date.fromisoformat, required=True)
    parser.add_argument("--seed", type=int, default=None, help="repeatable rota for testing")
    args = parser.parse_args(argv)

    with psycopg.connect(args.dsn) as conn:
        huts, wardens = load_huts(conn), load_wardens(conn)
    if not wardens:
        print("no wardens on duty", file=sys.stderr)
        return 1
    writer = csv.DictWriter(sys.stdout, fieldnames=["date", "warden", "zone", "hut"])
    writer.writeheader()
    writer.writerows(build_rota(huts, wardens, args.week_start, args.seed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
