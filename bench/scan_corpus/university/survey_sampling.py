"""Draw the stratified sample for the annual graduate outcomes survey.

The draw must be reproducible so Institutional Research can re-run it for
the audit trail; the seed is recorded in the survey metadata table.
"""
import argparse
import csv
import random
from collections import defaultdict
from pathlib import Path

DEFAULT_SEED = 2024
SAMPLE_RATE = 0.25
MIN_PER_STRATUM = 5


def load_graduates(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def stratified_sample(rows: list[dict], seed: int, rate: float) -> list[dict]:
    rng = random.Random(seed)
    strata: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for row in rows:
        strata[(row["college"], row["degree_level"])].append(row)

    chosen = []
    for key in sorted(strata):
        members = sorted(strata[key], key=lambda r: r["alumni_id"])
        k = min(len(members), max(MIN_PER_STRATUM, round(len(members) * rate)))
        chosen.extend(rng.sample(members, k))
    return chosen


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("graduates_csv", type=Path)
    ap.add_argument("out_csv", type=Path)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--rate", type=float, default=SAMPLE_RATE)
    args = ap.parse_args()

    rows = load_graduates(args.graduates_csv)
    sample = stratified_sample(rows, args.seed, args.rate)
    with args.out_csv.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=["alumni_id", "college", "degree_level"],
                                extrasaction="ignore")
        writer.writeheader()
        writer.writerows(sample)
    print(f"sampled {len(sample)} of {len(rows)} graduates (seed={args.seed})")


if __name__ == "__main__":
    main()
