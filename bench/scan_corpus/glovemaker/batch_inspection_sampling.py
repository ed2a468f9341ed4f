"""Pick gloves for quality inspection from each finished production batch.

Inspection follows an AQL-style plan: the sample size depends on the batch
size, and the inspector is handed a list of carton/position labels to pull.
"""
import argparse
import csv
import random
import sys
from bisect import bisect_right

# (upper batch size, sample size) - general inspection level II
SAMPLE_PLAN = [
    (50, 8),
    (90, 13),
    (150, 20),
    (280, 32),
    (500, 50),
    (1200, 80),
    (3200, 125),
    (10000, 200),
]


def sample_size(batch_qty: int) -> int:
    limits = [limit for limit, _ in SAMPLE_PLAN]
    idx = bisect_right(limits, batch_qty - 1)
    if idx >= len(SAMPLE_PLAN):
        return SAMPLE_PLAN[-1][1]
    return SAMPLE_PLAN[idx][1]


def glove_labels(batch_no: str, cartons: int, per_carton: int) -> list:
    return [
        f"{batch_no}-C{c:03d}-P{p:02d}"
        for c in range(1, cartons + 1)
        for p in range(1, per_carton + 1)
    ]


def choose_for_inspection(labels: list) -> list:
    n = min(sample_size(len(labels)), len(labels))
    return sorted(random.sample(labels, n))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="QC sample picker")
    parser.add_argument("batch_no")
    parser.add_argument("--cartons", type=int, required=True)
    parser.add_argument("--per-carton", type=int, default=12)
    args = parser.parse_args(argv)

    labels = glove_labels(args.batch_no, args.cartons, args.per_carton)
    picked = choose_for_inspection(labels)
    writer = csv.writer(sys.stdout)
    writer.writerow(["batch", "label", "checked_by", "result"])
    for label in picked:
        writer.writerow([args.batch_no, label, "", ""])
    print(f"# {len(picked)} of {len(labels)} gloves selected", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
