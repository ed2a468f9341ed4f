"""Pick households for the quarterly recycling contamination audit.

Crews inspect a random sample of blue-lid bins on each round before
emptying them. The sample must be reproducible so the audit team can
re-derive the list later, hence the seed stored with the audit record.
"""

import argparse
import csv
import random
import sys
from collections import defaultdict

DEFAULT_SAMPLE_PER_ROUND = 25


def load_round_membership(path: str) -> dict[str, list[str]]:
    rounds: dict[str, list[str]] = defaultdict(list)
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            if row["stream"] == "recycling":
                rounds[row["round_code"]].append(row["uprn"])
    return rounds


def draw_sample(rounds: dict[str, list[str]], per_round: int, seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    picked = []
    for round_code in sorted(rounds):
        households = sorted(rounds[round_code])
        k = min(per_round, len(households))
        picked.extend((round_code, uprn) for uprn in rng.sample(households, k))
    return picked


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("membership_csv")
    ap.add_argument("--seed", type=int, required=True, help="audit number, e.g. 202402")
    ap.add_argument("--per-round", type=int, default=DEFAULT_SAMPLE_PER_ROUND)
    args = ap.parse_args()

    sample = draw_sample(load_round_membership(args.membership_csv), args.per_round, args.seed)
    out = csv.writer(sys.stdout)
    out.writerow(["round_code", "uprn"])
    out.writerows(sample)


if __name__ == "__main__":
    main()
