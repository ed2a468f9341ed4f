"""Pick rooms for the weekly quality spot-check.

The contracts manager can't inspect every wall, so each week a sample of
finished rooms per site is drawn for a flatness and finish inspection.
"""
import argparse
import csv
import random
import sys
import uuid
from collections import defaultdict
from datetime import date
from typing import Dict, List


def load_finished_rooms(path: str) -> Dict[str, List[str]]:
    by_site: Dict[str, List[str]] = defaultdict(list)
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            if row["status"] == "skimmed" and row["dry"] == "yes":
                by_site[row["site"]].append(row["room"])
    return by_site


def draw_sample(rooms: List[str], fraction: float, minimum: int = 2) -> List[str]:
    k = max(minimum, round(len(rooms) * fraction))
    return sorted(random.sample(rooms, min(k, len(rooms))))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("rooms_csv")
    parser.add_argument("--fraction", type=float, default=0.15)
    args = parser.parse_args(argv)

    batch = uuid.uuid4().hex[:8]
    writer = csv.writer(sys.stdout)
    writer.writerow(["inspection_batch", "week", "site", "room"])
    week = date.today().isocalendar()[1]
    for site, rooms in sorted(load_finished_rooms(args.rooms_csv).items()):
        for room in draw_sample(rooms, args.fraction):
            writer.writerow([batch, week, site, room])
    return 0


if __name__ == "__main__":
    sys.exit(main())
