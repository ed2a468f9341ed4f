"""Build small, reproducible test fixtures by sampling production-shaped exports.

Input rows are already anonymised by the export job; this step only cuts them
down to something that fits in the repo and runs fast in CI.
"""
import argparse
import csv
import random
from pathlib import Path


def sample_rows(rows: list[dict], k: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    if len(rows) <= k:
        return rows
    return sorted(rng.sample(rows, k), key=lambda r: r.get("id", ""))


def stratified_sample(rows: list[dict], column: str, per_group: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    groups: dict[str, list[dict]] = {}
    for row in rows:
        groups.setdefault(row[column], []).append(row)
    out: list[dict] = []
    for key in sorted(groups):
        members = groups[key]
        out.extend(members if len(members) <= per_group else rng.sample(members, per_group))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("src", type=Path)
    parser.add_argument("dst", type=Path)
    parser.add_argument("-k", type=int, default=200)
    parser.add_argument("--by", help="column to stratify on")
    parser.add_argument("--seed", type=int, default=1234)
    args = parser.parse_args()

    with args.src.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        fieldnames = reader.fieldnames or []
        rows = list(reader)

    if args.by:
        picked = stratified_sample(rows, args.by, args.k, args.seed)
    else:
        picked = sample_rows(rows, args.k, args.seed)

    with args.dst.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=fieldnames)
        writer.writeheader()
        writer.writerows(picked)


if __name__ == "__main__":
    main()
