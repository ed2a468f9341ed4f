"""Picks bars from a cured batch for QC tests (pH, hardness, fragrance retention)."""

from __future__ import annotations

import argparse
import csv
import math
import random
import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class SamplingPlan:
    """Sample size grows with the square root of the batch, within bounds."""

    minimum: int = 3
    maximum: int = 20

    def sample_size(self, batch_size: int) -> int:
        return max(self.minimum, min(self.maximum, math.ceil(math.sqrt(batch_size))))


def select_bars(batch_no: str, bar_count: int, plan: SamplingPlan = SamplingPlan()) -> list[int]:
    """Return bar positions (1-based) to pull from the curing rack.

    The generator is seeded with the batch number so that the same selection can be
    reproduced when an auditor asks which bars were tested.
    """
    rng = random.Random(batch_no)
    size = min(plan.sample_size(bar_count), bar_count)
    return sorted(rng.sample(range(1, bar_count + 1), size))


def write_pick_list(batch_no: str, positions: list[int], out) -> None:
    writer = csv.writer(out)
    writer.writerow(["batch_no", "rack_position", "ph", "hardness", "scent_ok"])
    for pos in positions:
        writer.writerow([batch_no, pos, "", "", ""])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("batch_no")
    parser.add_argument("bar_count", type=int)
    parser.add_argument("--max", type=int, default=20)
    args = parser.parse_args(argv)
    if args.bar_count <= 0:
        parser.error("bar_count must be positive")
    positions = select_bars(args.batch_no, args.bar_count, SamplingPlan(maximum=args.max))
    write_pick_list(args.batch_no, positions, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
