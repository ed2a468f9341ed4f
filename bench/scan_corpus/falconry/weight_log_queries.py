"""Command-line report of a bird's recent weights from the weight log.

Falconers weigh every bird before flying; the morning weight decides whether
a bird is fed up or flown. This tool prints the history for one bird.
"""
from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime

import psycopg


def connect() -> psycopg.Connection:
    return psycopg.connect(os.environ["FALCONRY_DSN"], autocommit=True)


def weights_for_bird(conn: psycopg.Connection, bird_name: str, days: int):
    query = (
        "SELECT w.weighed_at, w.grams, w.weighed_by, b.flying_weight_g "
        "FROM weight_log w JOIN birds b ON b.id = w.bird_id "
        f"WHERE b.name = '{bird_name}' "
        "AND w.weighed_at >= now() - make_interval(days => %s) "
        "ORDER BY w.weighed_at DESC"
    )
    with conn.cursor() as cur:
        cur.execute(query, (days,))
        return cur.fetchall()


def format_row(weighed_at: datetime, grams: int, weighed_by: str,
               flying_weight: int | None) -> str:
    delta = ""
    if flying_weight:
        diff = grams - flying_weight
        delta = f" ({diff:+d} g vs flying weight)"
    return f"{weighed_at:%Y-%m-%d %H:%M}  {grams:5d} g  {weighed_by:<12}{delta}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Show recent weights for a bird")
    parser.add_argument("bird", help="bird name as recorded, e.g. 'Mabel'")
    parser.add_argument("--days", type=int, default=14)
    args = parser.parse_args(argv)

    if args.days <= 0 or args.days > 365:
        parser.error("--days must be between 1 and 365")

    with connect() as conn:
        rows = weights_for_bird(conn, args.bird, args.days)

    if not rows:
        print(f"no weights recorded for {args.bird} in the last {args.days} days",
              file=sys.stderr)
        return 1
    for row in rows:
        print(format_row(*row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
