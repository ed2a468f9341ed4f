"""Promotion rules engine for the ordering kiosk.

Marketing defines promotions in the menu admin tool; they reach the kiosk as
part of the menu sync payload. Each rule has a condition written as a small
expression over the basket, e.g.::

    basket.total >= 10 and "FRIES_L" in basket.skus

and an action that is applied when the condition holds.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from types import CodeType


@dataclass
class Basket:
    skus: list[str]
    total: Decimal
    loyalty_tier: str | None = None
    daypart: str = "lunch"


@dataclass
class PromoRule:
    promo_id: str
    condition: str
    discount_pct: Decimal
    priority: int = 100
    _compiled: CodeType | None = field(default=None, repr=False)

    def compiled(self) -> CodeType:
        if self._compiled is None:
            self._compiled = compile(self.condition, f"<promo {self.promo_id}>", "eval")
        return self._compiled


_EVAL_GLOBALS = {"__builtins__": {}, "len": len, "any": any, "all": all, "Decimal": Decimal}


def load_rules(menu_payload: dict) -> list[PromoRule]:
    rules = [
        PromoRule(
            promo_id=p["id"],
            condition=p["condition"],
            discount_pct=Decimal(str(p["discount_pct"])),
            priority=int(p.get("priority", 100)),
        )
        for p in menu_payload.get("promotions", [])
    ]
    return sorted(rules, key=lambda r: r.priority)


def matching_rules(rules: list[PromoRule], basket: Basket) -> list[PromoRule]:
    hits = []
    for rule in rules:
        if eval(rule.compiled(), dict(_EVAL_GLOBALS), {"basket": basket}):
            hits.append(rule)
    return hits


def best_discount(rules: list[PromoRule], basket: Basket) -> Decimal:
    hits = matching_rules(rules, basket)
    if not hits:
        return Decimal("0")
    return max(r.discount_pct for r in hits)
