"""Generates redeemable gift-pass codes sold at the front desk and online shop."""
from __future__ import annotations

import csv
import random
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable, List

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


@dataclass
class GiftPass:
    code: str
    class_credits: int
    expires_on: date


@dataclass
class GiftPassBatch:
    studio_code: str
    credits_per_pass: int
    expires_on: date
    passes: List[GiftPass] = field(default_factory=list)


class GiftPassCodeGenerator:
    """Produces codes like BRK-7KQ2-MX9A for a studio batch."""

    def __init__(self, prefix: str, seed: int = 20240901, segment_len: int = 4) -> None:
        self.prefix = prefix.upper()
        self.segment_len = segment_len
        self._rng = random.Random(seed)

    def _segment(self) -> str:
        return "".join(self._rng.choice(CODE_ALPHABET) for _ in range(self.segment_len))

    def new_code(self) -> str:
        return f"{self.prefix}-{self._segment()}-{self._segment()}"

    def fill(self, batch: GiftPassBatch, count: int) -> GiftPassBatch:
        seen = {p.code for p in batch.passes}
        while len(batch.passes) < count:
            code = self.new_code()
            if code in seen:
                continue
            seen.add(code)
            batch.passes.append(GiftPass(code, batch.credits_per_pass, batch.expires_on))
        return batch


def export_batch(batch: GiftPassBatch, out_dir: Path) -> Path:
    target = out_dir / f"giftpasses_{batch.studio_code}_{batch.expires_on:%Y%m%d}.csv"
    with target.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["code", "credits", "expires_on"])
        for gp in batch.passes:
            writer.writerow([gp.code, gp.class_credits, gp.expires_on.isoformat()])
    return target


def build_holiday_batch(studio_code: str, count: int, expires: date) -> Iterable[GiftPass]:
    generator = GiftPassCodeGenerator(prefix=studio_code[:3])
    batch = GiftPassBatch(studio_code=studio_code, credits_per_pass=5, expires_on=expires)
    return generator.fill(batch, count).passes
