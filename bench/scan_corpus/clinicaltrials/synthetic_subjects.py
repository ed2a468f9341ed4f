"""Generate synthetic subject data for UAT of new eCRF builds.

Output is fake demographics and vitals used to click through forms in
the validation environment. Seeded so UAT scripts produce the same
subjects every run and screenshots in the validation pack stay stable.
"""
import argparse
import csv
import random
import sys
from datetime import date, timedelta
from typing import Iterator

SEX = ("F", "M")
UAT_START = date(2024, 1, 8)


def synthetic_subjects(n: int, site_number: str, seed: int = 1234) -> Iterator[dict]:
    rng = random.Random(seed)
    for i in range(1, n + 1):
        yield {
            "subject_id": f"{site_number}-{i:04d}",
            "sex": rng.choice(SEX),
            "age": rng.randint(18, 80),
            "weight_kg": round(rng.gauss(76, 12), 1),
            "systolic_bp": rng.randint(100, 165),
            "diastolic_bp": rng.randint(60, 100),
            "screening_date": (UAT_START + timedelta(days=rng.randint(0, 180))).isoformat(),
        }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Write synthetic UAT subjects as CSV to stdout")
    ap.add_argument("--count", type=int, default=50)
    ap.add_argument("--site", default="101")
    ap.add_argument("--seed", type=int, default=1234)
    args = ap.parse_args(argv)

    rows = list(synthetic_subjects(args.count, args.site, args.seed))
    if not rows:
        return 0
    writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
