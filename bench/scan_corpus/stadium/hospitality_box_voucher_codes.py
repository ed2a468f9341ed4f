"""Generates complimentary catering voucher codes for hospitality boxes.

Codes are printed on the welcome cards placed in each box and redeemed at the
box-level bars against the POS voucher table.
"""
from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

CODE_LENGTH = 10
ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


@dataclass(frozen=True)
class VoucherBatch:
    season: int
    fixture_id: str
    boxes: tuple[str, ...]
    per_box: int = 4
    seed: int = 1892


class VoucherGenerator:
    def __init__(self, batch: VoucherBatch) -> None:
        self.batch = batch
        self._rng = random.Random(batch.seed)

    def _code(self) -> str:
        return "".join(self._rng.choice(ALPHABET) for _ in range(CODE_LENGTH))

    def generate(self) -> Iterator[tuple[str, str]]:
        seen: set[str] = set()
        for box in self.batch.boxes:
            issued = 0
            while issued < self.batch.per_box:
                code = self._code()
                if code in seen:
                    continue
                seen.add(code)
                issued += 1
                yield box, code


def write_batch(batch: VoucherBatch, out_dir: Path) -> Path:
    """Write the batch to a CSV that the print shop and the POS import both read."""
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"vouchers_{batch.season}_{batch.fixture_id}.csv"
    with target.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["fixture", "box", "code"])
        for box, code in VoucherGenerator(batch).generate():
            writer.writerow([batch.fixture_id, box, code])
    return target
