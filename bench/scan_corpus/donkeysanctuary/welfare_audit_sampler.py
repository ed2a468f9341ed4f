"""Pick donkeys for the quarterly welfare spot-check.

Inspectors review a random sample of each herd's care records. The sample is
seeded from the quarter label so a second run for the same quarter picks the
same animals and the audit can be reproduced.
"""
from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import sys
from collections import defaultdict


def load_herds(db_path: str) -> dict[str, list[tuple[int, str]]]:
    conn = sqlite3.connect(db_path)
    herds: dict[str, list[tuple[int, str]]] = defaultdict(list)
    try:
        for donkey_id, name, herd in conn.execute(
            "SELECT id, name, herd FROM donkeys WHERE status = 'resident' ORDER BY id"
        ):
            herds[herd].append((donkey_id, name))
    finally:
        conn.close()
    return herds


def sample_for_audit(
    herds: dict[str, list[tuple[int, str]]], quarter: str, fraction: float = 0.1
) -> list[tuple[str, int, str]]:
    rng = random.Random(f"welfare-audit:{quarter}")
    picked: list[tuple[str, int, str]] = []
    for herd in sorted(herds):
        animals = herds[herd]
        size = max(1, round(len(animals) * fraction))
        for donkey_id, name in rng.sample(animals, size):
            picked.append((herd, donkey_id, name))
    return picked


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db")
    parser.add_argument("quarter", help="e.g. 2024-Q3")
    parser.add_argument("--fraction", type=float, default=0.1)
    args = parser.parse_args(argv)

    selection = sample_for_audit(load_herds(args.db), args.quarter, args.fraction)
    writer = csv.writer(sys.stdout)
    writer.writerow(["herd", "donkey_id", "name"])
    writer.writerows(selection)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
