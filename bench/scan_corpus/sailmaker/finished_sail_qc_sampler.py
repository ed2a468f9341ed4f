"""Pick finished sails for the weekly quality-control audit.

The QC lead re-measures a random sample of sails that left the finishing
floor this week, weighted towards the more complex constructions.
"""
import csv
import random
import sys
from collections import defaultdict
from datetime import date, timedelta
from typing import Dict, List

WEIGHTS = {"laminate": 3, "membrane": 4, "dacron": 1, "nylon": 1}


def load_finished(path: str, since: date) -> List[dict]:
    with open(path, newline="") as fh:
        rows = list(csv.DictReader(fh))
    return [r for r in rows if date.fromisoformat(r["finished_on"]) >= since]


def by_construction(rows: List[dict]) -> Dict[str, List[dict]]:
    groups: Dict[str, List[dict]] = defaultdict(list)
    for row in rows:
        groups[row["construction"].lower()].append(row)
    return groups


def choose_sample(rows: List[dict], size: int, seed=None) -> List[dict]:
    rng = random.Random(seed)
    if len(rows) <= size:
        return rows
    weights = [WEIGHTS.get(r["construction"].lower(), 1) for r in rows]
    picked: List[dict] = []
    pool = list(zip(rows, weights))
    while len(picked) < size and pool:
        idx = rng.choices(range(len(pool)), weights=[w for _, w in pool])[0]
        picked.append(pool.pop(idx)[0])
    return picked


def main(argv: List[str]) -> int:
    path = argv[1] if len(argv) > 1 else "finished_sails.csv"
    size = int(argv[2]) if len(argv) > 2 else 5
    rows = load_finished(path, date.today() - timedelta(days=7))
    sample = choose_sample(rows, size)
    for construction, group in sorted(by_construction(sample).items()):
        for row in group:
            print(f"{construction:10} {row['sail_number']:>8} {row['order_id']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
