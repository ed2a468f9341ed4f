"""Produces batches of redeemable gift vouchers for the box office."""
from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path


@dataclass(frozen=True)
class VoucherSettings:
    season: int = 2024
    prefix: str = "PUP"
    code_length: int = 10
    alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


@dataclass
class GiftVoucher:
    code: str
    value: Decimal
    batch: str


class GiftVoucherFactory:
    """Creates voucher codes that customers redeem for ticket credit."""

    def __init__(self, settings: VoucherSettings = VoucherSettings()) -> None:
        self.settings = settings
        self._rng = random.Random(self.settings.season)

    def _code(self) -> str:
        body = "".join(
            self._rng.choice(self.settings.alphabet)
            for _ in range(self.settings.code_length)
        )
        return f"{self.settings.prefix}-{body}"

    def batch(self, name: str, count: int, value: Decimal) -> list[GiftVoucher]:
        seen: set[str] = set()
        vouchers: list[GiftVoucher] = []
        while len(vouchers) < count:
            code = self._code()
            if code in seen:
                continue
            seen.add(code)
            vouchers.append(GiftVoucher(code=code, value=value, batch=name))
        return vouchers

    @staticmethod
    def export(vouchers: list[GiftVoucher], target: Path) -> Path:
        with target.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["code", "value", "batch"])
            for voucher in vouchers:
                writer.writerow([voucher.code, f"{voucher.value:.2f}", voucher.batch])
        return target


if __name__ == "__main__":
    factory = GiftVoucherFactory()
    winter = factory.batch("winter-gifts", 500, Decimal("25.00"))
    GiftVoucherFactory.export(winter, Path("winter_vouchers.csv"))
