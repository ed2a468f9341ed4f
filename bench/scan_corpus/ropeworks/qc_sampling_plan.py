"""Destructive-test sampling plan for finished rope batches.

For each batch the quality team cuts a number of sample lengths from
randomly chosen reels and sends them to the break-test bench.  The pick
is seeded from the batch code so that an auditor can re-run the plan
and get exactly the same reels.
"""
import argparse
import csv
import random
import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class SamplingRule:
    min_reels: int
    samples: int


RULES = [
    SamplingRule(min_reels=0, samples=1),
    SamplingRule(min_reels=20, samples=2),
    SamplingRule(min_reels=80, samples=3),
    SamplingRule(min_reels=250, samples=5),
]


def samples_for(reel_count: int) -> int:
    return max(r.samples for r in RULES if reel_count >= r.min_reels)


def pick_reels(batch_code: str, reels: list[str]) -> list[str]:
    rng = random.Random(f"rw-qc-{batch_code}")
    count = min(samples_for(len(reels)), len(reels))
    return sorted(rng.sample(reels, count))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Print the sampling plan for a batch")
    parser.add_argument("batch_code")
    parser.add_argument("reel_list", type=argparse.FileType("r"))
    args = parser.parse_args(argv)
    reels = [row["reel_no"] for row in csv.DictReader(args.reel_list)]
    if not reels:
        print("no reels in list", file=sys.stderr)
        return 1
    for reel in pick_reels(args.batch_code, reels):
        print(f"{args.batch_code}\t{reel}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
