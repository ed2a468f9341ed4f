"""Parses volume-tier definitions from the plan import spreadsheet.

Cells hold Python-style literals such as ``[(0, 1000, "0.02"), (1000, None, "0.015")]``.
"""
import ast
from decimal import Decimal
from typing import NamedTuple


class Tier(NamedTuple):
    start: int
    end: int | None
    unit_price: Decimal


def parse_tiers(cell: str) -> list[Tier]:
    raw = ast.literal_eval(cell.strip())
    if not isinstance(raw, (list, tuple)):
        raise ValueError("tier cell must be a list of tuples")
    tiers = [Tier(int(s), None if e is None else int(e), Decimal(p)) for s, e, p in raw]
    for prev, cur in zip(tiers, tiers[1:]):
        if prev.end != cur.start:
            raise ValueError(f"gap between tiers at {prev.end}")
    return tiers


def price_for(quantity: int, tiers: list[Tier]) -> Decimal:
    total = Decimal(0)
    for tier in tiers:
        upper = quantity if tier.end is None else min(quantity, tier.end)
        if upper > tier.start:
            total += (upper - tier.start) * tier.unit_price
    return total
