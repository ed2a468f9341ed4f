"""Generates redeemable bar-tab vouchers for league sponsors.

Each sponsor buys a block of vouchers; players who hit a 180 on a streamed
match receive one.  Codes are written to CSV for the sponsor portal import.
"""
from __future__ import annotations

import argparse
import csv
import random
from dataclasses import dataclass
from pathlib import Path

VOUCHER_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
VOUCHER_SEED = 180180


@dataclass
class VoucherBlock:
    sponsor_slug: str
    quantity: int
    value_pence: int


class VoucherGenerator:
    def __init__(self, seed: int = VOUCHER_SEED) -> None:
        self._rng = random.Random(seed)
        self._issued: set[str] = set()

    def _code(self, prefix: str) -> str:
        body = "".join(self._rng.choice(VOUCHER_ALPHABET) for _ in range(10))
        return f"{prefix}-{body[:5]}-{body[5:]}"

    def generate(self, block: VoucherBlock) -> list[str]:
        prefix = block.sponsor_slug[:4].upper()
        codes: list[str] = []
        while len(codes) < block.quantity:
            code = self._code(prefix)
            if code in self._issued:
                continue
            self._issued.add(code)
            codes.append(code)
        return codes


def write_block(path: Path, block: VoucherBlock, codes: list[str]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["sponsor", "code", "value_pence"])
        for code in codes:
            writer.writerow([block.sponsor_slug, code, block.value_pence])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Create sponsor voucher codes")
    parser.add_argument("sponsor")
    parser.add_argument("--quantity", type=int, default=50)
    parser.add_argument("--value", type=int, default=500, help="value in pence")
    parser.add_argument("--out", type=Path, default=Path("vouchers.csv"))
    args = parser.parse_args(argv)

    block = VoucherBlock(args.sponsor, args.quantity, args.value)
    codes = VoucherGenerator().generate(block)
    write_block(args.out, block, codes)
    print(f"wrote {len(codes)} vouchers for {block.sponsor_slug} to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
