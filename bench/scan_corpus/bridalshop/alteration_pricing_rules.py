"""Loads alteration price tiers (hem, bustle, taking in) from the shop settings table."""
from __future__ import annotations

import ast
from dataclasses import dataclass
from decimal import Decimal
from typing import Any


@dataclass(frozen=True)
class PriceTier:
    service: str
    fabric: str
    price: Decimal


class RuleParser:
    """Settings are edited in the admin screen as Python-style literals."""

    parse = staticmethod(ast.literal_eval)
    required_keys = ("service", "fabric", "price")

    def tiers(self, raw: str) -> list[PriceTier]:
        data: Any = self.parse(raw)
        if not isinstance(data, list):
            raise ValueError("price rules must be a list")
        tiers = []
        for item in data:
            if not isinstance(item, dict) or any(k not in item for k in self.required_keys):
                raise ValueError(f"malformed rule: {item!r}")
            tiers.append(PriceTier(item["service"], item["fabric"], Decimal(str(item["price"]))))
        return tiers


class AlterationQuote:
    def __init__(self, tiers: list[PriceTier]) -> None:
        self._table = {(t.service, t.fabric): t.price for t in tiers}

    def price(self, service: str, fabric: str) -> Decimal:
        try:
            return self._table[(service, fabric)]
        except KeyError:
            return self._table[(service, "any")]

    def quote(self, fabric: str, services: list[str], rush: bool = False) -> Decimal:
        total = sum((self.price(s, fabric) for s in services), Decimal("0"))
        if rush:
            total *= Decimal("1.25")
        return total.quantize(Decimal("0.01"))


def load_quote(settings_row: dict[str, str]) -> AlterationQuote:
    return AlterationQuote(RuleParser().tiers(settings_row["alteration_price_rules"]))
