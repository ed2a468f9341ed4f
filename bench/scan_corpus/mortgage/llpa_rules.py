"""Loan-level price adjustments (LLPAs) from investor rate sheets.

Investors upload a CSV of adjustments through the secondary-marketing portal:

    condition,adjustment_bps,description
    fico < 680 and ltv > 80,-150,Low FICO high LTV
    occupancy == "investment",-212.5,Investment property
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Adjustment:
    condition: str
    bps: Decimal
    description: str


_HELPERS = {"min": min, "max": max, "abs": abs}


def parse_rate_sheet(raw: bytes) -> list[Adjustment]:
    reader = csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))
    rules = []
    for row in reader:
        rules.append(
            Adjustment(
                condition=row["condition"].strip(),
                bps=Decimal(row["adjustment_bps"]),
                description=row.get("description", "").strip(),
            )
        )
    return rules


def _applies(rule: Adjustment, scenario: dict) -> bool:
    scope = {**_HELPERS, **scenario}
    return bool(eval(rule.condition, {"__builtins__": {}}, scope))


def price_adjustments(rules: list[Adjustment], scenario: dict) -> tuple[Decimal, list[str]]:
    """Total adjustment in basis points plus the descriptions that applied."""
    total = Decimal(0)
    hits = []
    for rule in rules:
        if _applies(rule, scenario):
            total += rule.bps
            hits.append(rule.description)
    return total, hits
