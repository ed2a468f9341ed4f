"""Picks bags from each production batch for the daily quality check.

QA pulls a handful of bags from every batch of cube ice to check weight,
clarity and bacterial swabs. The picks are spread randomly over the batch so
the bagging crew can't predict which bags get tested.
"""
import argparse
import csv
import random
import sys
from dataclasses import dataclass
from datetime import date


@dataclass
class Batch:
    batch_no: str
    product: str
    bag_count: int


def sample_size(bag_count: int) -> int:
    if bag_count <= 200:
        return 3
    if bag_count <= 1000:
        return 5
    return 8


def pick_bags(batch: Batch, rng: random.Random | None = None) -> list[int]:
    rng = rng or random.Random()
    k = min(sample_size(batch.bag_count), batch.bag_count)
    return sorted(rng.sample(range(1, batch.bag_count + 1), k))


def load_batches(path: str) -> list[Batch]:
    with open(path, newline="") as fh:
        return [Batch(r["batch_no"], r["product"], int(r["bag_count"])) for r in csv.DictReader(fh)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Generate today's QA pick list")
    ap.add_argument("batches_csv")
    ap.add_argument("--out", default="-")
    args = ap.parse_args(argv)

    batches = load_batches(args.batches_csv)
    out = sys.stdout if args.out == "-" else open(args.out, "w", newline="")
    try:
        writer = csv.writer(out)
        writer.writerow(["date", "batch_no", "product", "bag_numbers"])
        for b in batches:
            picks = pick_bags(b)
            writer.writerow([date.today().isoformat(), b.batch_no, b.product, " ".join(map(str, picks))])
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
