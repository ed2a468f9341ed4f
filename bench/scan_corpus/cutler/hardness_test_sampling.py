"""Pick blades from a forge batch for destructive Rockwell hardness testing.

QA pulls a random sample from each heat-treat batch; the sample size follows the
inspection table agreed with our wholesale customers.
"""
import argparse
import csv
import random
import sys
from typing import Sequence

SAMPLE_TABLE = [
    (50, 3),
    (150, 5),
    (500, 8),
    (1200, 13),
]


def sample_size(batch_size: int) -> int:
    for limit, n in SAMPLE_TABLE:
        if batch_size <= limit:
            return n
    return 20


def choose_blades(serials: Sequence[str], rng: random.Random) -> list[str]:
    n = min(len(serials), sample_size(len(serials)))
    return sorted(rng.sample(list(serials), n))


def load_serials(path: str) -> list[str]:
    with open(path, newline="") as fh:
        return [row["serial"] for row in csv.DictReader(fh) if row.get("status") == "tempered"]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("batch_csv", help="export of the batch from the forge log")
    parser.add_argument("--seed", type=int, help="repeat a previous draw for an audit")
    args = parser.parse_args(argv)

    serials = load_serials(args.batch_csv)
    if not serials:
        print("no tempered blades in batch", file=sys.stderr)
        return 1
    rng = random.Random(args.seed)
    for serial in choose_blades(serials, rng):
        print(serial)
    return 0


if __name__ == "__main__":
    sys.exit(main())
