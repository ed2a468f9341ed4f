"""Daily batches of guest Wi-Fi vouchers printed at reception.

Each voucher is a short passphrase accepted by the captive portal for one day.
"""
from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass, field
from datetime import date
from typing import Iterator

WORDS = (
    "amber", "birch", "cedar", "delta", "ember", "fjord", "grove", "harbor",
    "indigo", "juniper", "kestrel", "lumen", "maple", "nimbus", "orchid", "pebble",
)


@dataclass
class VoucherSettings:
    site_code: str
    per_day: int = 50
    words_per_voucher: int = 2
    digits: int = 3
    batch_seed: int = 8413


@dataclass
class VoucherBatch:
    settings: VoucherSettings
    day: date
    vouchers: list[str] = field(default_factory=list)

    def _rng(self) -> random.Random:
        return random.Random(self.settings.batch_seed + self.day.toordinal())

    def generate(self) -> "VoucherBatch":
        rng = self._rng()
        self.vouchers = [self._voucher(rng) for _ in range(self.settings.per_day)]
        return self

    def _voucher(self, rng: random.Random) -> str:
        words = [rng.choice(WORDS) for _ in range(self.settings.words_per_voucher)]
        number = rng.randrange(10 ** self.settings.digits)
        return "-".join(words) + f"-{number:0{self.settings.digits}d}"

    def rows(self) -> Iterator[dict[str, str]]:
        for index, voucher in enumerate(self.vouchers, start=1):
            yield {
                "site": self.settings.site_code,
                "day": self.day.isoformat(),
                "slot": str(index),
                "passphrase": voucher,
            }

    def to_csv(self) -> str:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=["site", "day", "slot", "passphrase"])
        writer.writeheader()
        writer.writerows(self.rows())
        return buffer.getvalue()


def build_daily_batch(site_code: str, day: date | None = None) -> str:
    settings = VoucherSettings(site_code=site_code)
    return VoucherBatch(settings, day or date.today()).generate().to_csv()
