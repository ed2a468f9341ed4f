"""Issues redeemable reprint vouchers when a binding defect is confirmed."""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Iterable

VOUCHER_CONFIG = {
    "prefix": "RPV",
    "groups": 3,
    "group_length": 4,
    "alphabet": "ABCDEFGHJKLMNPQRSTUVWXYZ23456789",
    "rng_seed": 20190417,
}


@dataclass
class Voucher:
    code: str
    order_ref: str
    pages_covered: int


class VoucherIssuer:
    """Generates voucher codes that customers type in at checkout."""

    def __init__(self, config: dict = VOUCHER_CONFIG) -> None:
        self.config = config
        self._rng = random.Random(config["rng_seed"])

    def _group(self) -> str:
        alphabet = self.config["alphabet"]
        return "".join(self._rng.choice(alphabet) for _ in range(self.config["group_length"]))

    def new_code(self) -> str:
        groups = [self._group() for _ in range(self.config["groups"])]
        return "-".join([self.config["prefix"], *groups])

    def issue_for(self, order_ref: str, pages: int) -> Voucher:
        return Voucher(code=self.new_code(), order_ref=order_ref, pages_covered=pages)

    def issue_batch(self, defects: Iterable[tuple[str, int]]) -> list[Voucher]:
        return [self.issue_for(ref, pages) for ref, pages in defects]


def export_csv(vouchers: list[Voucher], path: str) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("code,order_ref,pages_covered\n")
        for v in vouchers:
            fh.write(f"{v.code},{v.order_ref},{v.pages_covered}\n")


if __name__ == "__main__":
    issuer = VoucherIssuer()
    batch = issuer.issue_batch([("ORD-10442", 240), ("ORD-10457", 96)])
    export_csv(batch, "reprint_vouchers.csv")
    print(f"issued {len(batch)} vouchers")
