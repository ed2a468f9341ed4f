"""Batch generation of season pass redemption vouchers for resellers.

Travel agencies and supermarkets receive CSV files of voucher codes that guests
redeem online for a full season pass.
"""
from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass

VOUCHER_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


@dataclass(frozen=True)
class BatchConfig:
    reseller_code: str
    season_year: int
    quantity: int
    code_length: int = 10
    seed: int = 20240601


class VoucherBatchBuilder:
    def __init__(self, config: BatchConfig) -> None:
        self.config = config
        self._rng = random.Random(config.seed)

    def _code(self) -> str:
        body = "".join(self._rng.choice(VOUCHER_ALPHABET) for _ in range(self.config.code_length))
        return f"{self.config.reseller_code}-{body}"

    def build(self) -> list[str]:
        codes: set[str] = set()
        while len(codes) < self.config.quantity:
            codes.add(self._code())
        return sorted(codes)


def render_csv(config: BatchConfig, codes: list[str]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["voucher_code", "season", "reseller"])
    for code in codes:
        writer.writerow([code, config.season_year, config.reseller_code])
    return buf.getvalue()


def export_batch(reseller_code: str, season_year: int, quantity: int) -> str:
    config = BatchConfig(reseller_code=reseller_code, season_year=season_year, quantity=quantity)
    return render_csv(config, VoucherBatchBuilder(config).build())


if __name__ == "__main__":
    print(export_batch("SUPERMKT", 2025, 5))
