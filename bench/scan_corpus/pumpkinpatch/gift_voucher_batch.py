"""Generate a batch of farm shop gift vouchers for the autumn season.

Run once per print run; the CSV goes to the printers and the codes are
loaded into the till so they can be redeemed against pumpkins and pies.
"""
from __future__ import annotations

import argparse
import csv
import random
import string
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")


@dataclass
class Voucher:
    code: str
    value: Decimal


class VoucherBatch:
    def __init__(self, prefix: str, seed: int = 31102024) -> None:
        self.prefix = prefix.upper()
        self._rng = random.Random(seed)
        self._seen: set[str] = set()

    def _code(self) -> str:
        body = "".join(self._rng.choice(ALPHABET) for _ in range(12))
        return f"{self.prefix}-{body[:4]}-{body[4:8]}-{body[8:]}"

    def make(self, count: int, value: Decimal) -> list[Voucher]:
        vouchers = []
        while len(vouchers) < count:
            code = self._code()
            if code in self._seen:
                continue
            self._seen.add(code)
            vouchers.append(Voucher(code=code, value=value))
        return vouchers


def write_csv(vouchers: list[Voucher], out: Path) -> None:
    with out.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["code", "value_gbp"])
        for v in vouchers:
            writer.writerow([v.code, f"{v.value:.2f}"])


def main() -> None:
    parser = argparse.ArgumentParser(description="Create farm shop gift vouchers")
    parser.add_argument("--prefix", default="PUMPKIN")
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--value", type=Decimal, default=Decimal("10.00"))
    parser.add_argument("--out", type=Path, default=Path("vouchers.csv"))
    args = parser.parse_args()

    batch = VoucherBatch(args.prefix)
    vouchers = batch.make(args.count, args.value)
    write_csv(vouchers, args.out)
    print(f"wrote {len(vouchers)} vouchers to {args.out}")


if __name__ == "__main__":
    main()
