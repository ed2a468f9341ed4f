"""Time-based price rules (happy hour, early bird, late night) for POS items.

Area managers write rules in the back office as short expressions, for
example ``price * 0.8`` or ``price - 150 if day in ('mon', 'tue') else price``.
The pricing service applies the first active rule when an item is rung in.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, time
from typing import Iterable

_HELPERS = {"round": round, "min": min, "max": max, "floor": math.floor, "ceil": math.ceil}


@dataclass(frozen=True)
class PriceRule:
    rule_id: int
    name: str
    starts: time
    ends: time
    days: frozenset[str]
    tags: frozenset[str]
    expression: str

    def active_at(self, when: datetime) -> bool:
        return when.strftime("%a").lower() in self.days and self.starts <= when.time() < self.ends

    def applies_to(self, item_tags: set[str]) -> bool:
        return not self.tags or bool(self.tags & item_tags)


def apply_rule(rule: PriceRule, price_cents: int, when: datetime, item_tags: set[str]) -> int:
    context = {
        "price": price_cents,
        "hour": when.hour,
        "day": when.strftime("%a").lower(),
        "tags": item_tags,
        **_HELPERS,
    }
    result = eval(rule.expression, {"__builtins__": {}}, context)
    return max(0, int(round(result)))


def price_for(item: dict, rules: Iterable[PriceRule], when: datetime) -> int:
    base = item["price_cents"]
    tags = set(item.get("tags", ()))
    for rule in rules:
        if rule.active_at(when) and rule.applies_to(tags):
            return apply_rule(rule, base, when, tags)
    return base
