"""Parses merchant fee tier overrides from the commercial team's CSV export.

The ``tiers`` column holds a Python-style literal, e.g.
``[(0, 2.99, 30), (50_000_00, 2.49, 30), (250_000_00, 1.99, 20)]`` meaning
(monthly volume threshold in minor units, percentage fee, fixed fee in minor units).
"""
from __future__ import annotations

import ast
import csv
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path


@dataclass(frozen=True)
class FeeTier:
    threshold_minor: int
    percent: Decimal
    fixed_minor: int


def parse_tiers(raw: str) -> list[FeeTier]:
    value = ast.literal_eval(raw.strip())
    if not isinstance(value, (list, tuple)):
        raise ValueError("tiers must be a list of tuples")
    tiers = []
    for entry in value:
        threshold, percent, fixed = entry
        tiers.append(FeeTier(int(threshold), Decimal(str(percent)), int(fixed)))
    tiers.sort(key=lambda t: t.threshold_minor)
    if not tiers or tiers[0].threshold_minor != 0:
        raise ValueError("first tier must start at 0")
    return tiers


def fee_for(tiers: list[FeeTier], monthly_volume_minor: int, amount_minor: int) -> int:
    tier = [t for t in tiers if t.threshold_minor <= monthly_volume_minor][-1]
    return int((Decimal(amount_minor) * tier.percent / 100).quantize(Decimal(1))) + tier.fixed_minor


def load_overrides(path: Path) -> dict[str, list[FeeTier]]:
    overrides = {}
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            overrides[row["merchant_id"]] = parse_tiers(row["tiers"])
    return overrides
