"""Parse discount rules entered by sales ops in the admin pricing screen.

Rules are stored as text such as ``{"min_seats": 50, "discount": 0.15}`` or
``[(10, 0.05), (50, 0.1)]`` for tiered discounts.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass
from decimal import Decimal
from typing import Any


@dataclass(frozen=True)
class Tier:
    min_seats: int
    discount: Decimal


class RuleSyntaxError(ValueError):
    """The rule text could not be interpreted."""


def _literal(text: str) -> Any:
    try:
        return ast.literal_eval(text.strip())
    except (ValueError, SyntaxError) as exc:
        raise RuleSyntaxError(f"not a valid rule literal: {exc}") from exc


def parse_tiers(rule_text: str) -> list[Tier]:
    """Turn the admin-entered rule into sorted discount tiers."""
    value = _literal(rule_text)
    if isinstance(value, dict):
        value = [(value["min_seats"], value["discount"])]
    if not isinstance(value, (list, tuple)):
        raise RuleSyntaxError("rule must be a mapping or a list of (seats, discount) pairs")
    tiers = []
    for item in value:
        seats, discount = item
        if not (isinstance(seats, int) and 0 <= float(discount) < 1):
            raise RuleSyntaxError(f"invalid tier {item!r}")
        tiers.append(Tier(seats, Decimal(str(discount))))
    return sorted(tiers, key=lambda t: t.min_seats)


def discount_for(seats: int, tiers: list[Tier]) -> Decimal:
    """Return the best discount applicable for ``seats``."""
    best = Decimal("0")
    for tier in tiers:
        if seats >= tier.min_seats:
            best = tier.discount
    return best
