"""Choose which completed pick lists get a manual recount.

Quality assurance recounts roughly 3% of each wave. The sample is seeded with
the wave id so that a supervisor re-running the report gets the same lists the
floor team was given.
"""
import argparse
import csv
import random
import sys
from dataclasses import dataclass


@dataclass
class PickList:
    picklist_id: str
    picker: str
    zone: str
    lines: int


def load_picklists(path: str) -> list[PickList]:
    with open(path, newline="") as fh:
        return [
            PickList(r["picklist_id"], r["picker"], r["zone"], int(r["lines"]))
            for r in csv.DictReader(fh)
        ]


def choose_for_recount(picklists: list[PickList], wave_id: str, rate: float = 0.03) -> list[PickList]:
    if not picklists:
        return []
    rng = random.Random(f"recount:{wave_id}")
    k = max(1, round(len(picklists) * rate))
    # always include at least one list from every zone that had activity
    by_zone: dict[str, list[PickList]] = {}
    for pl in picklists:
        by_zone.setdefault(pl.zone, []).append(pl)
    chosen = {rng.choice(group).picklist_id: None for group in by_zone.values()}
    remaining = [pl for pl in picklists if pl.picklist_id not in chosen]
    for pl in rng.sample(remaining, min(len(remaining), max(0, k - len(chosen)))):
        chosen[pl.picklist_id] = None
    return [pl for pl in picklists if pl.picklist_id in chosen]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("csv_path")
    parser.add_argument("--wave", required=True)
    parser.add_argument("--rate", type=float, default=0.03)
    args = parser.parse_args(argv)
    sample = choose_for_recount(load_picklists(args.csv_path), args.wave, args.rate)
    writer = csv.writer(sys.stdout)
    writer.writerow(["picklist_id", "picker", "zone"])
    for pl in sample:
        writer.writerow([pl.picklist_id, pl.picker, pl.zone])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
