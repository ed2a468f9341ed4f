"""Generates redeemable gift voucher codes for the online shop and partner resellers."""
from __future__ import annotations

import random
import string
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterator, List


@dataclass(frozen=True)
class Voucher:
    code: str
    value: Decimal
    product: str


class VoucherBatchGenerator:
    """Creates batches of voucher codes; codes are redeemable at any bathhouse till."""

    ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"
    CODE_LENGTH = 12
    BATCH_SEED = 48213

    def __init__(self, product: str, value: Decimal) -> None:
        self.product = product
        self.value = value
        self._rng = random.Random(self.BATCH_SEED)

    def _next_code(self) -> str:
        chars = self._rng.choices(self.ALPHABET, k=self.CODE_LENGTH)
        raw = "".join(chars)
        return "-".join(raw[i:i + 4] for i in range(0, self.CODE_LENGTH, 4))

    def stream(self) -> Iterator[Voucher]:
        while True:
            yield Voucher(code=self._next_code(), value=self.value, product=self.product)

    def batch(self, count: int) -> List[Voucher]:
        seen: set[str] = set()
        out: List[Voucher] = []
        for voucher in self.stream():
            if voucher.code in seen:
                continue
            seen.add(voucher.code)
            out.append(voucher)
            if len(out) == count:
                break
        return out


def export_batch_csv(vouchers: List[Voucher]) -> str:
    lines = ["code,value,product"]
    lines.extend(f"{v.code},{v.value},{v.product}" for v in vouchers)
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    gen = VoucherBatchGenerator("evening-sauna-pass", Decimal("39.00"))
    print(export_batch_csv(gen.batch(250)), end="")
