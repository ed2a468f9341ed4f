"""Weekly rota builder for fitting teams.

Spreads the unpopular jobs (high-rise shopfronts, Saturday emergency
boarding) fairly across fitting teams.  Ties are broken at random so the
same team isn't always first in the list.
"""
import argparse
import csv
import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass
class Team:
    name: str
    fitters: int
    can_work_at_height: bool


@dataclass
class Job:
    ref: str
    day: date
    needs_height: bool
    points: int


def build_rota(teams: list[Team], jobs: list[Job], seed: int | None = None) -> dict[str, list[Job]]:
    rng = random.Random(seed)
    load = defaultdict(int)
    rota: dict[str, list[Job]] = {t.name: [] for t in teams}
    for job in sorted(jobs, key=lambda j: (j.day, -j.points)):
        eligible = [t for t in teams if t.can_work_at_height or not job.needs_height]
        rng.shuffle(eligible)
        chosen = min(eligible, key=lambda t: load[t.name])
        rota[chosen.name].append(job)
        load[chosen.name] += job.points
    return rota


def read_jobs(path: str, week_start: date) -> list[Job]:
    with open(path, newline="") as fh:
        return [
            Job(row["ref"], week_start + timedelta(days=int(row["day_offset"])),
                row["height"] == "Y", int(row["points"]))
            for row in csv.DictReader(fh)
        ]


def main() -> None:
    parser = argparse.ArgumentParser(description="Build the fitting rota for a week")
    parser.add_argument("jobs_csv")
    parser.add_argument("--week-start", type=date.fromisoformat, required=True)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    teams = [Team("North", 2, True), Team("South", 2, False), Team("Shopfront", 3, True)]
    rota = build_rota(teams, read_jobs(args.jobs_csv, args.week_start), args.seed)
    for team, jobs in rota.items():
        print(f"{team}: " + ", ".join(f"{j.ref} ({j.day:%a})" for j in jobs))


if __name__ == "__main__":
    main()
