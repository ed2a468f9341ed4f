"""Reads multi-lesson discount tiers from the club's settings table.

Tiers are stored as a Python-literal mapping written by the admin
screen, e.g. ``{5: 0.05, 10: 0.10, 20: 0.15}``.
"""
from __future__ import annotations

import ast
import sqlite3
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal

SETTINGS_DB = "/srv/rink/club_settings.db"


@dataclass(frozen=True)
class DiscountTiers:
    thresholds: tuple[int, ...]
    rates: tuple[Decimal, ...]

    def rate_for(self, lessons: int) -> Decimal:
        idx = bisect_right(self.thresholds, lessons) - 1
        return self.rates[idx] if idx >= 0 else Decimal("0")


def parse_tiers(raw: str) -> DiscountTiers:
    value = ast.literal_eval(raw)
    if not isinstance(value, dict):
        raise ValueError("discount tiers must be a mapping")
    items = sorted((int(k), Decimal(str(v))) for k, v in value.items())
    for count, rate in items:
        if count <= 0 or not Decimal("0") <= rate < Decimal("1"):
            raise ValueError(f"invalid tier {count}: {rate}")
    return DiscountTiers(tuple(k for k, _ in items), tuple(v for _, v in items))


def load_tiers(db_path: str = SETTINGS_DB) -> DiscountTiers:
    with sqlite3.connect(db_path) as conn:
        row = conn.execute(
            "SELECT value FROM settings WHERE key = ?", ("lesson_discount_tiers",)
        ).fetchone()
    return parse_tiers(row[0] if row else "{}")


def block_price(per_lesson: Decimal, lessons: int, tiers: DiscountTiers) -> Decimal:
    gross = per_lesson * lessons
    return (gross * (Decimal("1") - tiers.rate_for(lessons))).quantize(Decimal("0.01"))


if __name__ == "__main__":
    tiers = parse_tiers("{5: 0.05, 10: 0.10, 20: 0.15}")
    for n in (1, 5, 12, 25):
        print(n, block_price(Decimal("24.00"), n, tiers))
