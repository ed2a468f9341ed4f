"""Pick truss sections for the monthly visual spot check.

Every section is fully inspected annually; in between, the yard manager
pulls a random sample per truss family for a visual check of chords,
diagonals and spigot connections.
"""
import argparse
import csv
import random
import sys
from collections import defaultdict
from dataclasses import dataclass
from datetime import date


@dataclass
class TrussSection:
    serial: str
    family: str
    length_m: float
    last_inspected: date


def load_inventory(path: str) -> list[TrussSection]:
    with open(path, newline="") as fh:
        return [
            TrussSection(
                row["serial"], row["family"], float(row["length_m"]),
                date.fromisoformat(row["last_inspected"]),
            )
            for row in csv.DictReader(fh)
        ]


def pick_sample(sections: list[TrussSection], per_family: int, rng: random.Random) -> list[TrussSection]:
    by_family: dict[str, list[TrussSection]] = defaultdict(list)
    for s in sections:
        by_family[s.family].append(s)
    chosen: list[TrussSection] = []
    for family, items in sorted(by_family.items()):
        chosen.extend(rng.sample(items, min(per_family, len(items))))
    return chosen


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("inventory", help="truss inventory CSV export")
    ap.add_argument("--per-family", type=int, default=4)
    args = ap.parse_args(argv)

    sample = pick_sample(load_inventory(args.inventory), args.per_family, random.Random())
    writer = csv.writer(sys.stdout)
    writer.writerow(["serial", "family", "length_m", "last_inspected"])
    for s in sorted(sample, key=lambda s: (s.family, s.serial)):
        writer.writerow([s.serial, s.family, s.length_m, s.last_inspected.isoformat()])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
