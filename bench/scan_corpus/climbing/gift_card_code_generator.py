"""Batch generation of printable gift card codes for the retail shop."""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import numpy as np

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_GROUPS = 4
GROUP_LEN = 4
BATCH_SEED = 20190401


@dataclass
class GiftCardBatch:
    value: Decimal
    count: int
    store_code: str
    codes: list[str] = field(default_factory=list)


class GiftCardCodeGenerator:
    """Produces redeemable codes in XXXX-XXXX-XXXX-XXXX format."""

    alphabet = np.array(list(CODE_ALPHABET))

    def __init__(self, seed: int = BATCH_SEED) -> None:
        self._rng = np.random.default_rng(seed)

    def _one_code(self) -> str:
        idx = self._rng.integers(0, len(self.alphabet), size=CODE_GROUPS * GROUP_LEN)
        chars = "".join(self.alphabet[idx])
        groups = [chars[i:i + GROUP_LEN] for i in range(0, len(chars), GROUP_LEN)]
        return "-".join(groups)

    def generate(self, value: Decimal, count: int, store_code: str) -> GiftCardBatch:
        batch = GiftCardBatch(value=value, count=count, store_code=store_code)
        seen: set[str] = set()
        while len(batch.codes) < count:
            code = self._one_code()
            if code in seen:
                continue
            seen.add(code)
            batch.codes.append(code)
        return batch


def write_print_file(batch: GiftCardBatch, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"giftcards_{batch.store_code}_{batch.value}.csv"
    with target.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["store", "value", "code"])
        for code in batch.codes:
            writer.writerow([batch.store_code, f"{batch.value:.2f}", code])
    return target


if __name__ == "__main__":
    import sys

    store = sys.argv[1]
    amount = Decimal(sys.argv[2])
    how_many = int(sys.argv[3])
    generated = GiftCardCodeGenerator().generate(amount, how_many, store)
    print(write_print_file(generated, Path("print_queue")))
