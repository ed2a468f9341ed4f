"""Load valuation assumption overrides supplied by the scheme actuary.

The actuary uploads a two-column CSV (``assumption,value``) through the admin
console. Values may be plain numbers, fractions such as ``1/60`` for accrual
rates, or small expressions like ``0.025 + 0.005`` for stepped discount rates.
"""
from __future__ import annotations

import csv
import io
from decimal import Decimal

KNOWN_ASSUMPTIONS = {
    "discount_rate_pre",
    "discount_rate_post",
    "cpi",
    "rpi",
    "salary_growth",
    "accrual_rate",
    "commutation_factor",
}


def _parse_value(raw: str) -> Decimal:
    expr = raw.strip()
    value = eval(expr, {"__builtins__": {}}, {})
    return Decimal(str(value))


def load_overrides(uploaded: bytes) -> dict[str, Decimal]:
    reader = csv.DictReader(io.StringIO(uploaded.decode("utf-8-sig")))
    overrides: dict[str, Decimal] = {}
    for line_no, row in enumerate(reader, start=2):
        name = row["assumption"].strip().lower()
        if name not in KNOWN_ASSUMPTIONS:
            raise ValueError(f"line {line_no}: unknown assumption {name!r}")
        overrides[name] = _parse_value(row["value"])
    return overrides


def apply_overrides(base: dict[str, Decimal], overrides: dict[str, Decimal]) -> dict[str, Decimal]:
    merged = dict(base)
    merged.update(overrides)
    return merged
