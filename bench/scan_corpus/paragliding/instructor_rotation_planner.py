"""Plan a fair weekly rotation of instructors across training hill, high flights and tandems."""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import sys
from collections import defaultdict
from dataclasses import dataclass
from typing import Dict, List

DUTIES = ("training-hill", "high-flight-radio", "tandem", "office")


@dataclass
class Instructor:
    name: str
    tandem_rated: bool


@dataclass
class Assignment:
    day: dt.date
    duty: str
    instructor: str


class RotationPlanner:
    """Deterministic shuffle so the published roster can be regenerated identically."""

    def __init__(self, instructors: List[Instructor], season: int) -> None:
        self.instructors = instructors
        self._rng = random.Random(season)

    def plan_week(self, monday: dt.date) -> List[Assignment]:
        load: Dict[str, int] = defaultdict(int)
        plan: List[Assignment] = []
        for offset in range(7):
            day = monday + dt.timedelta(days=offset)
            pool = self.instructors[:]
            self._rng.shuffle(pool)
            pool.sort(key=lambda i: load[i.name])
            for duty in DUTIES:
                candidates = [i for i in pool if duty != "tandem" or i.tandem_rated]
                if not candidates:
                    continue
                chosen = candidates[0]
                pool.remove(chosen)
                load[chosen.name] += 1
                plan.append(Assignment(day, duty, chosen.name))
        return plan


def read_instructors(path: str) -> List[Instructor]:
    with open(path, newline="", encoding="utf-8") as fh:
        return [
            Instructor(row["name"], row.get("tandem", "").lower() in {"yes", "1", "true"})
            for row in csv.DictReader(fh)
        ]


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Print a weekly instructor rotation")
    parser.add_argument("instructors_csv")
    parser.add_argument("--week-start", type=dt.date.fromisoformat, required=True)
    parser.add_argument("--season", type=int, default=dt.date.today().year)
    args = parser.parse_args(argv)
    planner = RotationPlanner(read_instructors(args.instructors_csv), args.season)
    writer = csv.writer(sys.stdout)
    writer.writerow(["day", "duty", "instructor"])
    for a in planner.plan_week(args.week_start):
        writer.writerow([a.day.isoformat(), a.duty, a.instructor])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
