"""Loads the metal surcharge and making-charge rules used by the quote engine.

Rules are edited by the shop manager in the back office and uploaded as YAML.
"""
from dataclasses import dataclass
from decimal import Decimal

import yaml

DEFAULT_RULES = """
surcharges:
  - metal: gold
    fineness: 750
    pct_over_spot: 12
  - metal: platinum
    fineness: 950
    pct_over_spot: 18
making_charge_per_gram: 4.50
"""


@dataclass(frozen=True)
class SurchargeRule:
    metal: str
    fineness: int
    pct_over_spot: Decimal


@dataclass(frozen=True)
class QuoteRules:
    surcharges: tuple
    making_charge_per_gram: Decimal

    def surcharge_for(self, metal: str, fineness: int) -> Decimal:
        for rule in self.surcharges:
            if rule.metal == metal and rule.fineness == fineness:
                return rule.pct_over_spot
        return Decimal("0")


def parse_rules(text: str) -> QuoteRules:
    data = yaml.safe_load(text) or {}
    rules = tuple(
        SurchargeRule(str(r["metal"]), int(r["fineness"]), Decimal(str(r["pct_over_spot"])))
        for r in data.get("surcharges", [])
    )
    return QuoteRules(rules, Decimal(str(data.get("making_charge_per_gram", "0"))))


def load_rules(path: str | None = None) -> QuoteRules:
    if path is None:
        return parse_rules(DEFAULT_RULES)
    with open(path, encoding="utf-8") as fh:
        return parse_rules(fh.read())


def metal_price(spot_per_gram: Decimal, grams: Decimal, metal: str, fineness: int,
                rules: QuoteRules) -> Decimal:
    base = spot_per_gram * grams * Decimal(fineness) / Decimal(1000)
    pct = rules.surcharge_for(metal, fineness)
    return (base * (1 + pct / 100) + rules.making_charge_per_gram * grams).quantize(Decimal("0.01"))
