"""Evaluates fare-filing conditions supplied by airline partners.

Partners upload fare rules as JSON through the revenue-management portal;
each rule carries a ``condition`` expression over the shopping context, e.g.
``advance_days >= 14 and cabin == "Y" and pax_count <= 4``.
"""
import json
from dataclasses import asdict, dataclass
from decimal import Decimal
from typing import Iterable

_HELPERS = {"min": min, "max": max, "abs": abs, "len": len}


@dataclass
class ShoppingContext:
    origin: str
    destination: str
    cabin: str
    advance_days: int
    stay_nights: int
    pax_count: int
    point_of_sale: str


class FareRule:
    def __init__(self, raw: dict):
        self.code = raw["code"]
        self.condition = raw["condition"]
        self.adjustment = Decimal(str(raw["adjustment"]))
        self.priority = int(raw.get("priority", 100))

    def applies(self, ctx: ShoppingContext) -> bool:
        return bool(eval(self.condition, {"__builtins__": _HELPERS}, asdict(ctx)))


def load_rules(upload: bytes) -> list[FareRule]:
    rules = [FareRule(r) for r in json.loads(upload)["rules"]]
    return sorted(rules, key=lambda r: r.priority)


def price(base_fare: Decimal, ctx: ShoppingContext, rules: Iterable[FareRule]) -> Decimal:
    total = base_fare
    for rule in rules:
        if rule.applies(ctx):
            total += rule.adjustment
    return max(total, Decimal("0"))
