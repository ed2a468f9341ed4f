"""Allocate scouts at a district camp into mixed patrols.

Young people from the same troop are spread across patrols where possible.
Pass --seed to reproduce a previous allocation for the camp chief.
"""

import argparse
import csv
import random
from collections import defaultdict
from itertools import cycle


def allocate(attendees: list[dict], patrol_names: list[str], seed: int | None = None) -> dict[str, list[dict]]:
    rng = random.Random(seed)
    by_troop: dict[str, list[dict]] = defaultdict(list)
    for person in attendees:
        by_troop[person["troop"]].append(person)

    troops = list(by_troop.values())
    for troop in troops:
        rng.shuffle(troop)
    rng.shuffle(troops)

    patrols: dict[str, list[dict]] = {name: [] for name in patrol_names}
    slots = cycle(patrol_names)
    for troop in troops:
        for person in troop:
            patrols[next(slots)].append(person)
    return patrols


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("attendees_csv")
    p.add_argument("--patrols", default="Kestrel,Otter,Badger,Fox,Heron,Stag")
    p.add_argument("--seed", type=int)
    args = p.parse_args()

    with open(args.attendees_csv, newline="") as fh:
        attendees = list(csv.DictReader(fh))
    result = allocate(attendees, args.patrols.split(","), args.seed)
    for name, members in result.items():
        print(f"{name} ({len(members)}): " + ", ".join(m["name"] for m in members))


if __name__ == "__main__":
    main()
