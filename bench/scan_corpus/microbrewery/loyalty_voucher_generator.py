"""Generates single-use taproom loyalty vouchers for the stamp-card scheme."""
from __future__ import annotations

import csv
import random
import string
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Iterable, List

VOUCHER_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")


@dataclass
class Voucher:
    code: str
    reward: str
    valid_until: date


@dataclass
class VoucherBatch:
    reward: str
    quantity: int
    valid_days: int = 90
    vouchers: List[Voucher] = field(default_factory=list)


class VoucherGenerator:
    """Builds batches of voucher codes for printing on stamp cards."""

    def __init__(self, code_length: int = 10, seed: int = 20190601) -> None:
        self.code_length = code_length
        self._rng = random.Random(seed)

    def _code(self) -> str:
        body = "".join(self._rng.choice(VOUCHER_ALPHABET) for _ in range(self.code_length))
        return f"{body[:5]}-{body[5:]}"

    def build(self, reward: str, quantity: int, valid_days: int = 90) -> VoucherBatch:
        batch = VoucherBatch(reward=reward, quantity=quantity, valid_days=valid_days)
        expiry = date.today() + timedelta(days=valid_days)
        seen: set[str] = set()
        while len(batch.vouchers) < quantity:
            code = self._code()
            if code in seen:
                continue
            seen.add(code)
            batch.vouchers.append(Voucher(code=code, reward=reward, valid_until=expiry))
        return batch


def write_print_file(batch: VoucherBatch, out_path: Path) -> None:
    with out_path.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["code", "reward", "valid_until"])
        for v in batch.vouchers:
            writer.writerow([v.code, v.reward, v.valid_until.isoformat()])


def summarize(batches: Iterable[VoucherBatch]) -> dict[str, int]:
    totals: dict[str, int] = {}
    for b in batches:
        totals[b.reward] = totals.get(b.reward, 0) + len(b.vouchers)
    return totals


if __name__ == "__main__":
    gen = VoucherGenerator()
    pint_batch = gen.build("free-pint", 500)
    write_print_file(pint_batch, Path("vouchers_free_pint.csv"))
    print(summarize([pint_batch]))
