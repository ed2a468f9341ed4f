"""Picks borrowers to invite to the annual mobile library reader survey.

The library wants a stratified sample: the same share of active borrowers
from every van route, so small rural routes are not drowned out.  A seed is
recorded with each run so the committee can reproduce the selection.
"""
from __future__ import annotations

import argparse
import csv
import os
import random
import sys
from collections import defaultdict

import psycopg


def load_active_borrowers(conn: psycopg.Connection, months: int) -> dict[str, list[tuple]]:
    by_route: dict[str, list[tuple]] = defaultdict(list)
    with conn.cursor() as cur:
        cur.execute(
            """
            SELECT r.route_code, b.id, b.display_name, b.email
              FROM borrowers b
              JOIN stops s ON s.id = b.home_stop_id
              JOIN routes r ON r.id = s.route_id
             WHERE b.active AND b.survey_opt_in
               AND b.last_loan_at > now() - make_interval(months => %s)
            """,
            (months,),
        )
        for route_code, borrower_id, name, email in cur:
            by_route[route_code].append((borrower_id, name, email))
    return by_route


def stratified_sample(by_route: dict[str, list[tuple]], share: float,
                      seed: int) -> list[tuple]:
    rng = random.Random(seed)
    chosen = []
    for route_code in sorted(by_route):
        members = sorted(by_route[route_code])
        k = max(1, round(len(members) * share))
        for borrower in rng.sample(members, min(k, len(members))):
            chosen.append((route_code, *borrower))
    return chosen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--share", type=float, default=0.1)
    parser.add_argument("--months", type=int, default=12)
    parser.add_argument("--seed", type=int, required=True)
    args = parser.parse_args()

    with psycopg.connect(os.environ["BORROWER_DB_URL"]) as conn:
        by_route = load_active_borrowers(conn, args.months)
    sample = stratified_sample(by_route, args.share, args.seed)
    writer = csv.writer(sys.stdout)
    writer.writerow(["route", "borrower_id", "name", "email"])
    writer.writerows(sample)
    print(f"# seed={args.seed} invited={len(sample)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
