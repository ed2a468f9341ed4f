"""Weekly rota for apprentices across the workshop benches.

Each apprentice should rotate through the forge, the wheel pit, the paint
shop and the joinery bench; ordering within a week is shuffled so nobody
always starts Monday on the forge.
"""
import argparse
import csv
import random
import sys
from dataclasses import dataclass
from datetime import date, timedelta

BENCHES = ("forge", "wheel pit", "paint shop", "joinery", "upholstery")


@dataclass(frozen=True)
class Assignment:
    day: date
    apprentice: str
    bench: str


def week_start(d: date) -> date:
    return d - timedelta(days=d.weekday())


def build_rota(apprentices: list[str], monday: date, rng: random.Random) -> list[Assignment]:
    rota: list[Assignment] = []
    benches = list(BENCHES)
    for offset in range(5):
        day = monday + timedelta(days=offset)
        order = apprentices[:]
        rng.shuffle(order)
        for i, name in enumerate(order):
            bench = benches[(i + offset) % len(benches)]
            rota.append(Assignment(day, name, bench))
    return rota


def write_csv(rota: list[Assignment], out) -> None:
    writer = csv.writer(out)
    writer.writerow(["date", "apprentice", "bench"])
    for a in sorted(rota, key=lambda a: (a.day, a.apprentice)):
        writer.writerow([a.day.isoformat(), a.apprentice, a.bench])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Print next week's apprentice rota")
    parser.add_argument("names", nargs="+", help="apprentice names")
    parser.add_argument("--week-of", type=date.fromisoformat, default=date.today() + timedelta(days=7))
    parser.add_argument("--seed", type=int, default=None, help="repeat a previous rota")
    args = parser.parse_args(argv)

    rng = random.Random(args.seed)
    rota = build_rota(args.names, week_start(args.week_of), rng)
    write_csv(rota, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
