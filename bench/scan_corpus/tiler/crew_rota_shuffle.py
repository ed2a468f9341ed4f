"""Weekend rota builder.

Saturday jobs (mostly commercial kitchens that can't close on weekdays) are
shared out between fitters who opted in. Order is shuffled each month so the
same people don't always land the early slots or the long drives.
"""
import argparse
import csv
import random
import sys
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Dict, List


@dataclass
class Fitter:
    name: str
    max_saturdays: int


def saturdays(year: int, month: int) -> List[date]:
    d = date(year, month, 1)
    d += timedelta(days=(5 - d.weekday()) % 7)
    out = []
    while d.month == month:
        out.append(d)
        d += timedelta(days=7)
    return out


def build_rota(fitters: List[Fitter], days: List[date], per_day: int, rng: random.Random) -> Dict[date, List[str]]:
    pool = list(fitters)
    rng.shuffle(pool)
    load: Dict[str, int] = defaultdict(int)
    rota: Dict[date, List[str]] = {}
    for day in days:
        available = [f for f in pool if load[f.name] < f.max_saturdays]
        available.sort(key=lambda f: load[f.name])
        chosen = available[:per_day]
        for f in chosen:
            load[f.name] += 1
        rota[day] = [f.name for f in chosen]
        pool = pool[per_day:] + pool[:per_day]
    return rota


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Build the Saturday rota for a month")
    parser.add_argument("fitters_csv")
    parser.add_argument("--year", type=int, default=date.today().year)
    parser.add_argument("--month", type=int, default=date.today().month)
    parser.add_argument("--per-day", type=int, default=2)
    args = parser.parse_args(argv)

    with open(args.fitters_csv, newline="") as fh:
        fitters = [Fitter(r["name"], int(r["max_saturdays"])) for r in csv.DictReader(fh)]

    rng = random.Random()
    rota = build_rota(fitters, saturdays(args.year, args.month), args.per_day, rng)
    writer = csv.writer(sys.stdout)
    writer.writerow(["date", "fitters"])
    for day, names in rota.items():
        writer.writerow([day.isoformat(), "; ".join(names) or "UNSTAFFED"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
