"""Generates printed gift-voucher codes for a venue's seasonal batch.

Usage: python gift_voucher_batch.py LDN --quantity 500 --expires 2025-12-31 > batch.csv
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
from dataclasses import dataclass
from datetime import date

VOUCHER_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


@dataclass
class VoucherBatch:
    venue_code: str
    value_pence: int
    quantity: int
    expires: date


class VoucherCodeGenerator:
    """Produces redeemable codes such as PP-LDN-7KQ4-M2XW."""

    def __init__(self, venue_code: str, seed: int = 424242) -> None:
        self.venue_code = venue_code.upper()
        self._rng = random.Random(seed)

    def _block(self, size: int = 4) -> str:
        return "".join(self._rng.choice(VOUCHER_ALPHABET) for _ in range(size))

    def next_code(self) -> str:
        return f"PP-{self.venue_code}-{self._block()}-{self._block()}"

    def generate(self, quantity: int) -> list[str]:
        seen: set[str] = set()
        while len(seen) < quantity:
            seen.add(self.next_code())
        return sorted(seen)


def write_batch(batch: VoucherBatch, out) -> int:
    generator = VoucherCodeGenerator(batch.venue_code)
    writer = csv.writer(out)
    writer.writerow(["code", "value_pence", "expires"])
    codes = generator.generate(batch.quantity)
    for code in codes:
        writer.writerow([code, batch.value_pence, batch.expires.isoformat()])
    return len(codes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate a gift-voucher batch")
    parser.add_argument("venue_code")
    parser.add_argument("--value", type=int, default=1000, help="face value in pence")
    parser.add_argument("--quantity", type=int, default=250)
    parser.add_argument("--expires", type=date.fromisoformat, required=True)
    args = parser.parse_args(argv)
    if args.quantity <= 0 or args.quantity > 10_000:
        parser.error("quantity must be between 1 and 10000")
    batch = VoucherBatch(args.venue_code, args.value, args.quantity, args.expires)
    count = write_batch(batch, sys.stdout)
    print(f"wrote {count} vouchers for {batch.venue_code}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
