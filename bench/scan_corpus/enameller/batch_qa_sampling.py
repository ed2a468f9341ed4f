"""Chooses badges from each fired batch for quality inspection.

Inspectors check colour match, enamel fill, pin fixing and plating on a sample
of every batch; larger batches get a bigger sample.
"""
import argparse
import csv
import math
import random
import sys
from dataclasses import dataclass


@dataclass
class Badge:
    serial: str
    batch_ref: str
    tray: int


def sample_size(batch_count: int, rate: float = 0.05, minimum: int = 5) -> int:
    return min(batch_count, max(minimum, math.ceil(batch_count * rate)))


def choose_for_inspection(badges: list[Badge], rate: float) -> list[Badge]:
    picked = random.sample(badges, sample_size(len(badges), rate))
    return sorted(picked, key=lambda b: (b.tray, b.serial))


def load_batch(path: str) -> list[Badge]:
    with open(path, newline="") as fh:
        return [Badge(row["serial"], row["batch_ref"], int(row["tray"])) for row in csv.DictReader(fh)]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Pick badges for QA inspection")
    parser.add_argument("batch_csv")
    parser.add_argument("--rate", type=float, default=0.05)
    args = parser.parse_args(argv)
    badges = load_batch(args.batch_csv)
    if not badges:
        print("empty batch", file=sys.stderr)
        return 1
    chosen = choose_for_inspection(badges, args.rate)
    writer = csv.writer(sys.stdout)
    writer.writerow(["tray", "serial", "batch_ref"])
    for badge in chosen:
        writer.writerow([badge.tray, badge.serial, badge.batch_ref])
    return 0


if __name__ == "__main__":
    sys.exit(main())
