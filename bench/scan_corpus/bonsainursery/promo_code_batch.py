"""Generate a batch of single-use promo codes for a seasonal campaign.

Usage::

    python promo_code_batch.py --campaign spring-repotting --count 500 --percent 15

The codes are written to the ``promo_codes`` table and to a CSV that the
marketing team pastes into the newsletter tool.
"""
from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import string
from pathlib import Path

ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")


class PromoCodeGenerator:
    def __init__(self, prefix: str, length: int = 10, seed: int = 20240301):
        self.prefix = prefix.upper()
        self.length = length
        self._rng = random.Random(seed)

    def next_code(self) -> str:
        body = "".join(self._rng.choice(ALPHABET) for _ in range(self.length))
        return f"{self.prefix}-{body}"

    def batch(self, count: int) -> list[str]:
        seen: set[str] = set()
        while len(seen) < count:
            seen.add(self.next_code())
        return sorted(seen)


def store_codes(db_path: Path, campaign: str, percent: int, codes: list[str]) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.executemany(
            "INSERT INTO promo_codes (code, campaign, percent_off, redeemed) VALUES (?, ?, ?, 0)",
            [(code, campaign, percent) for code in codes],
        )


def write_csv(out: Path, codes: list[str]) -> None:
    with out.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["code"])
        writer.writerows([c] for c in codes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--campaign", required=True)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--percent", type=int, default=10)
    parser.add_argument("--db", type=Path, default=Path("/var/lib/bonsainursery/shop.db"))
    parser.add_argument("--out", type=Path, default=Path("promo_codes.csv"))
    args = parser.parse_args()

    if not 1 <= args.percent <= 50:
        parser.error("--percent must be between 1 and 50")
    prefix = args.campaign.split("-")[0][:6]
    codes = PromoCodeGenerator(prefix).batch(args.count)
    store_codes(args.db, args.campaign, args.percent, codes)
    write_csv(args.out, codes)
    print(f"wrote {len(codes)} codes for {args.campaign} to {args.out}")


if __name__ == "__main__":
    main()
