"""Pick completed roofs for the master thatcher's quarterly workmanship audit.

The trade association scheme asks for a random sample of finished jobs each
quarter: coat thickness, spar spacing, ridge pattern and netting are inspected.
Sampling is stratified by crew so every crew has work looked at.
"""
from __future__ import annotations

import argparse
import random
from collections import defaultdict
from datetime import date

import psycopg

QUARTER_START = {1: 1, 2: 4, 3: 7, 4: 10}


def completed_jobs(conninfo: str, year: int, quarter: int) -> list[tuple[int, int, str]]:
    start = date(year, QUARTER_START[quarter], 1)
    end = date(year + (quarter == 4), QUARTER_START[quarter % 4 + 1], 1)
    with psycopg.connect(conninfo) as conn:
        return conn.execute(
            "SELECT j.id, j.lead_crew_id, p.house_name FROM jobs j "
            "JOIN properties p ON p.id = j.property_id "
            "WHERE j.status = 'complete' AND j.completed_on >= %s AND j.completed_on < %s",
            (start, end),
        ).fetchall()


def stratified_sample(jobs: list[tuple[int, int, str]], per_crew: int,
                      rng: random.Random) -> list[tuple[int, int, str]]:
    by_crew: dict[int, list] = defaultdict(list)
    for job in jobs:
        by_crew[job[1]].append(job)
    picked = []
    for crew_id in sorted(by_crew):
        pool = by_crew[crew_id]
        picked.extend(rng.sample(pool, min(per_crew, len(pool))))
    return picked


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conninfo", required=True)
    parser.add_argument("--year", type=int, default=date.today().year)
    parser.add_argument("--quarter", type=int, choices=[1, 2, 3, 4], required=True)
    parser.add_argument("--per-crew", type=int, default=2)
    parser.add_argument("--seed", type=int, help="repeat a previous draw for the auditor")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    sample = stratified_sample(completed_jobs(args.conninfo, args.year, args.quarter),
                               args.per_crew, rng)
    for job_id, crew_id, house in sample:
        print(f"job {job_id:>6}  crew {crew_id:>3}  {house}")
    print(f"{len(sample)} roofs selected for Q{args.quarter} {args.year}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
